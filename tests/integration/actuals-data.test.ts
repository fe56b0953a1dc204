import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { inspectCsv, previewImport } from '@/lib/actuals';
import { deleteActualWeek, importActualWeeks, listActualWeeks, saveActualWeek } from '@/lib/ideas/actuals';
import { actualWeekSchema } from '@/lib/ideas/actuals-schema';
import { createIdea } from '@/lib/ideas/data';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';
import { week } from '../support/actual-weeks';
import { createOwner } from './support';

/* Weekly actuals in PostgreSQL: through the owner's idea only, and an import stores every good week or nothing. */

const newIdea = async (owner: string) => (await createIdea(owner, DEMO_IDEAS[0]!.input)).id;

async function rowCount(ideaId: string): Promise<number> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    return Number((await client.query('SELECT count(*) AS n FROM actual_weeks WHERE idea_id = $1', [ideaId])).rows[0].n);
  } finally {
    await client.end();
  }
}

describe('weekly actuals data layer', () => {
  it('stores a week exactly, replaces it when saved again, and lists weeks oldest first', async () => {
    const me = await createOwner();
    const idea = await newIdea(me);
    const later = week('2026-09-14', { visitors: 1200, sales: 14, refunds: 1, revenue: 406, refundedAmount: 29, fees: 16.24, hoursSpent: 6.5 });
    expect(await saveActualWeek(me, idea, later)).toEqual({ status: 'ok', saved: null });
    expect(await saveActualWeek(me, idea, week('2026-09-07', { visitors: 900 }))).toEqual({ status: 'ok', saved: null });
    expect(await listActualWeeks(me, idea)).toEqual([week('2026-09-07', { visitors: 900 }), later]);
    await saveActualWeek(me, idea, week('2026-09-07', { visitors: 950, hoursSpent: 3 }));
    expect((await listActualWeeks(me, idea))![0]).toEqual(week('2026-09-07', { visitors: 950, hoursSpent: 3 }));
    expect(await deleteActualWeek(me, idea, '2026-09-07')).toEqual({ status: 'ok', saved: null });
    expect(await listActualWeeks(me, idea)).toEqual([later]);
  });

  it('never shows or changes another owner’s weeks', async () => {
    const alice = await createOwner();
    const bob = await createOwner();
    const idea = await newIdea(alice);
    await saveActualWeek(alice, idea, week('2026-09-07', { sales: 3 }));

    expect(await listActualWeeks(bob, idea)).toBeNull();
    expect(await saveActualWeek(bob, idea, week('2026-09-07', { sales: 99 }))).toEqual({ status: 'not_found' });
    expect(await importActualWeeks(bob, idea, [week('2026-09-14', { sales: 99 })])).toEqual({ status: 'not_found' });
    expect(await deleteActualWeek(bob, idea, '2026-09-07')).toEqual({ status: 'not_found' });
    expect(await listActualWeeks(alice, idea)).toEqual([week('2026-09-07', { sales: 3 })]);
    expect(await listActualWeeks(alice, 'not-an-id')).toBeNull();
  });

  it('imports a CSV with 10 % bad rows: exactly the good rows’ weeks are stored, hand-logged hours kept', async () => {
    const me = await createOwner();
    const idea = await newIdea(me);
    await saveActualWeek(me, idea, week('2026-09-07', { visitors: 1, hoursSpent: 4 }));
    // 40 days from Monday 2026-09-07, every tenth row broken in its own way.
    const lines = ['date,visitors'];
    const broken = ['', '2026-09-31', 'yesterday', '2026-10-12'];
    for (let day = 0; day < 40; day++) {
      const date = new Date(Date.UTC(2026, 8, 7 + day)).toISOString().slice(0, 10);
      lines.push(day % 10 === 9 ? `${broken[(day - 9) / 10]},${day === 39 ? 'lots' : 100}` : `${date},${100 + day}`);
    }
    const inspected = inspectCsv(lines.join('\n'));
    if (!inspected.ok || !inspected.detected) throw new Error('The daily file was not recognised.');
    const result = previewImport([{ name: 'daily.csv', text: lines.join('\n'), mapping: inspected.detected.mapping }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.preview.bad).toHaveLength(4);
    const weeks = result.preview.weeks.map((w) => actualWeekSchema.parse({ ...w, hoursSpent: null }));

    expect(await importActualWeeks(me, idea, weeks)).toEqual({ status: 'ok', saved: { stored: weeks.length } });
    const stored = await listActualWeeks(me, idea);
    const goodDays = Array.from({ length: 40 }, (_, day) => day).filter((day) => day % 10 !== 9);
    expect(stored!.reduce((sum, w) => sum + (w.visitors ?? 0), 0)).toBe(goodDays.reduce((sum, day) => sum + 100 + day, 0));
    expect(stored!.map((w) => w.weekStart)).toEqual(weeks.map((w) => w.weekStart));
    // The file has no hours: the week's hand-logged 4 hours stay; its visitors are the file's.
    expect(stored![0]).toMatchObject({ hoursSpent: 4, visitors: weeks[0]!.visitors });
  });

  it('stores nothing when the import fails part-way', async () => {
    const me = await createOwner();
    const idea = await newIdea(me);
    await saveActualWeek(me, idea, week('2026-09-07', { sales: 5 }));
    // The third week breaks a CHECK (the data layer trusts its input, the database does not).
    const weeks = [week('2026-09-07', { sales: 6 }), week('2026-09-14', { sales: 7 }), week('2026-09-21', { sales: -1 })];
    await expect(importActualWeeks(me, idea, weeks)).rejects.toThrow(/actual_weeks_figures/);
    expect(await rowCount(idea)).toBe(1);
    expect(await listActualWeeks(me, idea)).toEqual([week('2026-09-07', { sales: 5 })]);
  });

  it('keeps weeks on Mondays, in the schema and in the database', async () => {
    expect(actualWeekSchema.safeParse(week('2026-09-08')).success).toBe(false);
    expect(actualWeekSchema.safeParse(week('2026-09-07', { hoursSpent: 169 })).success).toBe(false);
    const me = await createOwner();
    const idea = await newIdea(me);
    await expect(saveActualWeek(me, idea, week('2026-09-08'))).rejects.toThrow(/actual_weeks_monday/);
  });
});
