'use client';

import { useCallback, useMemo, useState } from 'react';
import { ResultsCharts } from '@/components/charts/cards';
import { stressDifferences } from '@/lib/results/custom-stress';
import { keyNumbers } from '@/lib/results/key-numbers';
import type { Uncertainty } from '@/lib/results/uncertainty';
import { DEFAULT_STRESS, sensitivity, underwrite, type Assumptions, type Ranges, type StressProfile } from '@/lib/underwrite';
import { CustomStressBadge } from './custom-stress-badge';
import { KeyNumbersTable } from './key-numbers-table';
import { StressPanel } from './stress-panel';
import { UncertaintyPanel } from './uncertainty-panel';
import { VerdictCard } from './verdict-card';

type Props = {
  ideaId: string;
  /** The worksheet version, which a ranges save is guarded by. */
  version: number;
  assumptions: Assumptions;
  savedStress: StressProfile;
  savedRanges: Ranges;
  /** The saved ranges' simulation, run and worded by the server for the first paint; null without ranges. */
  uncertainty: Uncertainty | null;
  /** How many futures a simulation runs. */
  trials: number;
  /** The shared link's view: sliders move the numbers here only; nothing saves, nothing leads to editing. */
  readOnly: boolean;
  /** Shown under the stress panel on wide screens (the checklist and build-it-once test). */
  aside?: React.ReactNode;
  /** Shown above the verdict (the build-it-once gate: Stop or Unproven). */
  banner?: React.ReactNode;
  /** The calibrated case's worksheet (measured values in place of guesses) and its replacements in words; null when nothing measured differs. */
  calibrated: { assumptions: Assumptions; replaced: string[] } | null;
  /** The verdict card's "based mostly on guesses" line, when that is true. */
  guesses: string | null;
  /** The evidence score and what to measure next, rendered by the server. */
  evidence?: React.ReactNode;
};

/**
 * Everything that depends on the stress profile, computed in the browser
 * with the same engine the server uses, so a slider move never waits on the
 * network. The server renders the first frame with the saved profile.
 */
export function IdeaResults(props: Props) {
  const { ideaId, version, assumptions, savedStress, savedRanges, uncertainty, trials, readOnly, aside, banner, calibrated, guesses, evidence } = props;
  const [stress, setStress] = useState<StressProfile>(savedStress);
  const result = useMemo(() => underwrite(assumptions, stress), [assumptions, stress]);
  // The calibrated case runs under the same stress profile: its verdict weighs its own downside.
  const measured = useMemo(() => (calibrated ? underwrite(calibrated.assumptions, stress) : null), [calibrated, stress]);
  const rows = useMemo(() => keyNumbers(result, measured), [result, measured]);
  // Sensitivity moves single base inputs, so it does not depend on the stress profile.
  const tornado = useMemo(() => sensitivity(assumptions), [assumptions]);

  // The server's chance line, then the one of each run of the ranges tried on the page.
  const [chance, setChance] = useState(uncertainty?.view.chance.line);
  const onReset = useCallback(() => setStress({ ...DEFAULT_STRESS }), []);

  // DOM order is the phone's reading order (decision, stress, charts, checklist);
  // on wide screens the grid puts the stress panel beside the decision and
  // the checklist beside the charts.
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0 space-y-6">
        {banner}
        <CustomStressBadge differences={stressDifferences(stress, assumptions.pricingModel)} details="inline" />
        <VerdictCard
          verdict={result.verdict}
          warnings={result.warnings}
          chance={chance}
          guesses={guesses}
          calibrated={measured && calibrated && { verdict: measured.verdict, warnings: measured.warnings, replaced: calibrated.replaced }}
        />
        <KeyNumbersTable rows={rows} />
        {evidence}
      </div>
      <div className="min-w-0">
        <StressPanel
          ideaId={ideaId}
          stress={stress}
          saved={savedStress}
          base={result.base.assumptions}
          stressed={result.stress.assumptions}
          onChange={setStress}
          onReset={onReset}
          readOnly={readOnly}
        />
      </div>
      <div className="min-w-0 space-y-6">
        {/* Runs in a Web Worker as ranges are edited; a stress slider only moves the fan chart's stress line. */}
        <UncertaintyPanel
          ideaId={ideaId}
          version={version}
          assumptions={assumptions}
          savedRanges={savedRanges}
          initial={uncertainty}
          base={result.base}
          stress={result.stress}
          trials={trials}
          onChance={setChance}
          readOnly={readOnly}
        />
        <div className="space-y-6" data-testid="charts">
          <ResultsCharts result={result} tornado={tornado} calibrated={measured?.base ?? null} />
        </div>
      </div>
      <aside className="min-w-0 space-y-6" aria-label="Validation">
        {aside}
      </aside>
    </div>
  );
}
