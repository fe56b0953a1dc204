import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { listActualWeeks, saveActualWeek } from '@/lib/ideas/actuals';
import { createIdea, deleteIdea, getIdea, listIdeas, updateStressProfile } from '@/lib/ideas/data';
import { duplicateIdea, whatIfOrigin } from '@/lib/ideas/duplicate';
import { answerBuildTest, saveBuildTestNote, saveChecklistEvidence, setChecklistItemDone } from '@/lib/ideas/progress';
import { NAME_MAX, type IdeaInput } from '@/lib/ideas/schema';
import { listVersions } from '@/lib/ideas/versions';
import { charCount } from '@/lib/text';
import { DEFAULT_STRESS } from '@/lib/underwrite';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';
import { createOwner, sql } from './support';

const STRESS = { ...DEFAULT_STRESS, trafficChange: -0.55, buildOverrun: 1.25 };
const input = (overrides: Partial<IdeaInput> = {}): IdeaInput => ({
  ...DEMO_IDEAS[1]!.input,
  name: 'Course for dentists',
  price: 199,
  conversionRate: 0.021,
  ranges: { conversionRate: { low: 0.01, high: 0.04 }, price: { low: 150, high: 250 } },
  evidence: {
    price: { kind: 'benchmark', source: 'Three competitors' },
    conversionRate: { kind: 'measured', source: 'Landing page test', measuredOn: '2026-10-01', value: 0.021 },
  },
  ...overrides,
});

/** An idea with everything the founder can add to it: progress, answers, notes and a week of actuals. */
async function worked(owner: string, overrides: Partial<IdeaInput> = {}) {
  const idea = await createIdea(owner, input(overrides));
  await updateStressProfile(owner, idea.id, STRESS);
  await setChecklistItemDone(owner, { ideaId: idea.id, item: 1, done: true });
  await saveChecklistEvidence(owner, { ideaId: idea.id, item: 1, evidence: 'Ten interviews.' });
  await answerBuildTest(owner, { ideaId: idea.id, test: 'proven_demand', answer: 'yes' });
  await saveBuildTestNote(owner, { ideaId: idea.id, test: 'low_upkeep', note: 'Twice a year.' });
  const week = { weekStart: '2026-09-07', visitors: 700, sales: 5, refunds: 0, revenue: 145, refundedAmount: 0, fees: 5.7, hoursSpent: 3 };
  expect(await saveActualWeek(owner, idea.id, week)).toEqual({ status: 'ok', saved: null });
  return (await getIdea(owner, idea.id))!;
}

