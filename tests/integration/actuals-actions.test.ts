import { describe, expect, it, vi } from 'vitest';
import { deleteActualWeekAction, importActualsAction, saveActualWeekAction } from '@/app/ideas/actuals-actions';
import { inspectCsv, type ColumnMapping } from '@/lib/actuals';
import { FIX_FIELDS_MESSAGE, IDEA_GONE_MESSAGE, idle, IMPORT_FAILED_MESSAGE, WEEK_GONE_MESSAGE } from '@/lib/actions/result';
import { listActualWeeks, listImportMappings, saveActualWeek } from '@/lib/ideas/actuals';
import { IMPORT_MAX_BYTES } from '@/lib/ideas/actuals-schema';
import { createIdea } from '@/lib/ideas/data';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';
import { week } from '../support/actual-weeks';
import { readSample } from '../support/shared-data';
import { createOwner, withSql } from './support';

// The actions run outside Next.js here: who is asking is whoever the test
// says, and revalidation is recorded instead of performed.
const acting = vi.hoisted(() => ({ owner: 'nobody' }));
vi.mock('@/lib/auth/session', () => ({ currentOwnerId: async () => acting.owner }));
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock('next/cache', () => ({ revalidatePath }));

const newIdea = async (owner: string) => (await createIdea(owner, DEMO_IDEAS[0]!.input)).id;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const detected = (text: string): ColumnMapping => {
  const inspected = inspectCsv(text);
  if (!inspected.ok || !inspected.detected) throw new Error('The file was not recognised.');
  return inspected.detected.mapping;
};

const importForm = (ideaId: string, name: string, text: string, mapping: ColumnMapping = detected(text)) =>
  form({ ideaId, name, text, mapping: JSON.stringify(mapping) });

/** A payments export of 40 rows from Monday 2026-09-07, one a day, every tenth row broken in its own way. */
function paymentsWithTenPercentBad(): { text: string; goodDays: number[] } {
  const lines = ['id,Created (UTC),Amount,Amount Refunded,Currency,Fee,Status'];
  const broken = [',29.00', '2026-09-31 10:00,29.00', '2026-10-05 10:00,twenty', '2026-10-15 10:00,-29.00'];
  const goodDays: number[] = [];
  for (let day = 0; day < 40; day++) {
    const date = new Date(Date.UTC(2026, 8, 7 + day)).toISOString().slice(0, 10);
    if (day % 10 === 9) lines.push(`ch_${day},${broken[(day - 9) / 10]},0.00,usd,1.14,Paid`);
    else {
      lines.push(`ch_${day},${date} 10:00,29.00,0.00,usd,1.14,Paid`);
      goodDays.push(day);
    }
  }
  return { text: lines.join('\n'), goodDays };
}

describe('saveActualWeekAction', () => {
  it('stores a week from the form, any day standing for its Monday, blanks not logged', async () => {
    acting.owner = await createOwner();
    const ideaId = await newIdea(acting.owner);
    const result = await saveActualWeekAction(idle, form({ ideaId, weekStart: '2026-09-10', visitors: '1,200', sales: '14', refunds: '', revenue: '$406', hoursSpent: '6.5' }));
    expect(result).toMatchObject({ ok: true, message: 'Week of Sep 7, 2026 saved.', saved: { weekStart: '2026-09-07' } });
    expect(await listActualWeeks(acting.owner, ideaId)).toEqual([week('2026-09-07', { visitors: 1200, sales: 14, revenue: 406, hoursSpent: 6.5 })]);
    expect(revalidatePath).toHaveBeenCalledWith(`/ideas/${ideaId}`);
    expect(revalidatePath).toHaveBeenCalledWith(`/ideas/${ideaId}/actuals`);
  });

  it('refuses bad figures field by field, in words, and gives back what was typed', async () => {
    acting.owner = await createOwner();
    const ideaId = await newIdea(acting.owner);
    const typed = { weekStart: '2026-02-30', visitors: '3.000', sales: '-2', refunds: '1.5', revenue: '12,50', hoursSpent: '200' };
    const result = await saveActualWeekAction(idle, form({ ideaId, ...typed }));
    expect(result.ok).toBe(false);
    expect(result.message).toBe(FIX_FIELDS_MESSAGE);
    expect(result.values).toMatchObject(typed);
    expect(result.fieldErrors).toEqual({
      weekStart: ['Give the week as a date, e.g. 2026-09-07.'],
      visitors: ['Did you mean 3000? Type thousands without dots, or use a dot only for decimals.'],
      sales: ['Sales cannot be negative.'],
      refunds: ['Refunds must be a whole number.'],
      revenue: ['Use a dot for decimals: 12.50'],
      hoursSpent: ['A week has at most 168 hours.'],
    });
    expect(await listActualWeeks(acting.owner, ideaId)).toEqual([]);
  });
});

