'use client';

import { useLinkStatus } from 'next/link';

/**
 * Inside a <Link>: a small spinner while its navigation is pending. Idea
 * pages do not stream (they must be able to answer 404), so without this a
 * click on a slow connection would look dead.
 */
export function LinkPending({ label = 'Opening…' }: { label?: string }) {
  const { pending } = useLinkStatus();
  return (
    // No width of its own: a name that just fills its line would otherwise wrap
    // an empty spacer onto a line of its own (seen on a phone).
    <span aria-live="polite" className="relative inline-block h-4 w-0 align-middle">
      {pending && (
        <>
          <span aria-hidden className="absolute top-0.5 left-1 size-3.5 animate-spin rounded-full border-2 border-line border-t-brand" />
          <span className="sr-only">{label}</span>
        </>
      )}
    </span>
  );
}
