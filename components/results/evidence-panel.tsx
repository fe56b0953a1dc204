import Link from 'next/link';
import { EVIDENCE_KIND_WORDS, MOSTLY_GUESSES_BELOW, type EvidenceScore } from '@/lib/results/evidence';
import { formatChance } from '@/lib/results/format';

const SEGMENTS = [
  { kind: 'measured', look: 'bg-robust', swatch: 'bg-robust' },
  { kind: 'benchmark', look: 'bg-brand/60', swatch: 'bg-brand/60' },
  { kind: 'guessed', look: 'bg-muted/25', swatch: 'bg-muted/25' },
] as const;

/**
 * The evidence score and what to measure next (issue #9: "Pull the real
 * numbers first"). Rendered on the server: plain HTML, no JavaScript on a
 * page at its budget.
 */
/** `editHref`: the worksheet, where marks are set; null on the shared link's view, which leads nowhere the owner edits. */
export function EvidencePanel({ score, editHref }: { score: EvidenceScore; editHref: string | null }) {
  const shares = {
    measured: score.score ?? 0,
    benchmark: score.benchmarkShare,
    guessed: score.score === null ? 0 : Math.max(0, 1 - (score.score + score.benchmarkShare)),
  };
  return (
    <section aria-labelledby="evidence-heading" className="scroll-mt-4 rounded-lg border border-line bg-white p-4 sm:p-6" data-testid="evidence">
      <h2 id="evidence-heading" className="text-base font-semibold">
        Evidence
      </h2>
      {score.score === null ? (
        <p className="mt-1 text-sm text-muted">Nothing in the worksheet moves the net result yet, so there is nothing to measure.</p>
      ) : (
        <>
          <p className="mt-1 text-sm">
            <span className="text-2xl font-semibold tabular-nums" data-testid="evidence-score">
              {formatChance(score.score)}
            </span>{' '}
            of what moves the net result rests on numbers you measured
            {score.mostlyGuesses && <span className="text-muted"> (under {formatChance(MOSTLY_GUESSES_BELOW)}: mostly guesses)</span>}.
          </p>
          <div className="mt-3 flex h-2.5 overflow-hidden rounded-full ring-1 ring-line ring-inset" aria-hidden>
            {SEGMENTS.map(({ kind, look }) => (
              <div key={kind} className={look} style={{ width: `${shares[kind] * 100}%` }} />
            ))}
          </div>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
            {SEGMENTS.map(({ kind, swatch }) => (
              <li key={kind} className="flex items-center gap-1.5">
                <span aria-hidden className={`inline-block size-2.5 rounded-sm ${swatch}`} />
                {EVIDENCE_KIND_WORDS[kind]} {formatChance(shares[kind])}
              </li>
            ))}
          </ul>
          <details className="mt-2 text-xs">
            <summary className="cursor-pointer text-brand underline decoration-dotted">How is this worked out?</summary>
            <p className="mt-1 rounded-md bg-paper p-3">{score.worked}</p>
          </details>
          {score.measureNext.length > 0 && (
            <>
              <h3 className="mt-4 text-sm font-semibold">Measure next</h3>
              <ol className="mt-2 space-y-2 text-sm" data-testid="measure-next">
                {score.measureNext.map((row) => (
                  <li key={row.field} data-measure={row.field}>
                    <span className="font-medium">{row.label}</span>{' '}
                    <span className="text-xs text-muted">
                      ({EVIDENCE_KIND_WORDS[row.kind].toLowerCase()}, {formatChance(row.share)} of what moves the result)
                    </span>
                    <span className="block text-muted">{row.how}</span>
                  </li>
                ))}
              </ol>
              {editHref && (
                <p className="mt-3 text-xs text-muted">
                  Measured something? Mark it in the{' '}
                  <Link href={editHref} className="underline">
                    worksheet
                  </Link>
                  , or record it on the 30-day checklist and apply it in one click.
                </p>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
