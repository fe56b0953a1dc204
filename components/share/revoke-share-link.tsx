'use client';

import { useActionState } from 'react';
import { revokeShareLinkAction } from '@/app/ideas/share-actions';
import { SubmitButton } from '@/components/ui/submit-button';
import { idle } from '@/lib/actions/result';

/** Revokes one link at once: it is cheap to make another, so no confirmation, and the button says what happens. */
export function RevokeShareLink({ ideaId, linkId, label }: { ideaId: string; linkId: string; label: string }) {
  const [state, formAction, pending] = useActionState(revokeShareLinkAction, idle);
  return (
    <form action={formAction} className="flex flex-col items-end gap-1">
      <input type="hidden" name="ideaId" value={ideaId} />
      <input type="hidden" name="linkId" value={linkId} />
      <SubmitButton variant="secondary" pending={pending} pendingText="Revoking…">
        Revoke<span className="sr-only"> {label}</span>
      </SubmitButton>
      {state.message && !state.ok && (
        <p role="alert" className="text-right text-xs text-fail">
          {state.message}
        </p>
      )}
    </form>
  );
}
