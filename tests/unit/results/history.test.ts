import { describe, expect, it } from 'vitest';
import { outputsOf, snapshotOf, type IdeaVersion, type VersionSnapshot } from '@/lib/ideas/version-schema';
import { fromTo, historyEntries, historySeries, inputChanges, outcomeChanges } from '@/lib/results/history';
import { DEFAULT_STRESS } from '@/lib/underwrite';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';

/* The history page's words: what changed between two versions, and how the verdict and the net results moved. */

const [robust, fragile] = DEMO_IDEAS;
const snapshot = (overrides: Partial<VersionSnapshot> = {}): VersionSnapshot => snapshotOf({ ...robust!.input, stress: DEFAULT_STRESS, ...overrides });

const version = (number: number, kind: IdeaVersion['kind'], snap: VersionSnapshot, restoredFrom: number | null = null): IdeaVersion => ({
  number,
  kind,
  restoredFrom,
  createdAt: new Date(Date.UTC(2026, 2, number)),
  snapshot: snap,
  outputs: outputsOf(snap),
  outputsComputedLater: false,
});

describe('what changed between two versions', () => {
  it('says each changed input from → to in its unit, the shared words once', () => {
    const before = snapshot();
    expect(inputChanges(before, { ...before, conversionRate: 0.012, price: 49, monthlyVisitors: 4000 })).toEqual([
      'Price $39.00 → $49.00 per sale',
      'Visitors in month 1 3,000 → 4,000 visitors / month',
      'Conversion rate 2.5 % → 1.2 % of visitors',
    ]);
  });

  it('names ranges added, changed and removed', () => {
    const before = snapshot({ ranges: { conversionRate: { low: 0.01, high: 0.03 }, price: { low: 29, high: 49 } } });
    const after = { ...before, ranges: { conversionRate: { low: 0.005, high: 0.03 }, refundRate: { low: 0.01, high: 0.1 } } };
    expect(inputChanges(before, after)).toEqual([
      'Price range $29.00 to $49.00 per sale → no range',
      'Conversion rate range 1 % to 3 % → 0.5 % to 3 % of visitors',
      'Refunds range no range → 1 % to 10 % of gross',
    ]);
  });

  it('names the stress levers moved, with enough decimals to tell them apart, and not churn on a one-time sale', () => {
    const before = snapshot();
    const after = { ...before, stress: { ...DEFAULT_STRESS, trafficChange: -0.6, growthRateAdd: -0.025, churnRateAdd: 0.1, buildOverrun: 0.505 } };
    expect(inputChanges(before, after)).toEqual(['Stress: traffic −40 % → −60 %', 'Stress: growth −2 pts → −2.5 pts', 'Stress: build overrun +50 % → +50.5 %']);
    const subscription = snapshot({ pricingModel: 'subscription', churnRate: 0.05 });
    expect(inputChanges(subscription, { ...subscription, stress: { ...DEFAULT_STRESS, churnRateAdd: 0.1 } })).toEqual(['Stress: churn +3 pts → +10 pts']);
  });

  it('quotes a renamed idea and a rewritten problem, and finds nothing in an identical version', () => {
    const before = snapshot({ problem: '' });
    expect(inputChanges(before, { ...before, name: 'Renamed', problem: 'Slow onboarding' })).toEqual([
      `Name “${robust!.input.name}” → “Renamed”`,
      'Problem empty → “Slow onboarding”',
    ]);
    expect(inputChanges(before, { ...before })).toEqual([]);
  });

  it('keeps a percent sign on both sides and drops only words both sides share', () => {
    expect(fromTo('2 % of visitors', '1.2 % of visitors')).toBe('2 % → 1.2 % of visitors');
    expect(fromTo('$39.00 per sale', '$49.00 / month')).toBe('$39.00 per sale → $49.00 / month');
    expect(fromTo('24 months', '36 months')).toBe('24 → 36 months');
    expect(fromTo('no range', '1 % to 3 % of visitors')).toBe('no range → 1 % to 3 % of visitors');
  });
});

