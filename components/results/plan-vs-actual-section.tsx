import Link from 'next/link';
import { ChartCard } from '@/components/charts/chart-card';
import { PlanActualPlot } from '@/components/charts/plan-actual-plot';
import { ACTUAL, BASE, STRESS } from '@/components/charts/series';
import type { ActualWeek } from '@/lib/ideas/actuals-schema';
import { assumptionsOf, type Idea } from '@/lib/ideas/schema';
import { actualRates } from '@/lib/results/actual-rates';
import { formatWeek } from '@/lib/results/format-week';
import { planVsActual, type MetricView, type PlanMetric, type Standing } from '@/lib/results/plan-vs-actual';
import { actualCell, chartPoints, formatMetric, monthLabel } from '@/lib/results/plan-vs-actual-view';
import { underwrite } from '@/lib/underwrite';

/*
 * Plan vs actual on the idea page, after the results: rendered on the
 * server (the weeks are read here, not sent to the browser's engine), with
 * only the plots loaded lazily, so the page's first-load JavaScript barely
 * grows. The stress case is the saved one: a stress slider moved but not
 * saved does not move these lines.
 */

const PLOT_HEIGHT = 220;

const METRIC_WORDS: Record<PlanMetric, { title: string; caption: string }> = {
  visitors: { title: 'Visitors', caption: 'Visitors each month: your logged weeks against the plan.' },
  customers: { title: 'New customers', caption: 'Sales each month (new customers) against the plan.' },
  cashFlow: { title: 'Cash flow', caption: 'Money kept each month: paid, minus refunds, fees and ad spend.' },
  hours: { title: 'Hours', caption: 'Hours you spent each month against the plan’s support, upkeep and service hours.' },
};

const STANDING_TONE: Record<Standing, string> = {
  'on-plan': 'border-robust',
  better: 'border-robust',
  between: 'border-fragile',
  worse: 'border-fail',
  'off-plan': 'border-fragile',
};

function MetricChart({ view, working }: { view: MetricView; working: string }) {
  const words = METRIC_WORDS[view.metric];
  return (
    <ChartCard
      title={words.title}
      caption={words.caption}
      legend={[
        { series: BASE, shape: 'line' },
        { series: STRESS, shape: 'line' },
        { series: ACTUAL, shape: 'line', note: 'hollow: month partly logged, at its pace' },
      ]}
      height={PLOT_HEIGHT}
      working={working}
      table={{
        caption: `${words.title} per month: the base and stress cases, and what you logged.`,
        columns: ['Month', 'Base', 'Stress', 'Actual'],
        rows: view.months.map((m) => ({
          key: m.month,
          header: monthLabel(m.span),
          cells: [formatMetric(view.metric, m.base), formatMetric(view.metric, m.stress), actualCell(view.metric, m)],
        })),
      }}
    >
      <PlanActualPlot data={chartPoints(view)} metric={view.metric} title={words.title} />
    </ChartCard>
  );
}

const linkClass = 'rounded-md border border-line bg-white px-3 py-2 text-sm font-medium hover:bg-paper';

/**
 * `weeks`: the idea's logged weeks, read once by the page (the calibrated
 * case reads them too). `readOnly`: the shared link's view, without the
 * links to the owner's actuals page.
 */
export async function PlanVsActualSection({ idea, weeks, readOnly }: { idea: Idea; weeks: ActualWeek[]; readOnly: boolean }) {
  const href = `/ideas/${idea.id}/actuals`;

  if (weeks.length === 0) {
    return (
      <section aria-labelledby="plan-actual-heading" className="rounded-lg border border-dashed border-line bg-white p-4 sm:p-6">
        <h2 id="plan-actual-heading" className="text-base font-semibold">
          Plan vs actual
        </h2>
        {readOnly ? (
          <p className="mt-1 text-sm text-muted">No weeks of real figures are logged for this idea yet.</p>
        ) : (
          <>
            <p className="mt-1 text-sm text-muted">
              Pre-selling or launched? Log each week’s real visitors, sales, refunds, revenue and hours, or import a CSV export, and see here how reality compares
              with your base and stress cases.
            </p>
            <Link href={href} className={`mt-3 inline-block ${linkClass}`}>
              Log a week of actuals
            </Link>
          </>
        )}
      </section>
    );
  }

  const result = underwrite(assumptionsOf(idea), idea.stress);
  const view = planVsActual(weeks, actualRates(weeks), result.base, result.stress)!;
  const anchorWords = `Month 1 starts on ${formatWeek(view.anchor)}, the Monday of your first logged week, and each month is 30 or 31 days. A week across two months counts in each by its days; a month not logged on every day is compared with the plan for its logged days, and drawn at its pace (a hollow dot).`;
  const working = (metric: PlanMetric) =>
    metric === 'cashFlow' && view.cashNotes.length > 0 ? `${anchorWords} Cash flow: ${view.cashNotes.join('; ')}.` : anchorWords;

  return (
    <section aria-labelledby="plan-actual-heading" className="space-y-4 rounded-lg border border-line bg-white p-4 sm:p-6" data-testid="plan-vs-actual">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 flex-1 basis-72">
          <h2 id="plan-actual-heading" className="text-base font-semibold">
            Plan vs actual
          </h2>
          <p className="mt-1 text-sm text-muted">
            {readOnly ? 'The' : 'Your'} logged weeks from {formatWeek(view.anchor)} (month 1) against the base and stress cases.
            {view.weeksBeyondHorizon > 0 && ` ${view.weeksBeyondHorizon} later ${view.weeksBeyondHorizon === 1 ? 'week is' : 'weeks are'} past the plan’s horizon and left out.`}
          </p>
        </div>
        {!readOnly && (
          <Link href={href} className={`shrink-0 ${linkClass}`}>
            Log or import weeks
          </Link>
        )}
      </div>
      {view.tracking.length > 0 ? (
        <ul className="space-y-2" aria-label="Where reality is tracking">
          {view.tracking.map((t) => (
            <li key={t.key} data-tracking={t.key} className={`border-l-4 pl-3 ${STANDING_TONE[t.standing]}`}>
              <p className="text-sm font-medium">{t.text}</p>
              <p className="text-xs text-muted">{t.basis}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted">Log visitors with sales, or hours, to see where reality is tracking.</p>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        {view.metrics.map((m) => (
          <MetricChart key={m.metric} view={m} working={working(m.metric)} />
        ))}
      </div>
    </section>
  );
}
