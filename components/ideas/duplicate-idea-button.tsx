'use client';

import { useActionState } from 'react';
import { duplicateIdeaAction } from '@/app/ideas/actions';
import { idle } from '@/lib/actions/result';
import { MENU_ITEM } from './menu-item';

/**
 * "Duplicate as a what-if": copies the idea and opens the copy's worksheet.
 * `createKey` is new on every render of the page: a double click, or a
 * retry of the same post, finds the copy it already made.
 */
export function DuplicateIdeaButton({ id, createKey }: { id: string; createKey: string }) {
  const [state, formAction, pending] = useActionState(duplicateIdeaAction, idle);
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="createKey" value={createKey} />
      <button type="submit" disabled={pending} aria-disabled={pending} className={MENU_ITEM}>
        {pending && <span aria-hidden className="size-3.5 animate-spin rounded-full border-2 border-line border-t-brand" />}
        <span aria-live="polite">{pending ? 'Duplicating…' : 'Duplicate as a what-if'}</span>
      </button>
      {state.message && !state.ok && (
        <p role="alert" className="px-3 pb-2 text-sm text-fail">
          {state.message}
        </p>
      )}
    </form>
  );
}
