'use client';

import { useActionState } from 'react';
import { restoreVersionAction } from '@/app/ideas/history-actions';
import { SubmitButton } from '@/components/ui/submit-button';
import { idle } from '@/lib/actions/result';

/**
 * "Restore this version": no confirmation, as a restore adds a version and
 * loses none. `latest` is the newest version this page listed, the guard
 * against a change made elsewhere since.
 */
export function RestoreButton({ ideaId, number, latest }: { ideaId: string; number: number; latest: number }) {
  const [state, formAction, pending] = useActionState(restoreVersionAction, idle);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-x-3 gap-y-2">
      <input type="hidden" name="id" value={ideaId} />
      <input type="hidden" name="number" value={number} />
      <input type="hidden" name="latest" value={latest} />
      <SubmitButton variant="secondary" pending={pending} pendingText="Restoring…">
        Restore this version
      </SubmitButton>
      {state.message && (
        <p role={state.ok ? 'status' : 'alert'} className={`text-sm ${state.ok ? 'text-robust' : 'text-fail'}`}>
          {state.message}
        </p>
      )}
    </form>
  );
}