describe('the owner filter on actuals actions', () => {
  it('lets nobody but the owner save, delete or import weeks of an idea', async () => {
    const alice = await createOwner();
    const ideaId = await newIdea(alice);
    await saveActualWeek(alice, ideaId, week('2026-09-07', { sales: 3 }));

    acting.owner = await createOwner();
    revalidatePath.mockClear();
    const save = await saveActualWeekAction(idle, form({ ideaId, weekStart: '2026-09-07', sales: '99' }));
    expect(save).toMatchObject({ ok: false, message: IDEA_GONE_MESSAGE });
    expect(await deleteActualWeekAction({ ideaId, weekStart: '2026-09-07' })).toMatchObject({ ok: false, message: WEEK_GONE_MESSAGE });
    const text = readSample('analytics-daily.csv');
    expect(await importActualsAction(idle, importForm(ideaId, 'analytics-daily.csv', text))).toMatchObject({ ok: false, message: IDEA_GONE_MESSAGE });
    expect(revalidatePath).not.toHaveBeenCalled();

    expect(await listActualWeeks(alice, ideaId)).toEqual([week('2026-09-07', { sales: 3 })]);
    expect(await listImportMappings(alice, ideaId)).toEqual([]);

    acting.owner = alice;
    expect(await deleteActualWeekAction({ ideaId, weekStart: '2026-09-07' })).toMatchObject({ ok: true, message: 'Week of Sep 7, 2026 deleted.' });
    expect(await listActualWeeks(alice, ideaId)).toEqual([]);
  });

  it('refuses a malformed delete in words', async () => {
    acting.owner = await createOwner();
    const ideaId = await newIdea(acting.owner);
    expect(await deleteActualWeekAction({ ideaId, weekStart: '2026-09-08' })).toMatchObject({ ok: false, message: 'A week starts on a Monday: pick that week’s Monday.' });
    expect(await deleteActualWeekAction({ ideaId: 'nope', weekStart: '2026-09-07' })).toMatchObject({ ok: false, message: IDEA_GONE_MESSAGE });
  });
});

