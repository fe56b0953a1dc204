'use client';

import { useEffect } from 'react';

/**
 * Shown when a page could not be rendered, most often because PostgreSQL is
 * unreachable. The real cause is in the server log (Next.js logs it with the
 * digest shown here); the browser only gets the digest.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-xl rounded-lg border border-fail/40 bg-white p-6">
      <h1 className="text-xl font-semibold">This page could not be loaded</h1>
      <p className="mt-2 text-sm text-muted">
        Underwrite could not reach its database or hit an unexpected error. Nothing you saved is lost. Try again in a
        moment; if it keeps happening, the server log has the cause
        {error.digest ? (
          <>
            {' '}
            (reference <code className="font-mono">{error.digest}</code>)
          </>
        ) : null}
        .
      </p>
      <button
        type="button"
        onClick={() => reset()}
        className="mt-4 rounded-md bg-brand px-4 py-2 text-sm font-medium text-white hover:bg-brand-dark"
      >
        Try again
      </button>
    </div>
  );
}
