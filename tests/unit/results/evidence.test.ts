import { describe, expect, it } from 'vitest';
import type { EvidenceMap } from '@/lib/ideas/evidence';
import { evidenceScore, evidenceWords, HOW_TO_MEASURE, MEASURE_NEXT_COUNT, MOSTLY_GUESSES_BELOW } from '@/lib/results/evidence';
import { sensitivity, type AssumptionsInput } from '@/lib/underwrite';
import { TEMPLATE } from '@/tests/support/fixtures';

const measured = (value: number) => ({ kind: 'measured', source: 'pre-sale page', measuredOn: '2026-03-03', value }) as const;
const benchmark = { kind: 'benchmark', source: 'Gumroad pricing page' } as const;

const tornado = sensitivity(TEMPLATE);
const swingOf = (field: string) => tornado.rows.find((row) => row.field === field)!.swing;
const totalSwing = tornado.rows.reduce((sum, row) => sum + row.swing, 0);

describe('the evidence score', () => {
  it('is 0 % with nothing measured (a product type’s defaults are guesses), and says so', () => {
    const score = evidenceScore(tornado, {}, 'one_time');
    expect(score.score).toBe(0);
    expect(score.benchmarkShare).toBe(0);
    expect(score.mostlyGuesses).toBe(true);
    expect(score.rows.every((row) => row.kind === 'guessed')).toBe(true);
    expect(score.worked).toContain('No input that moves the result is measured yet');
  });

  it('is the measured inputs’ swings over all the swings of sensitivity()', () => {
    const evidence: EvidenceMap = { conversionRate: measured(0.02), price: measured(29) };
    const score = evidenceScore(tornado, evidence, 'one_time');
    expect(score.score).toBeCloseTo((swingOf('conversionRate') + swingOf('price')) / totalSwing, 12);
    expect(score.rows.reduce((sum, row) => sum + row.share, 0)).toBeCloseTo(1, 12);
    expect(score.worked).toContain('(Price, Conversion rate)');
  });

  it('weighs inputs by how much they move the result: traffic and conversion move it alike', () => {
    // Customers are visitors × conversion, so ±20 % of either is the same swing.
    const score = evidenceScore(tornado, { conversionRate: measured(0.02), monthlyVisitors: benchmark }, 'one_time');
    expect(score.score).toBeGreaterThan(0);
    expect(score.benchmarkShare).toBeCloseTo(score.score!, 9);
  });

  it('counts a benchmark apart from a measurement: someone else’s number is not the founder’s own', () => {
    const score = evidenceScore(tornado, { conversionRate: benchmark }, 'one_time');
    expect(score.score).toBe(0);
    expect(score.benchmarkShare).toBeCloseTo(swingOf('conversionRate') / totalSwing, 12);
  });

  it('calls it mostly guesses exactly while the score is under MOSTLY_GUESSES_BELOW', () => {
    // Mark fields measured from the largest swing down: the score climbs past the line on the way.
    const seen = new Set<boolean>();
    const evidence: EvidenceMap = {};
    for (const row of tornado.rows) {
      (evidence as Record<string, unknown>)[row.field] = measured(TEMPLATE[row.field as keyof typeof TEMPLATE] as number);
      const score = evidenceScore(tornado, evidence, 'one_time');
      expect(score.mostlyGuesses).toBe(score.score! < MOSTLY_GUESSES_BELOW);
      seen.add(score.mostlyGuesses);
    }
    expect(seen).toEqual(new Set([true, false]));
    expect(evidenceScore(tornado, evidence, 'one_time').score).toBeCloseTo(1, 12);
  });

  it('has no score when nothing moves the result, and then claims nothing', () => {
    const still: AssumptionsInput = { ...TEMPLATE, monthlyVisitors: 0, adSpendPerMonth: 0, upkeepHoursPerMonth: 0, upfrontHours: 0 };
    const score = evidenceScore(sensitivity(still), {}, 'one_time');
    expect(score.score).toBeNull();
    expect(score.mostlyGuesses).toBe(false);
    expect(score.measureNext).toEqual([]);
  });
});

describe('what to measure next', () => {
  it('lists the unmeasured inputs that move the result most, each with a test to run', () => {
    const next = evidenceScore(tornado, {}, 'one_time').measureNext;
    expect(next).toHaveLength(MEASURE_NEXT_COUNT);
    expect(next.map((row) => row.field)).toEqual(tornado.rows.slice(0, MEASURE_NEXT_COUNT).map((row) => row.field));
    for (const row of next) expect(row.how).toBe(HOW_TO_MEASURE[row.field]);
    expect(HOW_TO_MEASURE.conversionRate).toMatch(/pre-sale page to 300 visitors/);
  });

  it('leaves measured inputs out, and keeps benchmarks in with their mark', () => {
    const first = tornado.rows[0]!.field;
    const second = tornado.rows[1]!.field;
    const next = evidenceScore(tornado, { [first]: measured(1), [second]: benchmark }, 'one_time').measureNext;
    expect(next.map((row) => row.field)).not.toContain(first);
    expect(next[0]).toMatchObject({ field: second, kind: 'benchmark' });
  });
});

describe('a mark in words', () => {
  it('says guessed, the benchmark’s source, or the measured value with its day and source', () => {
    expect(evidenceWords(undefined, 'price', 'one_time')).toBe('guessed');
    expect(evidenceWords(benchmark, 'feeRate', 'one_time')).toBe('benchmark: Gumroad pricing page');
    expect(evidenceWords(measured(0.04), 'conversionRate', 'one_time')).toBe('measured 4 % of visitors on Mar 3, 2026 (pre-sale page)');
  });
});
