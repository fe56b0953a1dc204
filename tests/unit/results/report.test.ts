import { describe, expect, it } from 'vitest';
import type { ChecklistEntry } from '@/lib/ideas/schema';
import { reportBuildTests, reportChecklist, reportVerdict } from '@/lib/results/report';
import { assumptionsSchema, underwrite } from '@/lib/underwrite';
import { TEMPLATE } from '@/tests/support/fixtures';

const created = new Date('2026-03-01T22:45:00Z');
const on = (iso: string) => new Date(`${iso}T12:00:00Z`);
const entry = (item: number, doneAt: string | null = null): ChecklistEntry =>
  ({ item, done: doneAt !== null, doneAt: doneAt ? on(doneAt) : null, evidence: '' }) as ChecklistEntry;

describe('the report’s checklist', () => {
  it('lists the items in the order of the 30 days, each done or open, with its due date and state in words', () => {
    const items = reportChecklist([entry(1), entry(2), entry(3, '2026-03-10'), entry(4), entry(5, '2026-03-04')], created, on('2026-03-12'));
    expect(items.map((i) => [i.item, i.done, i.due, i.state])).toEqual([
      [5, true, 'Due Mar 6, 2026 · day 6 of 30', { text: 'Done Mar 4, 2026 (day 4)', tone: 'done' }],
      [1, false, 'Due Mar 12, 2026 · day 12 of 30', { text: 'Due today', tone: 'today' }],
      [2, false, 'Due Mar 18, 2026 · day 18 of 30', { text: '6 days left', tone: 'ahead' }],
      [3, true, 'Due Mar 24, 2026 · day 24 of 30', { text: 'Done Mar 10, 2026 (day 10)', tone: 'done' }],
      [4, false, 'Due Mar 30, 2026 · day 30 of 30', { text: '18 days left', tone: 'ahead' }],
    ]);
    expect(reportChecklist([entry(5)], created, on('2026-03-08'))[0]!.state).toEqual({ text: 'Overdue by 2 days', tone: 'late' });
    expect(items[0]!.text).toBe('Start by proving the problem is painful and recurring before spending weeks building.');
  });
});

describe('the report’s build-it-once answers', () => {
  it('gives all four tests in the seed’s order, a missing answer as not yet known', () => {
    const tests = reportBuildTests([{ test: 'compounds', answer: 'yes', note: 'Catalog of 12' }, { test: 'proven_demand', answer: 'no', note: '' }]);
    expect(tests.map((t) => [t.label, t.word, t.note])).toEqual([
      ['Proven demand', 'No', ''],
      ['Sells without you', 'Not yet known', ''],
      ['Low upkeep', 'Not yet known', ''],
      ['Compounds', 'Yes', 'Catalog of 12'],
    ]);
  });
});

describe('the report’s verdict', () => {
  const base = assumptionsSchema.parse(TEMPLATE);
  const result = underwrite(base);
  const unknown = [{ test: 'proven_demand', answer: 'unknown', note: '' }] as const;

  it('is the engine’s, with its reasons and warnings, when nothing is measured', () => {
    const verdict = reportVerdict(result, null, unknown, created, on('2026-03-05'));
    expect(verdict).toEqual({ level: result.verdict.level, overruled: false, guessed: null, reasons: result.verdict.reasons, warnings: result.warnings, gate: null });
  });

  it('is the calibrated case’s when it disagrees, with its reasons and warnings', () => {
    const measured = underwrite({ ...base, conversionRate: 0.002 });
    expect(measured.verdict.level).not.toBe(result.verdict.level);
    const verdict = reportVerdict(result, measured, unknown, created, on('2026-03-05'));
    expect(verdict).toMatchObject({ level: measured.verdict.level, overruled: true, guessed: result.verdict.level, reasons: measured.verdict.reasons });
    expect(verdict.warnings).toEqual(measured.warnings);
  });

  it('carries Stop for a no to proven demand, and Unproven when it is still unknown after day 30', () => {
    expect(reportVerdict(result, null, [{ test: 'proven_demand', answer: 'no', note: '' }], created, on('2026-03-05')).gate).toBe('stop');
    expect(reportVerdict(result, null, unknown, created, on('2026-04-05')).gate).toBe('unproven');
  });
});