describe('importActualsAction', () => {
  it('stores exactly the good rows of a CSV with 10 % bad rows after confirmation, and remembers the mapping', async () => {
    acting.owner = await createOwner();
    const ideaId = await newIdea(acting.owner);
    const { text, goodDays } = paymentsWithTenPercentBad();
    expect(goodDays).toHaveLength(36);

    const result = await importActualsAction(idle, importForm(ideaId, 'payments.csv', text));
    expect(result).toMatchObject({ ok: true, saved: { stored: 6, firstWeek: '2026-09-07', lastWeek: '2026-10-12' } });
    expect(result.message).toBe('Imported 6 weeks, from the week of Sep 7, 2026 to the week of Oct 12, 2026.');

    const stored = (await listActualWeeks(acting.owner, ideaId))!;
    expect(stored.reduce((sum, w) => sum + w.sales!, 0)).toBe(36);
    expect(stored.reduce((sum, w) => sum + w.revenue!, 0)).toBeCloseTo(36 * 29, 6);
    // Week by week: each good day is one $29 sale in its week.
    const perWeek = new Map<string, number>();
    for (const day of goodDays) {
      const monday = new Date(Date.UTC(2026, 8, 7 + day - (day % 7))).toISOString().slice(0, 10);
      perWeek.set(monday, (perWeek.get(monday) ?? 0) + 1);
    }
    expect(Object.fromEntries(stored.map((w) => [w.weekStart, w.sales]))).toEqual(Object.fromEntries(perWeek));
    // A payments file says nothing of visitors or hours.
    expect(stored.every((w) => w.visitors === null && w.hoursSpent === null)).toBe(true);
    expect(await listImportMappings(acting.owner, ideaId)).toEqual([detected(text)]);
  });

  it('gives expected-weekly.json from the analytics and Stripe samples, imported one after the other, keeping hand-logged hours', async () => {
    acting.owner = await createOwner();
    const ideaId = await newIdea(acting.owner);
    await saveActualWeek(acting.owner, ideaId, week('2026-09-14', { hoursSpent: 5 }));
    for (const name of ['analytics-daily.csv', 'stripe-payments.csv']) {
      const result = await importActualsAction(idle, importForm(ideaId, name, readSample(name)));
      expect(result.ok, result.message ?? '').toBe(true);
    }
    const expected = JSON.parse(readSample('expected-weekly.json')) as { weeks: object[] };
    const stored = (await listActualWeeks(acting.owner, ideaId))!;
    expect(stored.map(({ hoursSpent: _, ...figures }) => figures)).toEqual(expected.weeks);
    expect(stored[1]!.hoursSpent).toBe(5);
    expect(await listImportMappings(acting.owner, ideaId)).toHaveLength(2);
    // The same export again: the same mapping, remembered once and used most recently.
    await importActualsAction(idle, importForm(ideaId, 'analytics-daily.csv', readSample('analytics-daily.csv')));
    const remembered = (await listImportMappings(acting.owner, ideaId))!;
    expect(remembered.map((m) => m.kind)).toEqual(['totals', 'payments']);
  });

  it('stores none of the weeks when the database refuses one of them part-way', async () => {
    acting.owner = await createOwner();
    const ideaId = await newIdea(acting.owner);
    await saveActualWeek(acting.owner, ideaId, week('2026-09-07', { visitors: 1, hoursSpent: 4 }));
    // A real refusal, from PostgreSQL itself: the fifth week of this idea's import is rejected by a trigger.
    await withSql(async (sql) => {
      await sql.query(`CREATE OR REPLACE FUNCTION refuse_week_in_test() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION 'refused by the test' USING ERRCODE = 'check_violation'; END $$ LANGUAGE plpgsql`);
      await sql.query(`CREATE TRIGGER refuse_week_in_test BEFORE INSERT OR UPDATE ON actual_weeks FOR EACH ROW
        WHEN (NEW.idea_id = '${ideaId}' AND NEW.week_start = DATE '2026-10-05') EXECUTE FUNCTION refuse_week_in_test()`);
    });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const result = await importActualsAction(idle, importForm(ideaId, 'analytics-daily.csv', readSample('analytics-daily.csv')));
      expect(result).toMatchObject({ ok: false, message: IMPORT_FAILED_MESSAGE });
      expect(String(errors.mock.calls[0]?.[1])).toMatch(/refused by the test/);
    } finally {
      errors.mockRestore();
      await withSql((sql) => sql.query('DROP TRIGGER refuse_week_in_test ON actual_weeks; DROP FUNCTION refuse_week_in_test()'));
    }
    // The four weeks before the refused one were written in the transaction, and rolled back with it.
    expect(await listActualWeeks(acting.owner, ideaId)).toEqual([week('2026-09-07', { visitors: 1, hoursSpent: 4 })]);
    expect(await listImportMappings(acting.owner, ideaId)).toEqual([]);
  });

  it('refuses in words a file over the size limit, an empty one, a mapping that does not fit, and a file with no good row', async () => {
    acting.owner = await createOwner();
    const ideaId = await newIdea(acting.owner);
    const text = readSample('analytics-daily.csv');
    const mapping = detected(text);
    const huge = `${text}\n${'2026-09-07,1\n'.repeat(Math.ceil(IMPORT_MAX_BYTES / 13))}`;
    expect((await importActualsAction(idle, importForm(ideaId, 'big.csv', huge, mapping))).message).toMatch(
      /^This file is \d+(\.\d)? kB, and one import takes at most 750 kB\. Export a shorter period/,
    );
    expect((await importActualsAction(idle, importForm(ideaId, '', ' \n', mapping))).message).toBe('Choose a file or paste its text first.');
    expect((await importActualsAction(idle, importForm(ideaId, 'a.csv', 'day,users\n2026-09-07,4', mapping))).message).toBe(
      'This file has no column "date". Check the column mapping. This file has no column "visitors". Check the column mapping.',
    );
    expect((await importActualsAction(idle, importForm(ideaId, 'a.csv', 'date,visitors\nsoon,4', mapping))).message).toBe(
      'No row of this file can be imported: see the reasons in the preview.',
    );
    expect((await importActualsAction(idle, form({ ideaId, name: 'a.csv', text, mapping: '{"kind":"payments"' }))).message).toBe('Choose which column holds what.');
    expect(await listActualWeeks(acting.owner, ideaId)).toEqual([]);
  });
});
