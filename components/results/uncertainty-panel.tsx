'use client';

import dynamic from 'next/dynamic';
import { startTransition, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { fanSeries } from '@/lib/results/chart-series';
import type { Uncertainty } from '@/lib/results/uncertainty';
import type { Assumptions, Ranges, Scenario } from '@/lib/underwrite';
import { UncertaintySection, type RunState } from './uncertainty-section';
import { useSimulation } from './use-simulation';

// Only when "Try other ranges" is first opened: the editor is not part of the first load.
const RangeEditor = dynamic(() => import('./range-editor').then((m) => m.RangeEditor), {
  ssr: false,
  loading: () => <p className="border-t border-line p-3 text-xs text-muted">Loading the editor…</p>,
});

type Props = {
  ideaId: string;
  /** The worksheet version, which a ranges save is guarded by. */
  version: number;
  assumptions: Assumptions;
  savedRanges: Ranges;
  /** The saved ranges' simulation, run and worded by the server for the first paint; null without ranges. */
  initial: Uncertainty | null;
  /** The base and stress cases drawn over the runs; a stress slider moves only the stress line. */
  base: Scenario;
  stress: Scenario;
  /** How many futures a simulation runs (said in the empty state). */
  trials: number;
  /** Hands the verdict card its chance line whenever a run changes it. */
  onChance: (line: string | undefined) => void;
  /** The shared link's view: the saved ranges' run, with no editor and no way to the worksheet. */
  readOnly: boolean;
};

/**
 * The Uncertainty section with its state: the worker's runs, and whether the
 * ranges typed are valid. Kept apart from the rest of the results so that a
 * keystroke in the editor, or a run starting and ending, re-renders only
 * this section and never the page's other charts.
 */
export function UncertaintyPanel({ ideaId, version, assumptions, savedRanges, initial, base, stress, trials, onChance, readOnly }: Props) {
  const runs = useSimulation(initial);
  const [frozen, setFrozen] = useState(false);
  const { run, freeze, warm } = runs;
  const view = runs.uncertainty?.view ?? null;
  const bands = runs.uncertainty?.bands;
  const rows = view?.drivers.rows;

  // A run's figures show at once; its two plots follow, one task after the
  // other, so that no single task redraws both (a recharts redraw is most of
  // a run's cost on the main thread).
  const [fanBands, setFanBands] = useState(bands);
  const [driverRows, setDriverRows] = useState(rows);
  useEffect(() => {
    if (bands === fanBands) return;
    const later = setTimeout(() => startTransition(() => setFanBands(bands)));
    return () => clearTimeout(later);
  }, [bands, fanBands]);
  useEffect(() => {
    if (bands !== fanBands || rows === driverRows) return;
    const later = setTimeout(() => startTransition(() => setDriverRows(rows)));
    return () => clearTimeout(later);
  }, [bands, fanBands, rows, driverRows]);
  // A stress slider redraws the fan chart's stress line in the background, so the slider and the numbers never wait for it.
  const shownBase = useDeferredValue(base);
  const shownStress = useDeferredValue(stress);
  const fan = useMemo(() => (fanBands ? fanSeries(fanBands, shownBase, shownStress) : null), [fanBands, shownBase, shownStress]);
  const state: RunState = runs.failed ? 'failed' : frozen ? 'frozen' : runs.pending ? 'pending' : 'idle';

  const line = view?.chance.line;
  useEffect(() => onChance(line), [line, onChance]);

  const onRanges = useCallback(
    (ranges: Ranges) => {
      startTransition(() => setFrozen(false));
      run(assumptions, ranges);
    },
    [run, assumptions],
  );
  const onInvalid = useCallback(() => {
    setFrozen(true);
    freeze();
  }, [freeze]);
  // Built once per change of its inputs: a run starting or ending does not re-render the editor.
  const editor = useMemo(
    () =>
      readOnly ? null : (
        <RangeEditor ideaId={ideaId} version={version} assumptions={assumptions} saved={savedRanges} onRanges={onRanges} onInvalid={onInvalid} />
      ),
    [readOnly, ideaId, version, assumptions, savedRanges, onRanges, onInvalid],
  );

  return (
    <UncertaintySection
      editHref={readOnly ? null : `/ideas/${ideaId}/edit`}
      view={view}
      fan={fan}
      drivers={driverRows ?? []}
      trials={trials}
      state={state}
      onOpenEditor={warm}
      editor={editor}
    />
  );
}
