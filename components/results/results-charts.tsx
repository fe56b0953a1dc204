'use client';

import { CumulativeProfitChart, MonthlyProfitChart, PerSaleChart, SensitivityChart } from '@/components/charts';
import type { SensitivityResult, UnderwriteResult } from '@/lib/underwrite';

/** The four charts of the idea page, fed by the same underwrite() call as the numbers above them. */
export function ResultsCharts({ result, tornado }: { result: UnderwriteResult; tornado: SensitivityResult }) {
  return (
    <section aria-labelledby="charts-heading" className="space-y-6">
      <h2 id="charts-heading" className="sr-only">
        Charts: base case and stress case
      </h2>
      <CumulativeProfitChart base={result.base} stress={result.stress} />
      <MonthlyProfitChart base={result.base} stress={result.stress} />
      <PerSaleChart base={result.base} stress={result.stress} />
      <SensitivityChart result={tornado} />
    </section>
  );
}
