import { describe, expect, it } from 'vitest';
import type { EvidenceMap } from '@/lib/ideas/evidence';
import { actualRates, MIN_MEASURED_WEEKS } from '@/lib/results/actual-rates';
import { actualMeasurements, calibratedCase, measuredValues, replacementWords, type ActualMeasurement } from '@/lib/results/calibrated';
import { verdictThatCounts } from '@/lib/results/verdict-that-counts';
import { assumptionsSchema, underwrite } from '@/lib/underwrite';
import { week } from '@/tests/support/actual-weeks';
import { TEMPLATE } from '@/tests/support/fixtures';

const base = assumptionsSchema.parse(TEMPLATE);
const mark = (value: number, measuredOn = '2026-03-03') => ({ kind: 'measured', source: 'pre-sale page', measuredOn, value }) as const;
const rate = (field: ActualMeasurement['field'], value: number, weeks = 3, through = '2026-03-22'): ActualMeasurement => ({ field, value, weeks, through });

describe('the measured values', () => {
  it('come from measured marks only: guesses and benchmarks measure nothing', () => {
    const evidence: EvidenceMap = { conversionRate: mark(0.012), price: { kind: 'benchmark', source: 'a peer’s shop' } };
    expect(measuredValues(evidence)).toEqual([
      { field: 'conversionRate', value: 0.012, origin: 'evidence', source: 'pre-sale page', measuredOn: '2026-03-03' },
    ]);
  });

  it('take what the actuals measured, named by the weeks they rest on', () => {
    expect(measuredValues({}, [rate('refundRate', 0.08, 2)])).toEqual([
      { field: 'refundRate', value: 0.08, origin: 'actuals', source: '2 weeks of actuals', measuredOn: '2026-03-22' },
    ]);
  });

  it('keep the more recent of a mark and the actuals, the actuals on a tie', () => {
    const older = measuredValues({ conversionRate: mark(0.03, '2026-03-01') }, [rate('conversionRate', 0.01)]);
    expect(older).toMatchObject([{ origin: 'actuals', value: 0.01 }]);
    const newer = measuredValues({ conversionRate: mark(0.03, '2026-03-30') }, [rate('conversionRate', 0.01)]);
    expect(newer).toMatchObject([{ origin: 'evidence', value: 0.03 }]);
    const tie = measuredValues({ conversionRate: mark(0.03, '2026-03-22') }, [rate('conversionRate', 0.01)]);
    expect(tie).toMatchObject([{ origin: 'actuals', value: 0.01 }]);
  });

  it('leave out a rate its field cannot hold rather than bend it into range', () => {
    // More sales than counted visitors: a patchy log, not a 140 % conversion.
    expect(measuredValues({}, [rate('conversionRate', 1.4)])).toEqual([]);
  });
});

describe('what the logged weeks measure', () => {
  // The template sells once at $29 and plans 4 hours of upkeep a month.
  const weeks = [
    week('2026-03-02', { visitors: 700, sales: 7, refunds: 1, revenue: 203, refundedAmount: 20, hoursSpent: 3 }),
    week('2026-03-09', { visitors: 800, sales: 5, refunds: 0, revenue: 145, refundedAmount: 0, hoursSpent: 2 }),
  ];

  it(`measures conversion, the refunded share and the support a sale takes, from ${MIN_MEASURED_WEEKS} weeks on`, () => {
    const upkeep = (4 * 2) / (365.25 / 12 / 7);
    expect(actualMeasurements(actualRates(weeks), base)).toEqual([
      { field: 'conversionRate', value: 12 / 1500, weeks: 2, through: '2026-03-15' },
      { field: 'refundRate', value: 20 / 348, weeks: 2, through: '2026-03-15' },
      { field: 'supportMinutesPerCustomer', value: expect.closeTo(((5 - upkeep) / 12) * 60, 9), weeks: 2, through: '2026-03-15' },
    ]);
    // One week is an anecdote: nothing replaces a guess.
    expect(actualMeasurements(actualRates(weeks.slice(0, 1)), base)).toEqual([]);
    expect(actualMeasurements(actualRates([]), base)).toEqual([]);
  });

  it('counts refunds by number where no amounts were logged, and never support below zero or for a subscription', () => {
    const counts = weeks.map((w) => ({ ...w, revenue: null, refundedAmount: null, hoursSpent: 0.5 }));
    const measured = actualMeasurements(actualRates(counts), base);
    expect(measured.find((m) => m.field === 'refundRate')?.value).toBe(1 / 12);
    // Less logged than the planned upkeep: support takes no time, not negative time.
    expect(measured.find((m) => m.field === 'supportMinutesPerCustomer')?.value).toBe(0);
    const subscription = { ...base, pricingModel: 'subscription' as const, churnRate: 0.05 };
    expect(actualMeasurements(actualRates(weeks), subscription).map((m) => m.field)).toEqual(['conversionRate', 'refundRate']);
  });

  it('feeds the calibrated case: a worse real conversion lowers the net result', () => {
    const calibrated = calibratedCase(base, measuredValues({}, actualMeasurements(actualRates(weeks), base)))!;
    expect(calibrated.assumptions.conversionRate).toBe(0.008);
    expect(calibrated.replaced.map((r) => r.source)).toEqual(['2 weeks of actuals', '2 weeks of actuals', '2 weeks of actuals']);
  });
});

