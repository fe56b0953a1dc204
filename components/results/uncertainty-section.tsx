'use client';

import Link from 'next/link';
import { useState, type ReactNode } from 'react';
import { Working } from '@/components/charts/chart-card';
import { DriversChart, FanChart } from '@/components/charts/uncertainty-cards';
import { formatNumber } from '@/lib/results/format';
import { RANGES_EXPLAINED } from '@/lib/results/labels';
import type { FanPoint } from '@/lib/results/chart-series';
import type { Driver, Figure, UncertaintyView } from '@/lib/results/uncertainty';

export type RunState = 'idle' | 'pending' | 'frozen' | 'failed';

type Props = {
  /** null on the shared link's view, which leads nowhere the owner edits. */
  editHref: string | null;
  /** null: the idea has no ranges yet. */
  view: UncertaintyView | null;
  fan: FanPoint[] | null;
  /** The drivers' bars, which may follow the figures by a task. */
  drivers: Driver[];
  state: RunState;
  /** How many futures a simulation runs, for the empty state's words. */
  trials: number;
  /** The "Try other ranges" editor, rendered from the first time it is opened; null: no editor (the shared link's view). */
  editor: ReactNode | null;
  /** The editor was opened: get the worker ready before the first edit. */
  onOpenEditor: () => void;
};

const STATUS: Record<Exclude<RunState, 'idle'>, string> = {
  pending: 'Updating…',
  frozen: 'Showing the last valid ranges until the highlighted ones are fixed.',
  failed: 'The simulation could not run in this browser; these results are for the saved ranges.',
};

function Figures({ title, figures, worked, testId }: { title: string; figures: Figure[]; worked: string; testId: string }) {
  return (
    <div className="min-w-0 rounded-md border border-line p-3" data-testid={testId}>
      <h3 className="text-sm font-semibold">{title}</h3>
      <dl className="mt-2 space-y-1.5 text-sm">
        {figures.map((f) => (
          <div key={f.key} className="flex flex-wrap items-baseline justify-between gap-x-3" data-percentile={f.key}>
            <dt className="text-muted">{f.label}</dt>
            <dd className={`ml-auto text-right font-mono tabular-nums ${f.bad ? 'text-fail' : ''}`} data-value>
              {f.text}
            </dd>
          </div>
        ))}
      </dl>
      <Working text={worked} />
    </div>
  );
}

/**
 * The idea page's Uncertainty section: the chance of paying back, the net
 * result's and payback's spread, the fan chart and the drivers, from
 * simulate() over the founder's ranges. The numbers come in as a view model:
 * the server's run on first paint, the worker's after an edit.
 */
export function UncertaintySection({ editHref, view, fan, drivers, trials, state, editor, onOpenEditor }: Props) {
  const [opened, setOpened] = useState(false);
  return (
    <section
      aria-labelledby="uncertainty-heading"
      className="min-w-0 space-y-4 rounded-lg border border-line bg-white p-4 sm:p-6"
      data-testid="uncertainty"
      data-state={state}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="uncertainty-heading" className="text-base font-semibold">
          Uncertainty
        </h2>
        {/* Always in the layout, so a run starting or ending never moves the page. */}
        <p aria-live="polite" className="flex min-h-5 items-center gap-1.5 text-xs text-muted" data-testid="uncertainty-status">
          {state === 'frozen' || state === 'failed' ? (
            STATUS[state]
          ) : (
            // Shown and hidden, never added: a run starting on each keystroke then costs no layout of the page.
            <span className={`inline-flex items-center gap-1.5 ${state === 'pending' ? '' : 'invisible'}`}>
              <span aria-hidden className={`size-3 rounded-full border-2 border-line border-t-brand ${state === 'pending' ? 'animate-spin' : ''}`} />
              {STATUS.pending}
            </span>
          )}
        </p>
      </div>
      {view && fan ? (
        <>
          <div>
            <p className="text-lg" data-testid="chance">
              <span className="text-4xl font-semibold tracking-tight tabular-nums" data-testid="chance-value">
                {view.chance.text}
              </span>{' '}
              {view.chance.rest}
            </p>
            <Working text={view.chance.worked} />
          </div>
          <div className="grid gap-3 sm:grid-cols-2">
            <Figures title="Net result" figures={view.netResult.figures} worked={view.netResult.worked} testId="uncertainty-net" />
            <Figures title="Payback" figures={view.payback.figures} worked={view.payback.worked} testId="uncertainty-payback" />
          </div>
          {editor !== null && (
            <details
              className="rounded-md border border-line"
              data-testid="range-editor"
              onToggle={(e) => {
                if (!e.currentTarget.open) return;
                setOpened(true);
                onOpenEditor();
              }}
            >
              <summary className="cursor-pointer px-3 py-2 text-sm font-medium">Try other ranges</summary>
              {opened && editor}
            </details>
          )}
          <FanChart data={fan} worked={view.fanWorked} />
          <DriversChart rows={drivers} worked={view.drivers.worked} />
        </>
      ) : (
        <div className="space-y-2 text-sm" data-testid="uncertainty-empty">
          <p>{RANGES_EXPLAINED}</p>
          <p>
            Give your guessed numbers ranges and Underwrite runs {formatNumber(trials)} possible futures to tell you the chance this idea pays back,
            and which number to measure first.
          </p>
          {editHref ? (
            <Link href={editHref} className="inline-block font-medium text-brand underline">
              Add ranges in the worksheet
            </Link>
          ) : (
            <p className="text-muted">This idea has no ranges yet.</p>
          )}
        </div>
      )}
    </section>
  );
}