describe('duplicateIdea', () => {
  it('copies the worksheet, ranges, stress profile and evidence marks, and nothing the founder did for the original', async () => {
    const me = await createOwner();
    const original = await worked(me);
    const result = await duplicateIdea(me, original.id);
    expect(result.status).toBe('ok');
    const copy = (await getIdea(me, result.status === 'ok' ? result.saved.id : ''))!;

    const { id, version, createdAt, updatedAt, name, checklist, buildTests, ...copied } = copy;
    const { id: _i, version: _v, createdAt: _c, updatedAt: _u, name: _n, checklist: doneList, buildTests: answers, ...source } = original;
    expect(copied).toEqual(source);
    expect(copied.stress).toEqual(STRESS);
    expect(copied.ranges).toEqual(input().ranges);
    expect(copied.evidence).toEqual(input().evidence);
    expect(name).toBe('Course for dentists (what-if)');
    expect(id).not.toBe(original.id);
    expect(version).toBe(1);

    // The original's progress is its own; the copy starts the 30 days afresh.
    expect(doneList.some((c) => c.done)).toBe(true);
    expect(answers.some((t) => t.answer === 'yes')).toBe(true);
    expect(checklist.map((c) => [c.item, c.done, c.evidence])).toEqual([1, 2, 3, 4, 5].map((i) => [i, false, '']));
    expect(buildTests.map((t) => [t.answer, t.note])).toEqual(buildTests.map(() => ['unknown', '']));
    expect(await listActualWeeks(me, id)).toEqual([]);
    expect(await listActualWeeks(me, original.id)).toHaveLength(1);

    // Its history starts with one "created" version of exactly these inputs.
    const versions = await listVersions(me, id);
    expect(versions.map((v) => [v.number, v.kind])).toEqual([[1, 'created']]);
    expect(versions[0]!.snapshot.stress).toEqual(STRESS);
    expect(await whatIfOrigin(me, id)).toEqual({ id: original.id, name: original.name });
    expect(await whatIfOrigin(me, original.id)).toBeNull();
  });

  it('keeps the name within the limit, counted in characters, by shortening the original’s name', async () => {
    const me = await createOwner();
    const long = `${'😀'.repeat(NAME_MAX - 3)}abc`;
    const original = await createIdea(me, input({ name: long }));
    const result = await duplicateIdea(me, original.id);
    const copy = result.status === 'ok' ? result.saved : null;
    expect(charCount(copy!.name)).toBe(NAME_MAX);
    expect(copy!.name).toBe(`${'😀'.repeat(NAME_MAX - 10)} (what-if)`);
  });

  it('refuses another owner’s idea, malformed and unknown ids, and writes nothing', async () => {
    const alice = await createOwner();
    const bob = await createOwner();
    const idea = await worked(alice);
    const count = async () => Number((await sql('SELECT count(*) AS n FROM ideas WHERE owner_id IN ($1, $2)', [alice, bob])).rows[0].n);
    const before = await count();
    for (const id of [idea.id, idea.id.toUpperCase(), randomUUID(), 'nope', "' OR 1=1 --"]) {
      expect(await duplicateIdea(bob, id), id).toEqual({ status: 'not_found' });
      expect(await duplicateIdea(bob, id, { createKey: randomUUID() }), id).toEqual({ status: 'not_found' });
    }
    expect(await count()).toBe(before);
    expect(await listIdeas(bob)).toEqual([]);
    // Nor does Bob learn whose copy his own would be.
    const own = await createIdea(bob, input());
    await sql('UPDATE ideas SET duplicated_from_id = $1 WHERE id = $2', [idea.id, own.id]);
    expect(await whatIfOrigin(bob, own.id)).toBeNull();
    expect(await whatIfOrigin(alice, own.id)).toBeNull();
  });

  it('makes one copy per key, even for two requests racing, and another for a new key', async () => {
    const me = await createOwner();
    const original = await createIdea(me, input());
    const key = randomUUID();
    const [a, b] = await Promise.all([duplicateIdea(me, original.id, { createKey: key }), duplicateIdea(me, original.id, { createKey: key })]);
    expect(a.status === 'ok' && b.status === 'ok' && a.saved.id === b.saved.id).toBe(true);
    const again = await duplicateIdea(me, original.id, { createKey: key });
    expect(again.status === 'ok' && a.status === 'ok' && again.saved.id === a.saved.id).toBe(true);
    expect((await listIdeas(me)).length).toBe(2);

    // The same key aimed at another idea is not a retry of this copy: it is refused, not answered with it.
    const other = await createIdea(me, input({ name: 'Other' }));
    await expect(duplicateIdea(me, other.id, { createKey: key })).rejects.toThrow();
    expect((await duplicateIdea(me, original.id, { createKey: randomUUID() })).status).toBe('ok');
    expect((await listIdeas(me)).length).toBe(4);
  });

  it('leaves the copy standing when the original is deleted, without a link', async () => {
    const me = await createOwner();
    const original = await createIdea(me, input());
    const result = await duplicateIdea(me, original.id);
    const copyId = result.status === 'ok' ? result.saved.id : '';
    expect(await deleteIdea(me, original.id)).toEqual({ status: 'ok', saved: null });
    expect(await getIdea(me, copyId)).not.toBeNull();
    expect(await whatIfOrigin(me, copyId)).toBeNull();
    expect((await sql('SELECT duplicated_from_id FROM ideas WHERE id = $1', [copyId])).rows[0].duplicated_from_id).toBeNull();
  });
});
