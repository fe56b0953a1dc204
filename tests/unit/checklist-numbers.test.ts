import { describe, expect, it } from 'vitest';
import {
  applyChecklistNumbersSchema,
  applyNumbers,
  checklistNumbersFormSchema,
  isApplied,
  numberApplications,
} from '@/lib/ideas/checklist-numbers';
import { ideaInputSchema, type IdeaInput } from '@/lib/ideas/schema';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';

const ideaId = '00000000-0000-4000-8000-000000000001';
const errorsOf = (input: unknown) => {
  const parsed = checklistNumbersFormSchema.safeParse(input);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[issue.path.length - 1]), issue.message]));
};
const recordedAt = new Date('2026-03-04T21:30:00Z');
const demandTest = { item: 5, test: { kind: 'presale' as const, visitors: 300, signUps: 12 }, confirmed: null, recordedAt };
const idea: IdeaInput = { ...DEMO_IDEAS[0]!.input, evidence: {} };

describe('recording a task’s numbers', () => {
  it('reads item 5’s demand test as the worksheet reads numbers', () => {
    expect(checklistNumbersFormSchema.parse({ ideaId, item: 5, kind: 'presale', visitors: '3k', signUps: ' 45 ' })).toEqual({
      ideaId,
      item: 5,
      test: { kind: 'presale', visitors: 3000, signUps: 45 },
    });
  });

  it('refuses a test that cannot be, each reason under its field', () => {
    expect(errorsOf({ ideaId, item: 5, kind: 'presale', visitors: '300', signUps: '301' })).toEqual({ signUps: 'There cannot be more of them than visitors.' });
    expect(errorsOf({ ideaId, item: 5, kind: 'presale', visitors: '0', signUps: '0' })).toEqual({ visitors: 'Count at least one visitor.' });
    expect(errorsOf({ ideaId, item: 5, kind: 'presale', visitors: '2,5', signUps: '1.5' })).toEqual({
      visitors: 'Use a dot for decimals: 2.5',
      signUps: 'The count must be a whole number.',
    });
    expect(errorsOf({ ideaId, item: 5, kind: 'guess', visitors: '300', signUps: '' })).toEqual({
      kind: 'Say what you counted: pre-sales or waitlist sign-ups.',
      signUps: 'Give how many signed up or paid.',
    });
  });

  it('reads item 1’s confirmed price and fees, fees in percent, any of them left out', () => {
    expect(checklistNumbersFormSchema.parse({ ideaId, item: 1, price: '$29', feeRate: '5.9 %', feePerTransaction: '' })).toEqual({
      ideaId,
      item: 1,
      confirmed: { price: 29, feeRate: expect.closeTo(0.059, 12), feePerTransaction: null },
    });
    expect(errorsOf({ ideaId, item: 1, price: '', feeRate: '120', feePerTransaction: '-1' })).toEqual({
      feeRate: 'Fees must be between 0 % and 100 %.',
      feePerTransaction: 'The fixed fee cannot be negative.',
    });
  });

  it('clears an item’s numbers when every figure is blank, and records none on other items', () => {
    expect(checklistNumbersFormSchema.parse({ ideaId, item: 5, kind: 'presale', visitors: '', signUps: ' ' })).toMatchObject({ test: null });
    expect(checklistNumbersFormSchema.parse({ ideaId, item: 1, price: '', feeRate: '', feePerTransaction: '' })).toMatchObject({ confirmed: null });
    expect(checklistNumbersFormSchema.safeParse({ ideaId, item: 3, visitors: '300' }).success).toBe(false);
    expect(applyChecklistNumbersSchema.safeParse({ ideaId, item: 2, version: 1 }).success).toBe(false);
    expect(applyChecklistNumbersSchema.parse({ ideaId, item: 5, version: '3' })).toEqual({ ideaId, item: 5, version: 3 });
  });
});

describe('applying them', () => {
  it('turns a demand test into a measured conversion, sourced to the task and dated the day it was recorded', () => {
    expect(numberApplications(demandTest)).toEqual([
      {
        field: 'conversionRate',
        value: 0.04,
        measurement: {
          kind: 'measured',
          source: 'Checklist item 5 (start by proving the problem is painful and recurring before spending weeks building): 12 pre-sales from 300 visitors',
          measuredOn: '2026-03-04',
          value: 0.04,
        },
      },
    ]);
    const waitlist = numberApplications({ ...demandTest, test: { kind: 'waitlist', visitors: 301, signUps: 7 } })[0]!;
    // Eight decimals, as the column keeps it: the worksheet and the mark hold one number.
    expect(waitlist.value).toBe(0.02325581);
    expect(waitlist.measurement.source).toMatch(/7 waitlist sign-ups from 301 visitors$/);
  });

  it('sets each confirmed figure of item 1 and only those', () => {
    const applications = numberApplications({ item: 1, test: null, confirmed: { price: 39, feeRate: null, feePerTransaction: 0.3 }, recordedAt });
    expect(applications.map((a) => [a.field, a.value])).toEqual([
      ['price', 39],
      ['feePerTransaction', 0.3],
    ]);
    expect(numberApplications({ item: 1, test: null, confirmed: null, recordedAt: null })).toEqual([]);
  });

  it('sets the input, marks it measured and widens a range that no longer holds it; then there is nothing left to apply', () => {
    const ranged: IdeaInput = { ...idea, conversionRate: 0.02, ranges: { conversionRate: { low: 0.01, high: 0.03 }, price: { low: 30, high: 45 } } };
    const applications = numberApplications(demandTest);
    expect(isApplied(applications, ranged)).toBe(false);
    const applied = applyNumbers(ranged, applications);
    expect(applied.conversionRate).toBe(0.04);
    expect(applied.evidence?.conversionRate).toEqual(applications[0]!.measurement);
    expect(applied.ranges).toEqual({ conversionRate: { low: 0.01, high: 0.04 }, price: { low: 30, high: 45 } });
    expect(ideaInputSchema.safeParse(applied).success).toBe(true);
    expect(isApplied(applications, applied)).toBe(true);
    // The idea it started from is untouched.
    expect(ranged.conversionRate).toBe(0.02);
    expect(ranged.evidence).toEqual({});
  });
});
