/*
 * The one-page report's sections (issue #12): the idea page's verdict, key
 * numbers, warnings, checklist and build-it-once answers, static and
 * compact, for paper as much as for a screen. Server components: no script.
 */
import type { KeyNumber } from '@/lib/results/key-numbers';
import { FIRST_TEST_RULE, GATE_LABELS, VERDICT_LABELS } from '@/lib/results/labels';
import type { ReportChecklistItem, ReportVerdict, reportBuildTests } from '@/lib/results/report';
import type { ScheduleTone } from '@/lib/results/schedule-words';
import type { VerdictLevel, Warning } from '@/lib/underwrite';

const VERDICT_LOOK: Record<VerdictLevel, { box: string; badge: string }> = {
  robust: { box: 'border-robust/40 bg-robust-soft', badge: 'bg-robust text-white' },
  fragile: { box: 'border-fragile/40 bg-fragile-soft', badge: 'bg-fragile text-white' },
  fail: { box: 'border-fail/40 bg-fail-soft', badge: 'bg-fail text-white' },
};

const heading = 'text-xs font-semibold tracking-wide text-muted uppercase';

function Badge({ icon, className }: { icon: string; className: string }) {
  return (
    <span aria-hidden className={`inline-flex size-7 shrink-0 items-center justify-center rounded-full text-base font-bold ${className}`}>
      {icon}
    </span>
  );
}

/** Stop or Unproven over the verdict, then the verdict with its chance of payback and its reasons. */
export function VerdictSection({ verdict, chance }: { verdict: ReportVerdict; chance: string | null }) {
  const words = VERDICT_LABELS[verdict.level];
  const look = VERDICT_LOOK[verdict.level];
  const gate = verdict.gate && GATE_LABELS[verdict.gate];
  return (
    <section aria-labelledby="report-verdict" className="space-y-2">
      {gate && (
        <div className="flex gap-2 rounded-md border border-fail/40 bg-fail-soft p-2.5 text-sm" data-gate={verdict.gate}>
          <Badge icon={gate.icon} className={verdict.gate === 'stop' ? 'bg-fail text-white' : 'bg-ink text-white'} />
          <p>
            <strong className="text-base font-semibold">{gate.word}.</strong> {gate.why} <strong className="font-semibold">{FIRST_TEST_RULE}</strong>
          </p>
        </div>
      )}
      <div className={`rounded-md border p-2.5 ${look.box}`} data-verdict={verdict.level}>
        <div className="flex items-center gap-2">
          <Badge icon={words.icon} className={look.badge} />
          <h2 id="report-verdict" className="text-lg leading-tight font-semibold">
            <span className="sr-only">Verdict: </span>
            <span data-testid="report-verdict">{words.word}</span>
            {verdict.overruled && <span className="text-sm font-medium">, on what you measured</span>}
          </h2>
        </div>
        <p className="mt-1 text-sm">{words.summary}</p>
        {verdict.guessed && (
          <p className="mt-1 text-sm font-medium">
            {verdict.overruled
              ? `With the guesses it would be ${VERDICT_LABELS[verdict.guessed].word}: the measured case counts.`
              : `The calibrated case (what you measured) is ${words.word} too.`}
          </p>
        )}
        {chance && (
          <p className="mt-1 text-sm font-medium" data-testid="report-chance">
            {chance}
          </p>
        )}
        <ul className="mt-1.5 list-disc space-y-0.5 pl-4 text-sm marker:text-muted">
          {verdict.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}

/** Base and stress side by side, as the idea page's key numbers word them. */
export function KeyNumbersSection({ rows }: { rows: KeyNumber[] }) {
  return (
    <section aria-labelledby="report-numbers">
      <h2 id="report-numbers" className={heading}>
        Key numbers
      </h2>
      <table className="mt-1 w-full text-sm">
        <thead>
          <tr className="border-b border-line text-right text-xs text-muted">
            <th scope="col" className="py-1 text-left font-medium">
              <span className="sr-only">Figure</span>
            </th>
            <th scope="col" className="py-1 pl-2 font-medium">
              Base
            </th>
            <th scope="col" className="py-1 pl-2 font-medium">
              Stress
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-line/60 align-top" data-key={row.key}>
              <th scope="row" className="py-0.5 text-left font-normal">
                {row.label}
              </th>
              {(['base', 'stress'] as const).map((scenario) => (
                <td key={scenario} className="py-0.5 pl-2 text-right" data-scenario={scenario}>
                  <span className={`font-mono whitespace-nowrap tabular-nums ${row[scenario].bad ? 'text-fail' : ''}`} data-value>
                    {row[scenario].text}
                  </span>
                  {row[scenario].sub && <span className="block text-xs leading-tight text-muted">{row[scenario].sub}</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function WarningsSection({ warnings }: { warnings: Warning[] }) {
  return (
    <section aria-labelledby="report-warnings">
      <h2 id="report-warnings" className={heading}>
        Warnings
      </h2>
      {warnings.length === 0 ? (
        <p className="mt-1 text-sm">None: no check of the contract flags this idea.</p>
      ) : (
        <ul className="mt-1 gap-x-6 text-sm sm:columns-2" data-testid="report-warnings">
          {warnings.map((w) => (
            <li key={w.code} className="mb-1 flex break-inside-avoid gap-1.5" data-code={w.code}>
              <span aria-hidden>⚠</span>
              <span>{w.message}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const TONES: Record<ScheduleTone, string> = { done: 'text-robust', late: 'text-fail', today: 'text-fragile', ahead: 'text-muted' };

/** The 30 days' items in their order, each done or open, with its due date. */
export function ChecklistSection({ items }: { items: ReportChecklistItem[] }) {
  const done = items.filter((item) => item.done).length;
  return (
    <section aria-labelledby="report-checklist">
      <h2 id="report-checklist" className={heading}>
        30-day checklist · {done} of {items.length} done
      </h2>
      <ol className="mt-1 space-y-1 text-sm">
        {items.map((item) => (
          <li key={item.item} className="flex gap-1.5" data-item={item.item} data-done={item.done}>
            <span aria-hidden className={`w-3 shrink-0 font-bold ${item.done ? 'text-robust' : 'text-muted'}`}>
              {item.done ? '✓' : '○'}
            </span>
            <span className="min-w-0">
              <span className="sr-only">{item.done ? 'Done: ' : 'Open: '}</span>
              {item.text}
              <span className="block text-xs text-muted">
                {item.due} · <span className={`font-medium ${TONES[item.state.tone]}`}>{item.state.text}</span>
              </span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

const ANSWER_LOOK = { yes: 'text-robust', no: 'text-fail', unknown: 'text-muted' } as const;

/** Seed 001's four questions with the founder's answers; a no to the first is the Stop above. */
export function BuildTestsSection({ tests }: { tests: ReturnType<typeof reportBuildTests> }) {
  return (
    <section aria-labelledby="report-build">
      <h2 id="report-build" className={heading}>
        Build it once?
      </h2>
      <dl className="mt-1 space-y-1 text-sm">
        {tests.map((t) => (
          <div key={t.test} data-test={t.test}>
            <dt className="inline font-medium">{t.label}: </dt>
            <dd className={`inline font-semibold ${ANSWER_LOOK[t.answer]}`}>{t.word}</dd>
            {t.note && <dd className="line-clamp-2 text-xs break-words text-muted">{t.note}</dd>}
          </div>
        ))}
      </dl>
    </section>
  );
}
