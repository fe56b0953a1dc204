import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { createIdea, deleteIdea, getIdea, listIdeas, updateIdea, updateStressProfile } from '@/lib/ideas/data';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';
import { ideaInputSchema, type IdeaInput } from '@/lib/ideas/schema';
import { DEFAULT_STRESS } from '@/lib/underwrite';
import { createOwner } from './support';

const owner = createOwner;
const sample = (overrides: Partial<IdeaInput> = {}): IdeaInput => ({ ...DEMO_IDEAS[1]!.input, ...overrides });

describe('ideas data layer', () => {
  it('stores every assumption exactly and reads it back as the engine input', async () => {
    const me = await owner();
    const input = sample({
      price: 149.99,
      conversionRate: 0.0123,
      visitorGrowthRate: -0.05,
      refundRate: 0.0825,
      servicePackageRate: 0.035,
      servicePackagePrice: 450.5,
      servicePackageHours: 2.5,
      availableHoursPerMonth: 22.5,
      ranges: { visitorGrowthRate: { low: -0.1, high: 0.01 }, servicePackageRate: { low: 0.01, high: 0.0625 } },
    });
    const created = await createIdea(me, input);
    const read = await getIdea(me, created.id);
    expect(read).not.toBeNull();
    const { id, version, createdAt, updatedAt, stress, checklist, buildTests, ...worksheet } = read!;
    expect(worksheet).toEqual(input);
    // Nothing marked: every number is a guess.
    expect(read!.evidence).toEqual({});
    expect(ideaInputSchema.safeParse(worksheet).success).toBe(true);
    expect(read!.version).toBe(1);
    expect(read!.checklist.map((c) => [c.item, c.done])).toEqual([1, 2, 3, 4, 5].map((i) => [i, false]));
    expect(read!.buildTests.map((t) => t.answer)).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
    // A new idea starts on the contract's default profile, all nine levers.
    expect(read!.stress).toEqual(DEFAULT_STRESS);
  });

  it('never shows or changes another owner’s idea', async () => {
    const alice = await owner();
    const bob = await owner();
    const idea = await createIdea(alice, sample({ name: 'Alice only' }));

    expect(await getIdea(bob, idea.id)).toBeNull();
    expect((await listIdeas(bob)).map((i) => i.id)).not.toContain(idea.id);
    expect(await updateIdea(bob, idea.id, 1, sample({ name: 'Bob was here' }))).toEqual({ status: 'not_found' });
    expect(await deleteIdea(bob, idea.id)).toEqual({ status: 'not_found' });

    const still = await getIdea(alice, idea.id);
    expect(still?.name).toBe('Alice only');
    expect(still?.version).toBe(1);
  });

  it('answers a malformed or unknown id with "not found", not an error', async () => {
    const me = await owner();
    for (const id of ['nope', '1', "' OR 1=1 --", randomUUID()]) {
      expect(await getIdea(me, id)).toBeNull();
      expect(await deleteIdea(me, id)).toEqual({ status: 'not_found' });
      expect((await updateIdea(me, id, 1, sample())).status).toBe('not_found');
    }
  });

  it('refuses a save based on a stale version and keeps the newer data', async () => {
    const me = await owner();
    const idea = await createIdea(me, sample({ price: 100 }));
    expect(await updateIdea(me, idea.id, 1, sample({ price: 120 }))).toEqual({ status: 'ok', saved: null });
    expect((await getIdea(me, idea.id))?.version).toBe(2);

    const stale = await updateIdea(me, idea.id, 1, sample({ price: 90 }));
    expect(stale.status).toBe('conflict');
    if (stale.status === 'conflict') expect(stale.current.price).toBe(120);
    expect((await getIdea(me, idea.id))?.price).toBe(120);
  });

  it('saves a stress profile and answers with it as stored, leaving the worksheet’s version alone', async () => {
    const me = await owner();
    const idea = await createIdea(me, sample());
    // NUMERIC(12,8): the ninth decimal is rounded away, and the answer says so.
    const profile = { ...DEFAULT_STRESS, trafficChange: -0.6, refundRateAdd: 0.123456789 };
    const stored = { ...profile, refundRateAdd: 0.12345679 };
    expect(await updateStressProfile(me, idea.id, profile)).toEqual({ status: 'ok', saved: stored });
    const read = await getIdea(me, idea.id);
    expect(read?.stress).toEqual(stored);
    expect(read?.version).toBe(1);

    const bob = await owner();
    expect(await updateStressProfile(bob, idea.id, DEFAULT_STRESS)).toEqual({ status: 'not_found' });
    expect(await updateStressProfile(me, 'nope', DEFAULT_STRESS)).toEqual({ status: 'not_found' });
    expect((await getIdea(me, idea.id))?.stress).toEqual(stored);
  });

  it('lists only the owner’s ideas, newest first', async () => {
    const me = await owner();
    const a = await createIdea(me, sample({ name: 'First' }));
    const b = await createIdea(me, sample({ name: 'Second' }));
    expect((await listIdeas(me)).map((i) => i.id)).toEqual([b.id, a.id]);
  });

  it('deletes an idea with its checklist and build-it-once answers', async () => {
    const me = await owner();
    const idea = await createIdea(me, sample());
    expect(await deleteIdea(me, idea.id)).toEqual({ status: 'ok', saved: null });
    expect(await getIdea(me, idea.id)).toBeNull();
    const client = new pg.Client({ connectionString: inject('databaseUrl') });
    await client.connect();
    try {
      const left = await client.query(
        'SELECT (SELECT count(*) FROM checklist_items WHERE idea_id = $1) + (SELECT count(*) FROM build_tests WHERE idea_id = $1) AS n',
        [idea.id],
      );
      expect(Number(left.rows[0].n)).toBe(0);
    } finally {
      await client.end();
    }
  });

  it('is backed by database constraints that refuse numbers the engine cannot use', async () => {
    const me = await owner();
    const idea = await createIdea(me, sample());
    const client = new pg.Client({ connectionString: inject('databaseUrl') });
    await client.connect();
    try {
      for (const sql of [
        'UPDATE ideas SET conversion_rate = 1.5 WHERE id = $1',
        'UPDATE ideas SET price = -1 WHERE id = $1',
        'UPDATE ideas SET horizon_months = 121 WHERE id = $1',
        'UPDATE ideas SET visitor_growth_rate = -1 WHERE id = $1',
        "UPDATE ideas SET name = '   ' WHERE id = $1",
      ]) {
        await expect(client.query(sql, [idea.id]), sql).rejects.toThrow(/violates check constraint/);
      }
    } finally {
      await client.end();
    }
  });
});
