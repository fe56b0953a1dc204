import { memo, useState } from 'react';
import type { KeyNumber, Side } from '@/lib/results/key-numbers';

type Case = 'base' | 'stress' | 'calibrated';
const CASE_WORDS: Record<Case, string> = { base: 'Base', stress: 'Stress', calibrated: 'Calibrated' };

function Value({ side, scenario }: { side: Side; scenario: Case }) {
  return (
    <span className="leading-tight" data-scenario={scenario}>
      {/* The column headers are visual only; say which case each value is. */}
      <span className="sr-only">{CASE_WORDS[scenario]} case: </span>
      <span className={`block font-mono tabular-nums ${side.bad ? 'text-fail' : ''}`} data-value>
        {side.text}
      </span>
      {side.sub && <span className="block text-xs text-muted">{side.sub}</span>}
    </span>
  );
}

/**
 * One key number; its working is rendered once the founder opens it. Most
 * rows stay closed, and rendering every working up front made them most of
 * the idea page's HTML and of its server render.
 */
function KeyNumberRow({ row, cases, columns }: { row: KeyNumber; cases: Case[]; columns: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="px-4 py-2.5 sm:px-6" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="flex cursor-pointer list-none flex-col gap-1 sm:flex-row sm:items-center sm:justify-between sm:gap-4 [&::-webkit-details-marker]:hidden">
        <span className="min-w-0 text-sm">
          <span className="font-medium">{row.label}</span>
          {row.hint && <span className="block text-xs text-muted">{row.hint}</span>}
          <span className="block text-xs text-brand underline decoration-dotted">{open ? 'Hide the working' : 'How is this computed?'}</span>
        </span>
        <span className={`grid w-full shrink-0 gap-2 text-right text-sm ${columns}`}>
          {cases.map((c) => (
            <Value key={c} side={row[c]!} scenario={c} />
          ))}
        </span>
      </summary>
      {open && (
        <div className="mt-2 space-y-1.5 rounded-md bg-paper p-3 text-xs">
          <p>
            <span className="font-medium">Formula: </span>
            <code className="font-mono">{row.formula}</code>
          </p>
          {cases.map((c) => (
            <p key={c}>
              <span className="font-medium">{CASE_WORDS[c]}: </span>
              {row[c]!.worked}
            </p>
          ))}
        </div>
      )}
    </details>
  );
}

/**
 * Base and stress side by side, and the calibrated case (measured values in
 * place of guesses) where there is one. Each row opens to the contract's
 * formula and the same formula with this idea's numbers: no figure without
 * its working.
 */
// Memoised: a simulation run re-renders the results around it, and these numbers do not depend on it.
export const KeyNumbersTable = memo(function KeyNumbersTable({ rows }: { rows: KeyNumber[] }) {
  const cases: Case[] = rows[0]?.calibrated ? ['base', 'stress', 'calibrated'] : ['base', 'stress'];
  // Three columns need more room beside the labels on a wide screen; on a phone each row stacks.
  const columns = cases.length === 3 ? 'grid-cols-3 sm:w-[25rem]' : 'grid-cols-2 sm:w-[18rem]';
  return (
    <section aria-labelledby="numbers-heading" className="rounded-lg border border-line bg-white">
      <div className="flex flex-col gap-2 px-4 pt-4 sm:flex-row sm:items-baseline sm:justify-between sm:px-6">
        <h2 id="numbers-heading" className="text-base font-semibold">
          Key numbers
        </h2>
        <div aria-hidden className={`grid w-full shrink-0 gap-2 text-right text-xs font-medium tracking-wide text-muted uppercase ${columns}`}>
          {cases.map((c) => (
            <span key={c}>{CASE_WORDS[c]}</span>
          ))}
        </div>
      </div>
      <ul className="mt-2 divide-y divide-line">
        {rows.map((row) => (
          <li key={row.key} data-key={row.key}>
            <KeyNumberRow row={row} cases={cases} columns={columns} />
          </li>
        ))}
      </ul>
    </section>
  );
});
