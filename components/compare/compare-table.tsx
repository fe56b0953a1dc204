import Link from 'next/link';
import { Fragment } from 'react';
import { GateBadge, VerdictBadge } from '@/components/ui/verdict-badge';
import { COMPARE_ROWS, type CompareIdea } from '@/lib/results/compare';
import { formatChance, formatMonths } from '@/lib/results/format';
import type { Side } from '@/lib/results/key-numbers';
import { IdeaMark } from './idea-marks';

const HEAD = 'sticky left-0 z-10 min-w-32 border-r border-line bg-white px-3 py-2 text-left align-top font-medium sm:min-w-48';

function Cell({ side, ideaId, scenario }: { side: Side; ideaId: string; scenario: 'base' | 'stress' }) {
  return (
    <td className={`px-3 py-2 align-top whitespace-nowrap ${scenario === 'base' ? 'border-l border-line' : ''}`} data-idea={ideaId} data-scenario={scenario} title={side.worked}>
      <span data-value className={`font-mono tabular-nums ${side.bad ? 'text-fail' : ''}`}>
        {side.text}
      </span>
      {side.sub && <span className="block text-xs text-muted">{side.sub}</span>}
    </td>
  );
}

/**
 * The ideas side by side: one pair of columns (base, stress) per idea, one
 * row per key number, each figure worded as on the idea page. Wider than a
 * phone with four ideas, so it scrolls sideways inside its own box, with
 * the row names held at the left.
 */
export function CompareTable({ ideas }: { ideas: CompareIdea[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-white" role="region" aria-labelledby="compare-table-title" tabIndex={0}>
      <table className="w-full border-collapse text-sm" data-testid="compare-table">
        <caption id="compare-table-title" className="px-3 pt-3 text-left text-base font-semibold">
          Key numbers, base and stress
        </caption>
        <colgroup>
          <col />
        </colgroup>
        {ideas.map((idea) => (
          <colgroup key={idea.id} span={2} />
        ))}
        <thead>
          <tr className="border-b border-line">
            <td className={HEAD} rowSpan={2} />
            {ideas.map((idea, i) => (
              <th key={idea.id} scope="colgroup" colSpan={2} className="min-w-44 border-l border-line px-3 pt-2 text-left align-top" data-idea={idea.id}>
                <span className="flex items-start gap-1.5">
                  <IdeaMark index={i} />
                  <span className="min-w-0">
                    <Link href={`/ideas/${idea.id}`} className="font-semibold break-words text-brand hover:underline">
                      {i + 1}. {idea.name}
                    </Link>
                    <span className="block text-xs font-normal text-muted">over {formatMonths(idea.horizonMonths)}</span>
                  </span>
                </span>
              </th>
            ))}
          </tr>
          <tr className="border-b border-line text-xs text-muted">
            {ideas.map((idea) => (
              <Fragment key={idea.id}>
                <th scope="col" className="border-l border-line px-3 py-1 text-left font-medium">
                  Base
                </th>
                <th scope="col" className="px-3 py-1 text-left font-medium">
                  Stress
                </th>
              </Fragment>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="border-b border-line" data-row="verdict">
            <th scope="row" className={HEAD}>
              Verdict
            </th>
            {ideas.map((idea) => (
              <td key={idea.id} colSpan={2} className="border-l border-line px-3 py-2 align-top" data-idea={idea.id}>
                <span className="flex flex-wrap gap-1">
                  {idea.summary.gate && <GateBadge gate={idea.summary.gate} />}
                  <VerdictBadge level={idea.summary.verdict} />
                </span>
              </td>
            ))}
          </tr>
          {COMPARE_ROWS.map((row) => (
            <tr key={row.key} className="border-b border-line" data-row={row.key}>
              <th scope="row" className={HEAD}>
                {row.label}
                <span className="block text-xs font-normal text-muted">{row.hint}</span>
              </th>
              {ideas.map((idea) => (
                <Fragment key={idea.id}>
                  <Cell side={idea.cells[row.key].base} ideaId={idea.id} scenario="base" />
                  <Cell side={idea.cells[row.key].stress} ideaId={idea.id} scenario="stress" />
                </Fragment>
              ))}
            </tr>
          ))}
          <tr data-row="chance">
            <th scope="row" className={HEAD}>
              Chance of payback
              <span className="block text-xs font-normal text-muted">from its ranges, base case</span>
            </th>
            {ideas.map((idea) => (
              <td key={idea.id} colSpan={2} className="border-l border-line px-3 py-2 align-top" data-idea={idea.id}>
                {idea.summary.chance === null ? (
                  <span className="text-muted">No ranges</span>
                ) : (
                  <span data-value className={`font-mono tabular-nums ${idea.summary.chance < 0.5 ? 'text-fail' : ''}`}>
                    {formatChance(idea.summary.chance)}
                  </span>
                )}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
