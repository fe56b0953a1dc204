import { verdictThatCounts } from '@/lib/results/verdict-that-counts';
import { VERDICT_LABELS } from '@/lib/results/labels';
import type { UnderwriteResult, VerdictLevel } from '@/lib/underwrite';

const COLOURS: Record<VerdictLevel, { box: string; badge: string }> = {
  robust: { box: 'border-robust/40 bg-robust-soft', badge: 'bg-robust text-white' },
  fragile: { box: 'border-fragile/40 bg-fragile-soft', badge: 'bg-fragile text-white' },
  fail: { box: 'border-fail/40 bg-fail-soft', badge: 'bg-fail text-white' },
};

type Outcome = Pick<UnderwriteResult, 'verdict' | 'warnings'>;

export type CalibratedVerdict = Outcome & {
  /** Each input the calibrated case replaced, in words ("Conversion rate 2 % → 1.2 % (…)"). */
  replaced: string[];
};

/**
 * The decision first: the level in words, an icon and a colour (never colour
 * alone), then why. With a calibrated case (measured values in place of
 * guesses) its verdict is the one shown when the two disagree, and the card
 * says so; "based mostly on guesses" when little of the result is measured.
 */
export function VerdictCard({
  verdict,
  warnings,
  chance,
  guesses,
  calibrated,
}: Outcome & {
  chance?: string;
  /** The "based mostly on guesses" line, when that is true. */
  guesses?: string | null;
  calibrated?: CalibratedVerdict | null;
}) {
  const { level, overruled } = verdictThatCounts(verdict.level, calibrated?.verdict.level ?? null);
  const shown = overruled && calibrated ? calibrated : { verdict, warnings };
  const look = { ...VERDICT_LABELS[level], ...COLOURS[level] };
  return (
    <section aria-labelledby="verdict-heading" className={`rounded-lg border p-4 sm:p-6 ${look.box}`} data-verdict={level}>
      <div className="flex items-start gap-3">
        <span aria-hidden className={`mt-0.5 inline-flex size-9 shrink-0 items-center justify-center rounded-full text-lg font-bold ${look.badge}`}>
          {look.icon}
        </span>
        <div className="min-w-0">
          <h2 id="verdict-heading" className="text-sm font-medium text-muted">
            Verdict{overruled && ', on what you measured'}
          </h2>
          <p className="text-2xl font-semibold tracking-tight" data-testid="verdict-level">
            {look.word}
          </p>
          <p className="mt-1 text-sm">{look.summary}</p>
          {calibrated && (
            <p className="mt-2 text-sm font-medium" data-testid="verdict-calibrated">
              {overruled
                ? `Your measured numbers overrule your guesses: with the guesses it would be ${VERDICT_LABELS[verdict.level].word}, with what you measured it is ${look.word}. The measured case counts.`
                : `Your measured numbers agree: the calibrated case is ${look.word} too.`}
            </p>
          )}
          {/* From the simulation over the founder's ranges, when there are any. */}
          {chance && (
            <p className="mt-1 text-sm font-medium" data-testid="verdict-chance">
              {chance}
            </p>
          )}
          {guesses && (
            <p className="mt-1 text-sm font-medium" data-testid="verdict-guesses">
              {guesses}{' '}
              <a href="#evidence-heading" className="font-normal whitespace-nowrap underline">
                What to measure next
              </a>
            </p>
          )}
        </div>
      </div>
      {calibrated && (
        <ul className="mt-3 space-y-0.5 text-xs text-muted" aria-label="What the calibrated case replaced">
          {calibrated.replaced.map((line) => (
            <li key={line}>Measured: {line}</li>
          ))}
        </ul>
      )}
      {/* Every reason the engine gives, in its order: what each case ends at, then the cause and the closest lever. */}
      <ul className="mt-4 list-disc space-y-1.5 pl-5 text-sm marker:text-muted" data-testid="verdict-reasons">
        {shown.verdict.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {shown.warnings.length > 0 && (
        <div className="mt-4 border-t border-black/10 pt-3">
          <h3 className="text-sm font-semibold">Warnings</h3>
          <ul className="mt-2 space-y-2 text-sm" data-testid="warnings">
            {shown.warnings.map((w) => (
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
