'use client';

import type { SensitivityResult, UnderwriteResult } from '@/lib/underwrite';

/** The four charts of the idea page (placeholder until the chart components land). */
export function ResultsCharts({ result, tornado }: { result: UnderwriteResult; tornado: SensitivityResult }) {
  void result;
  void tornado;
  return null;
}
