/**
 * Seed 001's rule, shown when "proven demand" is answered no. A plain
 * component (no hooks, no 'use client'), so the page can render it above
 * the verdict from the saved answers, and the build-it-once panel can render
 * it at once from its optimistic ones:
 *
 *   {shouldStop(idea.buildTests) && <StopBanner />}
 */
export function StopBanner({ className = '' }: { className?: string }) {
  return (
    <div className={`flex gap-3 rounded-lg border border-fail/40 bg-fail-soft p-4 text-fail ${className}`}>
      <span
        aria-hidden
        className="mt-0.5 inline-flex size-6 shrink-0 items-center justify-center rounded-full bg-fail text-sm font-bold text-white"
      >
        !
      </span>
      <p className="text-sm sm:text-base">
        <strong className="font-semibold">Building an asset nobody asked for is the most expensive mistake.</strong>{' '}
        If an idea fails the first test, stop.
      </p>
    </div>
  );
}
