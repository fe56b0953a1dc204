'use client';

import { useMemo, useState } from 'react';
import { ResultsCharts } from '@/components/charts/cards';
import { stressDifferences } from '@/lib/results/custom-stress';
import { keyNumbers } from '@/lib/results/key-numbers';
import { DEFAULT_STRESS, sensitivity, underwrite, type Assumptions, type StressProfile } from '@/lib/underwrite';
import { CustomStressBadge } from './custom-stress-badge';
import { KeyNumbersTable } from './key-numbers-table';
import { StressPanel } from './stress-panel';
import { VerdictCard } from './verdict-card';

type Props = {
  ideaId: string;
  assumptions: Assumptions;
  savedStress: StressProfile;
  /** Shown under the stress panel on wide screens (the checklist and build-it-once test). */
  aside?: React.ReactNode;
  /** Shown above the verdict (the build-it-once gate: Stop or Unproven). */
  banner?: React.ReactNode;
};

/**
 * Everything that depends on the stress profile, computed in the browser
 * with the same engine the server uses, so a slider move never waits on the
 * network. The server renders the first frame with the saved profile.
 */
export function IdeaResults({ ideaId, assumptions, savedStress, aside, banner }: Props) {
  const [stress, setStress] = useState<StressProfile>(savedStress);
  const result = useMemo(() => underwrite(assumptions, stress), [assumptions, stress]);
  const rows = useMemo(() => keyNumbers(result), [result]);
  // Sensitivity moves single base inputs, so it does not depend on the stress profile.
  const tornado = useMemo(() => sensitivity(assumptions), [assumptions]);

  // DOM order is the phone's reading order (decision, stress, charts, checklist);
  // on wide screens the grid puts the stress panel beside the decision and
  // the checklist beside the charts.
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0 space-y-6">
        {banner}
        <CustomStressBadge differences={stressDifferences(stress, assumptions.pricingModel)} details="inline" />
        <VerdictCard verdict={result.verdict} warnings={result.warnings} />
        <KeyNumbersTable rows={rows} />
      </div>
      <div className="min-w-0">
        <StressPanel
          ideaId={ideaId}
          stress={stress}
          saved={savedStress}
          base={result.base.assumptions}
          stressed={result.stress.assumptions}
          onChange={setStress}
          onReset={() => setStress({ ...DEFAULT_STRESS })}
        />
      </div>
      <div className="min-w-0 space-y-6" data-testid="charts">
        <ResultsCharts result={result} tornado={tornado} />
      </div>
      <aside className="min-w-0 space-y-6" aria-label="Validation">
        {aside}
      </aside>
    </div>
  );
}
