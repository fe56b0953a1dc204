import type { AssumptionsInput } from '@/lib/underwrite';
import { parseRanges } from '@/lib/underwrite/ranges';
import { chanceOfPayback, drawInputs, runTrialLoop, runTrials, simulate } from '@/lib/underwrite/simulate';
import { parseAssumptions } from '@/lib/underwrite/validate';
import { ALL_TWELVE, HYBRID_TEMPLATE } from '../support/fixtures';
import { naiveSimulate } from '../support/naive-simulate';
import type { Section } from './harness';

const template = HYBRID_TEMPLATE;
const subscription = { ...template, pricingModel: 'subscription' } satisfies AssumptionsInput;
const parsed = parseAssumptions(template);
const fields = parseRanges(ALL_TWELVE, parsed);
const drawn = drawInputs(parsed, fields, 10_000, 1);

export const simulateSection: Section = {
  title: 'Simulate',
  description:
    '`simulate()` with 10,000 trials over 24 months and all 12 contract fields ranged, bands and drivers included; ' +
    'the draws alone, the trial loop alone (on drawn inputs) and both (no summary); and the naive version (an object per row, a full `underwrite()` ' +
    'per trial, `sort()` for every percentile). Targets: simulate <= 15 ms median, trial loop <= 5 ms, naive / simulate >= 35.',
  options: { warmupMs: 1500, samples: 40 },
  cases: [
    { name: 'simulate() one_time, 10,000 trials, 12 ranges', fn: () => simulate(template, ALL_TWELVE).netResult.p50 },
    { name: 'simulate() subscription, 10,000 trials, 12 ranges', fn: () => simulate(subscription, ALL_TWELVE).netResult.p50 },
    { name: 'draws alone (12 fields × 10,000 trials)', fn: () => drawInputs(parsed, fields, 10_000, 1).columns.length },
    { name: 'trial loop alone (one_time, inputs drawn)', fn: () => runTrialLoop(parsed, drawn).sum },
    { name: 'draws and trial loop (one_time)', fn: () => runTrials(parsed, fields, 10_000, 1).sum },
    { name: 'chanceOfPayback() (the home list, per idea)', fn: () => chanceOfPayback(template, ALL_TWELVE) },
    { name: 'naive version (one_time)', fn: () => naiveSimulate(parsed, ALL_TWELVE).netResult.p50 },
  ],
};
