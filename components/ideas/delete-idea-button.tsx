'use client';

import { useActionState, useRef } from 'react';
import { SubmitButton } from '@/components/ui/submit-button';
import { deleteIdeaAction } from '@/app/ideas/actions';
import { idle } from '@/lib/actions/result';

/** Delete behind a confirmation dialog: deleting an idea takes its checklist and notes with it. */
export function DeleteIdeaButton({ id, name }: { id: string; name: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, formAction, pending] = useActionState(deleteIdeaAction, idle);
  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="rounded-md border border-fail/40 px-3 py-2 text-sm font-medium text-fail hover:bg-fail-soft"
      >
        Delete
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="delete-title"
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-line p-6 shadow-xl backdrop:bg-black/40"
      >
        <h2 id="delete-title" className="text-lg font-semibold">
          Delete “{name}”?
        </h2>
        <p className="mt-2 text-sm text-muted">
          The worksheet, its stress profile, history, checklist and build-it-once answers are deleted for good.
        </p>
        {state.message && !state.ok && (
          <p role="alert" className="mt-3 text-sm text-fail">
            {state.message}
          </p>
        )}
        <form action={formAction} className="mt-5 flex justify-end gap-3">
          <input type="hidden" name="id" value={id} />
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded-md border border-line px-4 py-2 text-sm"
          >
            Keep it
          </button>
          <SubmitButton variant="danger" pending={pending} pendingText="Deleting…">
            Delete idea
          </SubmitButton>
        </form>
      </dialog>
    </>
  );
}
