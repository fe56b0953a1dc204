import { describe, expect, it } from 'vitest';
import { applyNumbers, numberApplications } from '@/lib/ideas/checklist-numbers';
import type { ChecklistEntry, IdeaInput } from '@/lib/ideas/schema';
import { numbersView } from '@/lib/results/checklist-numbers';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';

/* The checklist's numbers as the idea page words them: recorded, what applying changes, applied. */

const idea = { ...DEMO_IDEAS[0]!.input, conversionRate: 0.025, evidence: {} } satisfies IdeaInput;
const recordedAt = new Date('2026-03-04T10:00:00Z');
const entry = (item: number, numbers: Partial<ChecklistEntry> = {}): ChecklistEntry => ({
  item,
  done: false,
  doneAt: null,
  evidence: '',
  test: null,
  confirmed: null,
  recordedAt: null,
  ...numbers,
});

describe('a task’s numbers on the idea page', () => {
  it('word a demand test and what applying it changes, until it is applied', () => {
    const five = entry(5, { test: { kind: 'waitlist', visitors: 1500, signUps: 30 }, recordedAt });
    expect(numbersView(five, idea, 'one_time')).toEqual({
      item: 5,
      recorded: '30 waitlist sign-ups from 1,500 visitors: 2 % conversion',
      recordedOn: 'Mar 4, 2026',
      changes: ['Conversion rate 2.5 % → 2 % of visitors'],
      applied: false,
      text: { kind: 'waitlist', visitors: '1500', signUps: '30' },
    });
    // The same number as the worksheet's, unmarked: applying only marks it.
    const same = entry(5, { test: { kind: 'presale', visitors: 1200, signUps: 30 }, recordedAt });
    expect(numbersView(same, idea, 'one_time')).toMatchObject({ changes: ['Conversion rate stays 2.5 % of visitors'], applied: false });
    const applied = applyNumbers(idea, numberApplications(five));
    expect(numbersView(five, applied, 'one_time')).toMatchObject({ applied: true });
  });

  it('word only the figures item 1 confirmed, fees in percent, and offer blanks before anything is recorded', () => {
    const one = entry(1, { confirmed: { price: 45, feeRate: 0.059, feePerTransaction: null }, recordedAt });
    expect(numbersView(one, idea, 'one_time')).toMatchObject({
      recorded: 'price $45.00 · fees 5.9 %',
      changes: ['Price $39.00 → $45.00 per sale', 'Platform and payment fees 10 % → 5.9 % of gross'],
      text: { price: '45', feeRate: '5.9', feePerTransaction: '' },
    });
    expect(numbersView(entry(1), idea, 'one_time')).toEqual({
      item: 1,
      recorded: null,
      recordedOn: null,
      changes: [],
      applied: false,
      text: { price: '', feeRate: '', feePerTransaction: '' },
    });
    expect(numbersView(entry(3), idea, 'one_time')).toBeNull();
  });
});
