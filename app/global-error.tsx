'use client';

/** Last resort when even the root layout failed: plain HTML, no app styles. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '2rem' }}>
        <h1>Underwrite hit an unexpected error</h1>
        <p>Nothing you saved is lost. The server log has the cause.</p>
        <button type="button" onClick={() => reset()}>
          Try again
        </button>
      </body>
    </html>
  );
}
