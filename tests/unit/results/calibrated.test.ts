import { describe, expect, it } from 'vitest';
import type { EvidenceMap } from '@/lib/ideas/evidence';
import { calibratedCase, measuredValues, MIN_ACTUAL_WEEKS, verdictThatCounts, type ActualRate } from '@/lib/results/calibrated';
import { assumptionsSchema, underwrite } from '@/lib/underwrite';
import { TEMPLATE } from '@/tests/support/fixtures';

const base = assumptionsSchema.parse(TEMPLATE);
const mark = (value: number, measuredOn = '2026-03-03') => ({ kind: 'measured', source: 'pre-sale page', measuredOn, value }) as const;
const rate = (field: ActualRate['field'], value: number, weeks = 3, through = '2026-03-22'): ActualRate => ({ field, value, weeks, through });

describe('the measured values', () => {
  it('come from measured marks only: guesses and benchmarks measure nothing', () => {
    const evidence: EvidenceMap = { conversionRate: mark(0.012), price: { kind: 'benchmark', source: 'a peer’s shop' } };
    expect(measuredValues(evidence)).toEqual([
      { field: 'conversionRate', value: 0.012, origin: 'evidence', source: 'pre-sale page', measuredOn: '2026-03-03' },
    ]);
  });

  it(`take actuals from ${MIN_ACTUAL_WEEKS} weeks on: one week is an anecdote`, () => {
    expect(measuredValues({}, [rate('refundRate', 0.08, 1)])).toEqual([]);
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
