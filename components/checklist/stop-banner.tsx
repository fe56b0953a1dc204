import { FIRST_TEST_RULE, GATE_LABELS } from '@/lib/results/labels';

/**
 * Seed 001's rule, shown in the build-it-once panel when "proven demand" is
 * answered no, next to the answer (the gate over the verdict says it too,
 * further up the page).
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
        <strong className="font-semibold">{GATE_LABELS.stop.then}</strong> {FIRST_TEST_RULE}
      </p>
    </div>
  );
}
