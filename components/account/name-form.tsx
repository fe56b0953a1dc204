'use client';

import { useActionState, useState } from 'react';
import { z } from 'zod';
import { updateAccountNameAction } from '@/app/account/actions';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/field';
import { accountNameSchema } from '@/lib/account/schema';
import { idle, type ActionResult } from '@/lib/actions/result';
import { NAME_MAX } from '@/lib/auth/password';
import { charCount } from '@/lib/text';

/** The account's name, checked here and by the action with the same schema. */
export function NameForm({ name }: { name: string }) {
  const [state, formAction] = useActionState(updateAccountNameAction, idle as ActionResult<{ name: string }>);
  const [value, setValue] = useState(name);
  const [clientErrors, setClientErrors] = useState<string[] | undefined>();
  // "Saved" holds only while the field still shows what was saved.
  const saved = state.ok && state.saved?.name === value.trim();
  const errors = clientErrors ?? (state.ok ? undefined : state.fieldErrors.name);

  function check(event: React.FormEvent<HTMLFormElement>) {
    const parsed = accountNameSchema.safeParse({ name: value });
    if (parsed.success) {
      setClientErrors(undefined);
      return;
    }
    event.preventDefault();
    setClientErrors(z.flattenError(parsed.error).fieldErrors.name);
  }

  return (
    <form action={formAction} onSubmit={check} noValidate className="space-y-3">
      <TextField
        id="name"
        name="name"
        label="Name"
        autoComplete="name"
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setClientErrors(undefined);
        }}
        help={`${charCount(value.trim())} of ${NAME_MAX} characters. Shown at the top of every page.`}
        error={errors}
      />
      {!state.ok && state.message && !state.fieldErrors.name && (
        <p role="alert" className="text-sm text-fail">
          {state.message}
        </p>
      )}
      <div className="flex items-center gap-3">
        <SubmitButton pendingText="Saving…">Save name</SubmitButton>
        <p role="status" className="text-sm font-medium text-robust">
          {saved ? 'Saved' : ''}
        </p>
      </div>
    </form>
  );
}
