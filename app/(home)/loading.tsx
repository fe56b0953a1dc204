// Only the list streams behind a skeleton: pages that can answer 404 (an idea
// that does not exist) must not stream, or the status is already 200.
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">Loading…</span>
      <div className="h-8 w-64 animate-pulse rounded bg-line" />
      <div className="h-4 w-96 max-w-full animate-pulse rounded bg-line" />
      <div className="h-48 animate-pulse rounded-lg bg-line/60" />
    </div>
  );
}