describe('the calibrated case', () => {
  it('does not exist without a measurement that differs from the worksheet', () => {
    expect(calibratedCase(base, [])).toBeNull();
    expect(calibratedCase(base, measuredValues({ conversionRate: mark(base.conversionRate) }))).toBeNull();
    // A value that differs only by the column's rounding is the same number.
    expect(calibratedCase(base, measuredValues({ conversionRate: mark(base.conversionRate + 1e-12) }))).toBeNull();
  });

  it('replaces each measured input and nothing else, and says what it replaced', () => {
    const measured = measuredValues({ conversionRate: mark(0.012) }, [rate('refundRate', 0.09)]);
    const calibrated = calibratedCase(base, measured)!;
    expect(calibrated.assumptions).toEqual({ ...base, conversionRate: 0.012, refundRate: 0.09 });
    expect(calibrated.replaced).toEqual([
      { field: 'conversionRate', from: 0.02, value: 0.012, origin: 'evidence', source: 'pre-sale page', measuredOn: '2026-03-03' },
      { field: 'refundRate', from: 0.04, value: 0.09, origin: 'actuals', source: '3 weeks of actuals', measuredOn: '2026-03-22' },
    ]);
    // The worksheet itself is untouched.
    expect(base.conversionRate).toBe(0.02);
  });

  it('is a scenario the engine runs like any worksheet: lower measured conversion, lower net result', () => {
    const calibrated = calibratedCase(base, measuredValues({ conversionRate: mark(0.012) }))!;
    const guessed = underwrite(base).base.netResult;
    const real = underwrite(calibrated.assumptions).base.netResult;
    expect(real).toBeLessThan(guessed);
    // Net result is affine in conversion: the drop is 40 % of the conversion-driven part.
    const none = underwrite({ ...base, conversionRate: 0 }).base.netResult;
    expect(real - none).toBeCloseTo((guessed - none) * 0.6, 6);
  });
});

describe('the verdict that counts', () => {
  it('is the calibrated case’s where there is one, and says when it overrules the base case', () => {
    expect(verdictThatCounts('robust', null)).toEqual({ level: 'robust', overruled: false });
    expect(verdictThatCounts('robust', 'robust')).toEqual({ level: 'robust', overruled: false });
    expect(verdictThatCounts('robust', 'fail')).toEqual({ level: 'fail', overruled: true });
    expect(verdictThatCounts('fail', 'fragile')).toEqual({ level: 'fragile', overruled: true });
  });
});

describe('the replacements in words', () => {
  it('say each input from → to in its unit, to a hundredth of a percent, with where and when it was measured', () => {
    const calibrated = calibratedCase(base, measuredValues({ conversionRate: mark(0.012) }, [rate('refundRate', 2 / 9)]))!;
    expect(replacementWords(calibrated.replaced, 'one_time')).toEqual([
      'Conversion rate 2 % → 1.2 % of visitors (pre-sale page, Mar 3, 2026)',
      'Refunds 4 % → 22.22 % of gross (3 weeks of actuals, Mar 22, 2026)',
    ]);
  });
});
