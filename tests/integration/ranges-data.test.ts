import { describe, expect, it } from 'vitest';
import { createIdea, getIdea, updateIdea, updateRanges } from '@/lib/ideas/data';
import type { IdeaInput } from '@/lib/ideas/schema';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';
import { createOwner, sql } from './support';

/* Ranges in PostgreSQL: stored with the worksheet, cleared when removed, version-guarded alone, and refused by the database when they break the contract. */

const sample = (overrides: Partial<IdeaInput> = {}): IdeaInput => ({ ...DEMO_IDEAS[0]!.input, ...overrides });

describe('ranges data layer', () => {
  it('stores ranges with the worksheet exactly and reads them back; a save without one clears it', async () => {
    const me = await createOwner();
    const ranges = { conversionRate: { low: 0.0125, high: 0.035 }, price: { low: 29.5, high: 45 }, visitorGrowthRate: { low: -0.02, high: 0.05 } };
    const idea = await createIdea(me, sample({ ranges }));
    expect((await getIdea(me, idea.id))!.ranges).toEqual(ranges);

    expect(await updateIdea(me, idea.id, 1, sample({ ranges: { price: ranges.price } }))).toEqual({ status: 'ok', saved: null });
    expect((await getIdea(me, idea.id))!.ranges).toEqual({ price: ranges.price });
  });

  it('saves ranges alone with the version guard, and never another owner’s', async () => {
    const me = await createOwner();
    const other = await createOwner();
    const idea = await createIdea(me, sample({ ranges: {} }));
    const ranges = { monthlyVisitors: { low: 1000, high: 4000 } };

    expect(await updateRanges(other, idea.id, 1, ranges)).toEqual({ status: 'not_found' });
    expect(await updateRanges(me, 'not-an-id', 1, ranges)).toEqual({ status: 'not_found' });
    expect(await updateRanges(me, idea.id, 1, ranges)).toEqual({ status: 'ok', saved: null });
    const saved = (await getIdea(me, idea.id))!;
    expect(saved.ranges).toEqual(ranges);
    expect(saved.version).toBe(2);

    // A second tab still at version 1 is refused and shown what is there now.
    const stale = await updateRanges(me, idea.id, 1, {});
    expect(stale.status).toBe('conflict');
    expect((await getIdea(me, idea.id))!.ranges).toEqual(ranges);
  });

  it('refuses in the database a range with one end, low above high, or the value outside', async () => {
    const me = await createOwner();
    const idea = await createIdea(me, sample({ ranges: {} }));
    // The template's price is $39.
    for (const [low, high] of [[30, null], [50, 40], [40, 60]] as const) {
      await expect(sql('UPDATE ideas SET price_low = $1, price_high = $2 WHERE id = $3', [low, high, idea.id])).rejects.toThrow(/ideas_price_range/);
    }
    await sql('UPDATE ideas SET price_low = 39, price_high = 39 WHERE id = $1', [idea.id]);
    expect((await getIdea(me, idea.id))!.ranges).toEqual({ price: { low: 39, high: 39 } });
  });
});