describe('how the verdict and the net results moved', () => {
  it('says the verdict, both net results and the paybacks that moved, with the true minus sign', () => {
    const good = outputsOf(snapshotOf({ ...robust!.input, stress: DEFAULT_STRESS }));
    const bad = outputsOf(snapshotOf({ ...robust!.input, conversionRate: 0.001, stress: DEFAULT_STRESS }));
    expect(bad.verdict).toBe('fail');
    const lines = outcomeChanges(good, bad);
    expect(lines[0]).toBe('Verdict Robust → Fail');
    expect(lines[1]).toMatch(/^Net result \(base\) \$[\d,]+ → −\$[\d,]+$/);
    expect(lines[2]).toMatch(/^Net result \(stress\) −?\$[\d,]+ → −\$[\d,]+$/);
    expect(lines).toContain(`Payback (base) month ${good.base.paybackMonth} → not within 24 months`);
    expect(lines.join(' ')).not.toContain('-$');
  });

  it('says nothing when nothing moved', () => {
    const outputs = outputsOf(snapshot());
    expect(outcomeChanges(outputs, { ...outputs })).toEqual([]);
  });
});

describe('the history list and chart', () => {
  it('compares each version with the one before, names restores, and lets only older versions be restored', () => {
    const first = snapshot();
    const second = { ...first, conversionRate: 0.001 };
    const versions = [version(3, 'restore', first, 1), version(2, 'worksheet', second), version(1, 'created', first)];
    const entries = historyEntries(versions);
    expect(entries.map((e) => [e.number, e.heading, e.restorable])).toEqual([
      [3, 'Version 1 restored', false],
      [2, 'Worksheet saved', true],
      [1, 'Idea created', true],
    ]);
    expect(entries[1]!.changes).toEqual(['Conversion rate 2.5 % → 0.1 % of visitors']);
    expect(entries[1]!.moves[0]).toBe('Verdict Robust → Fail');
    expect(entries[0]!.changes).toEqual(['Conversion rate 0.1 % → 2.5 % of visitors']);
    expect(entries[0]!.moves[0]).toBe('Verdict Fail → Robust');
    expect(entries[2]).toMatchObject({ changes: [], moves: [], note: 'The first version.' });
  });

  it('says a backfilled first version is where history starts', () => {
    const [entry] = historyEntries([version(1, 'baseline', snapshotOf({ ...fragile!.input, stress: DEFAULT_STRESS }))]);
    expect(entry).toMatchObject({ heading: 'History starts here', restorable: false });
    expect(entry!.note).toMatch(/earlier edits were not kept/);
  });

  it('plots the net results oldest first', () => {
    const first = snapshot();
    const second = { ...first, price: 59 };
    const points = historySeries([version(2, 'worksheet', second), version(1, 'created', first)]);
    expect(points.map((p) => p.number)).toEqual([1, 2]);
    expect(points[1]).toEqual({ number: 2, base: outputsOf(second).base.netResult, stress: outputsOf(second).stress.netResult });
  });
});

describe('what changed in where the numbers come from', () => {
  const measured = { kind: 'measured', source: 'Pre-sale page', measuredOn: '2026-03-03', value: 0.01 } as const;

  it('ends a changed input’s sentence with its mark, and says nothing more of it', () => {
    const before = snapshot({ evidence: {} });
    expect(inputChanges(before, { ...before, conversionRate: 0.01, evidence: { conversionRate: measured } })).toEqual([
      'Conversion rate 2.5 % → 1 % of visitors (measured)',
    ]);
    const benchmark = { feeRate: { kind: 'benchmark', source: 'Gumroad pricing page' } } as const;
    expect(inputChanges(before, { ...before, feeRate: 0.05, evidence: benchmark })).toEqual(['Platform and payment fees 10 % → 5 % of gross (benchmark)']);
  });

  it('says a mark that changed on its own, and one taken back to a guess', () => {
    const before = snapshot({ evidence: { conversionRate: measured } });
    const after = { ...before, evidence: { feeRate: { kind: 'benchmark', source: 'Gumroad pricing page' } } } as const;
    expect(inputChanges(before, after)).toEqual([
      'Conversion rate: measured 1 % of visitors on Mar 3, 2026 (Pre-sale page) → guessed',
      'Platform and payment fees: guessed → benchmark: Gumroad pricing page',
    ]);
  });

  it('compares nothing with a version from before the marks', () => {
    // A row written before the marks existed has no `evidence` at all.
    const old: VersionSnapshot = snapshot();
    delete old.evidence;
    expect(inputChanges(old, { ...old, evidence: {} })).toEqual([]);
  });
});
