import { Fragment } from 'react';
import { PLOT_HEIGHT } from '@/components/charts/look';
import type { CompareIdea } from '@/lib/results/compare';
import { formatMoney, formatMonth } from '@/lib/results/format';
import { ComparePlot } from './compare-plot';
import { LineSample } from './idea-marks';

const TITLE = 'Cumulative profit of each idea, base solid and stress dashed';

/**
 * The overlaid cumulative profit lines, with a legend that names each idea
 * by number, shape and line style (not by colour alone), and the same
 * figures as a table for anyone who cannot read the plot.
 */
export function CompareChart({ ideas }: { ideas: CompareIdea[] }) {
  const horizon = Math.max(...ideas.map((idea) => idea.cumulative.length - 1));
  const months = Array.from({ length: horizon + 1 }, (_, month) => month);
  return (
    <section className="rounded-lg border border-line bg-white p-4 sm:p-6" aria-labelledby="compare-chart-title">
      <h2 id="compare-chart-title" className="text-base font-semibold">
        Cumulative profit
      </h2>
      <p className="mt-1 text-sm text-muted">Each line starts at minus the upfront investment. Where it crosses $0 for good, the idea has paid back.</p>
      <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-label="Legend">
        {ideas.map((idea, i) => (
          <li key={idea.id} className="flex flex-wrap items-center gap-x-2">
            <span className="font-medium break-words">
              {i + 1}. {idea.name}
            </span>
            <span className="flex items-center gap-1 text-muted">
              <LineSample index={i} stress={false} /> base
            </span>
            <span className="flex items-center gap-1 text-muted">
              <LineSample index={i} stress /> stress
            </span>
          </li>
        ))}
      </ul>
      <div className="mt-3" style={{ height: PLOT_HEIGHT }}>
        <ComparePlot title={TITLE} ideas={ideas.map(({ name, cumulative }) => ({ name, cumulative }))} />
      </div>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium text-brand">Show the chart as a table</summary>
        <div className="mt-2 max-h-96 overflow-auto" role="region" aria-label={`${TITLE}, as a table`} tabIndex={0}>
          <table className="w-full text-sm" data-testid="compare-chart-table">
            <thead className="sticky top-0 bg-white">
              <tr className="border-b border-line text-left">
                <th scope="col" className="px-2 py-1">
                  Month
                </th>
                {ideas.map((idea, i) => (
                  <Fragment key={idea.id}>
                    <th scope="col" className="min-w-28 px-2 py-1 align-bottom font-medium break-words">
                      {i + 1}. {idea.name}, base
                    </th>
                    <th scope="col" className="min-w-28 px-2 py-1 align-bottom font-medium break-words">
                      {i + 1}. {idea.name}, stress
                    </th>
                  </Fragment>
                ))}
              </tr>
            </thead>
            <tbody>
              {months.map((month) => (
                <tr key={month} className="border-b border-line/60">
                  <th scope="row" className="px-2 py-1 text-left font-normal whitespace-nowrap">
                    {formatMonth(month)}
                  </th>
                  {ideas.map((idea) => {
                    const point = idea.cumulative[month];
                    return (
                      <Fragment key={idea.id}>
                        <td className="px-2 py-1 font-mono whitespace-nowrap tabular-nums">{point ? formatMoney(point.base) : '—'}</td>
                        <td className="px-2 py-1 font-mono whitespace-nowrap tabular-nums">{point ? formatMoney(point.stress) : '—'}</td>
                      </Fragment>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
