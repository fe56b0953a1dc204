'use client';

import { useActionState, useState } from 'react';
import { createShareLinkAction } from '@/app/ideas/share-actions';
import { Field, inputClass } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { idle, type ActionResult } from '@/lib/actions/result';
import { SHARE_LABEL_MAX, type CreatedShareLink } from '@/lib/share/schema';

const start = idle as ActionResult<CreatedShareLink>;

/**
 * Makes a read-only link and shows it this once, with a Copy button: only
 * its hash is kept, so it can never be shown again (a lost link is revoked
 * and replaced).
 */
export function CreateShareLink({ ideaId }: { ideaId: string }) {
  const [state, formAction, pending] = useActionState(createShareLinkAction, start);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const url = state.ok && state.saved ? `${window.location.origin}${state.saved.path}` : null;

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      // No clipboard (an insecure origin, a refused permission): the link is selectable in its box.
      setCopied('failed');
    }
  }

  return (
    <section aria-labelledby="create-link-heading" className="rounded-lg border border-line bg-white p-4 sm:p-6">
      <h2 id="create-link-heading" className="text-base font-semibold">
        New read-only link
      </h2>
      <form
        action={(data) => {
          setCopied(null);
          formAction(data);
        }}
        className="mt-3"
      >
        <input type="hidden" name="ideaId" value={ideaId} />
        <Field
          id="share-label"
          label="Who is it for? (optional)"
          help={`Only you see this, up to ${SHARE_LABEL_MAX} characters: it tells your links apart.`}
          error={state.fieldErrors.label}
          className="min-w-0 flex-1"
        >
          {(control) => (
            // The button beside the box on a wide screen, under it on a phone; the help and error below both.
            <div className="mt-1 flex flex-wrap gap-2">
              <input
                {...control}
                name="label"
                placeholder="e.g. My advisor"
                autoComplete="off"
                defaultValue={state.values?.label ?? ''}
                className={`${inputClass} min-w-0 flex-1 basis-56`}
              />
              <SubmitButton pending={pending} pendingText="Creating…">
                Create link
              </SubmitButton>
            </div>
          )}
        </Field>
      </form>
      {state.message && !state.ok && !state.fieldErrors.label && (
        <p role="alert" className="mt-3 text-sm text-fail">
          {state.message}
        </p>
      )}
      {url && (
        <div className="mt-4 rounded-md border border-robust/40 bg-robust-soft p-3" data-testid="new-share-link">
          <p className="text-sm font-medium text-robust" role="status">
            {state.message}
          </p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <input
              readOnly
              value={url}
              aria-label="The new link"
              onFocus={(e) => e.currentTarget.select()}
              className="min-w-0 flex-1 basis-64 rounded-md border border-line bg-white px-3 py-2 font-mono text-xs"
            />
            <button type="button" onClick={() => copy(url)} className="rounded-md border border-line bg-white px-3 py-2 text-sm font-medium hover:bg-paper">
              {copied === 'yes' ? 'Copied' : 'Copy link'}
            </button>
          </div>
          <p aria-live="polite" className="mt-1 text-xs text-muted empty:hidden">
            {copied === 'failed' ? 'Could not copy here: select the link and copy it yourself.' : null}
          </p>
        </div>
      )}
    </section>
  );
}
