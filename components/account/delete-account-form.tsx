'use client';

import { useActionState, useState } from 'react';
import { useFormStatus } from 'react-dom';
import { deleteAccountAction } from '@/app/account/actions';
import { TextField } from '@/components/ui/field';
import { sameEmail } from '@/lib/account/schema';
import { idle } from '@/lib/actions/result';

function DeleteButton({ confirmed }: { confirmed: boolean }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={!confirmed || pending}
      className="inline-flex items-center justify-center gap-2 rounded-md bg-fail px-4 py-2 text-sm font-medium text-white hover:bg-red-800 disabled:cursor-not-allowed disabled:opacity-50"
    >
      {pending && <span aria-hidden className="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white" />}
      <span aria-live="polite">{pending ? 'Deleting…' : 'Delete account'}</span>
    </button>
  );
}

/**
 * Deleting asks for the account's email, typed again: the button wakes only
 * when it matches, and the action checks it once more on the server.
 */
export function DeleteAccountForm({ email }: { email: string }) {
  const [state, formAction] = useActionState(deleteAccountAction, idle);
  const [typed, setTyped] = useState(state.values?.email ?? '');
  const confirmed = sameEmail(typed, email);
  return (
    <form action={formAction} className="space-y-3">
      <TextField
        id="confirm-email"
        name="email"
        label={
          <>
            Type <span className="font-semibold break-all">{email}</span> to confirm
          </>
        }
        type="email"
        autoComplete="off"
        spellCheck={false}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        error={state.fieldErrors.email}
      />
      {!state.ok && state.message && !state.fieldErrors.email && (
        <p role="alert" className="text-sm text-fail">
          {state.message}
        </p>
      )}
      <DeleteButton confirmed={confirmed} />
    </form>
  );
}
