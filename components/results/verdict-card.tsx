import { VERDICT_LABELS } from '@/lib/results/labels';
import type { UnderwriteResult, VerdictLevel } from '@/lib/underwrite';

const COLOURS: Record<VerdictLevel, { box: string; badge: string }> = {
  robust: { box: 'border-robust/40 bg-robust-soft', badge: 'bg-robust text-white' },
  fragile: { box: 'border-fragile/40 bg-fragile-soft', badge: 'bg-fragile text-white' },
  fail: { box: 'border-fail/40 bg-fail-soft', badge: 'bg-fail text-white' },
};

/** The decision first: the level in words, an icon and a colour (never colour alone), then why. */
export function VerdictCard({ verdict, warnings, chance }: Pick<UnderwriteResult, 'verdict' | 'warnings'> & { chance?: string }) {
  const look = { ...VERDICT_LABELS[verdict.level], ...COLOURS[verdict.level] };
  return (
    <section aria-labelledby="verdict-heading" className={`rounded-lg border p-4 sm:p-6 ${look.box}`} data-verdict={verdict.level}>
      <div className="flex items-start gap-3">
        <span aria-hidden className={`mt-0.5 inline-flex size-9 shrink-0 items-center justify-center rounded-full text-lg font-bold ${look.badge}`}>
          {look.icon}
        </span>
        <div className="min-w-0">
          <h2 id="verdict-heading" className="text-sm font-medium text-muted">
            Verdict
          </h2>
          <p className="text-2xl font-semibold tracking-tight" data-testid="verdict-level">
            {look.word}
          </p>
          <p className="mt-1 text-sm">{look.summary}</p>
          {/* From the simulation over the founder's ranges, when there are any. */}
          {chance && (
            <p className="mt-1 text-sm font-medium" data-testid="verdict-chance">
              {chance}
            </p>
          )}
        </div>
      </div>
      {/* Every reason the engine gives, in its order: what each case ends at, then the cause and the closest lever. */}
      <ul className="mt-4 list-disc space-y-1.5 pl-5 text-sm marker:text-muted" data-testid="verdict-reasons">
        {verdict.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {warnings.length > 0 && (
        <div className="mt-4 border-t border-black/10 pt-3">
          <h3 className="text-sm font-semibold">Warnings</h3>
          <ul className="mt-2 space-y-2 text-sm" data-testid="warnings">
            {warnings.map((w) => (
              <li key={w.code} className="flex gap-2">
                <span aria-hidden>⚠</span>
                <span data-code={w.code}>{w.message}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
