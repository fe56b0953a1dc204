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
    <span aria-live="polite" className="inline-flex h-4 w-4 items-center justify-center align-middle">
      {pending && (
        <>
          <span aria-hidden className="size-3.5 animate-spin rounded-full border-2 border-line border-t-brand" />
          <span className="sr-only">{label}</span>
        </>
      )}
    </span>
  );
}
