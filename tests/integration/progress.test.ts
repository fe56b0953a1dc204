import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  answerBuildTestAction,
  saveBuildTestNoteAction,
  saveChecklistEvidenceAction,
  toggleChecklistItemAction,
} from '@/app/ideas/progress-actions';
import { createIdea, deleteIdea, getIdea } from '@/lib/ideas/data';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';
import { answerBuildTest, saveBuildTestNote, saveChecklistEvidence, setChecklistItemDone } from '@/lib/ideas/progress';
import { buildTestNoteSchema, checklistEvidenceSchema, NOTE_MAX } from '@/lib/ideas/schema';
import { createOwner, withSql } from './support';

// The actions run outside Next.js here: who is asking is whoever the test
// says, and revalidation is recorded instead of performed.
const acting = vi.hoisted(() => ({ owner: 'nobody' }));
// The session needs a Next.js request, which these direct calls do not have.
vi.mock('@/lib/auth/session', () => ({ currentOwnerId: async () => acting.owner }));
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock('next/cache', () => ({ revalidatePath }));

const owner = createOwner;
const newIdea = (ownerId: string) => createIdea(ownerId, { ...DEMO_IDEAS[0]!.input, name: `Progress ${randomUUID().slice(0, 8)}` });
const checklistOf = async (ownerId: string, id: string) => (await getIdea(ownerId, id))!.checklist;
const buildTestsOf = async (ownerId: string, id: string) => (await getIdea(ownerId, id))!.buildTests;

describe('checklist data layer', () => {
  it('sets doneAt when an item is ticked and clears it when unticked, without touching the idea’s version', async () => {
    const me = await owner();
    const idea = await newIdea(me);
    const before = Date.now();
    expect(await setChecklistItemDone(me, { ideaId: idea.id, item: 2, done: true })).toEqual({ status: 'ok', saved: null });

    const read = await getIdea(me, idea.id);
    expect(read!.checklist.map((c) => c.done)).toEqual([false, true, false, false, false]);
    expect(read!.checklist[1]!.doneAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(read!.checklist[1]!.doneAt!.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    expect(read!.version).toBe(1);

    expect(await setChecklistItemDone(me, { ideaId: idea.id, item: 2, done: false })).toEqual({ status: 'ok', saved: null });
    expect((await checklistOf(me, idea.id))[1]).toEqual({ item: 2, done: false, doneAt: null, evidence: '', test: null, confirmed: null, recordedAt: null });
    expect((await getIdea(me, idea.id))!.version).toBe(1);
  });

  it('keeps the day an item was really done when a stale tab ticks it again', async () => {
    const me = await owner();
    const idea = await newIdea(me);
    await setChecklistItemDone(me, { ideaId: idea.id, item: 1, done: true });
    const first = (await checklistOf(me, idea.id))[0]!.doneAt;
    await new Promise((r) => setTimeout(r, 20));
    expect(await setChecklistItemDone(me, { ideaId: idea.id, item: 1, done: true })).toEqual({ status: 'ok', saved: null });
    expect(first).not.toBeNull();
    expect((await checklistOf(me, idea.id))[0]!.doneAt).toEqual(first);
  });

  it('stores a note of NOTE_MAX characters, which the column fits', async () => {
    const me = await owner();
    const idea = await newIdea(me);
    const longest = 'é'.repeat(NOTE_MAX);
    expect(await saveChecklistEvidence(me, { ideaId: idea.id, item: 4, evidence: longest })).toEqual({ status: 'ok', saved: null });
    expect((await checklistOf(me, idea.id))[3]!.evidence).toBe(longest);
    expect(await saveBuildTestNote(me, { ideaId: idea.id, test: 'compounds', note: longest })).toEqual({ status: 'ok', saved: null });
    expect((await buildTestsOf(me, idea.id))[3]!.note).toBe(longest);
  });

  it('never lets another owner tick, annotate or answer, and changes nothing', async () => {
    const alice = await owner();
    const bob = await owner();
    const idea = await newIdea(alice);
    await setChecklistItemDone(alice, { ideaId: idea.id, item: 3, done: true });
    const before = await getIdea(alice, idea.id);

    expect(await setChecklistItemDone(bob, { ideaId: idea.id, item: 1, done: true })).toEqual({ status: 'not_found' });
    expect(await setChecklistItemDone(bob, { ideaId: idea.id, item: 3, done: false })).toEqual({ status: 'not_found' });
    expect(await saveChecklistEvidence(bob, { ideaId: idea.id, item: 1, evidence: 'Bob was here' })).toEqual({ status: 'not_found' });
    expect(await answerBuildTest(bob, { ideaId: idea.id, test: 'proven_demand', answer: 'no' })).toEqual({ status: 'not_found' });
    expect(await saveBuildTestNote(bob, { ideaId: idea.id, test: 'compounds', note: 'Bob was here' })).toEqual({ status: 'not_found' });

    expect(await getIdea(alice, idea.id)).toEqual(before);
  });

  it('keeps both of two concurrent ticks on different items, and a tick and a note on the same item', async () => {
    const me = await owner();
    const idea = await newIdea(me);
    await Promise.all([
      setChecklistItemDone(me, { ideaId: idea.id, item: 1, done: true }),
      setChecklistItemDone(me, { ideaId: idea.id, item: 4, done: true }),
      saveChecklistEvidence(me, { ideaId: idea.id, item: 4, evidence: 'Chose semi-passive: 3 h a month.' }),
      answerBuildTest(me, { ideaId: idea.id, test: 'low_upkeep', answer: 'yes' }),
      saveBuildTestNote(me, { ideaId: idea.id, test: 'low_upkeep', note: 'Templates rarely change.' }),
    ]);
    const read = await getIdea(me, idea.id);
    expect(read!.checklist.map((c) => c.done)).toEqual([true, false, false, true, false]);
    expect(read!.checklist[3]!.evidence).toBe('Chose semi-passive: 3 h a month.');
    expect(read!.buildTests.find((t) => t.test === 'low_upkeep')).toEqual({
      test: 'low_upkeep',
      answer: 'yes',
      note: 'Templates rarely change.',
    });
    expect(read!.version).toBe(1);
  });

  it('answers malformed ids, unknown ideas and items that do not exist with "not found", without a database error', async () => {
    const me = await owner();
    const idea = await newIdea(me);
    for (const ideaId of ['nope', '1', "' OR 1=1 --", '', randomUUID()]) {
      expect(await setChecklistItemDone(me, { ideaId, item: 1, done: true }), ideaId).toEqual({ status: 'not_found' });
      expect(await saveChecklistEvidence(me, { ideaId, item: 1, evidence: 'x' }), ideaId).toEqual({ status: 'not_found' });
      expect(await answerBuildTest(me, { ideaId, test: 'compounds', answer: 'yes' }), ideaId).toEqual({ status: 'not_found' });
      expect(await saveBuildTestNote(me, { ideaId, test: 'compounds', note: 'x' }), ideaId).toEqual({ status: 'not_found' });
    }
    for (const item of [0, 6, -1]) {
      expect(await setChecklistItemDone(me, { ideaId: idea.id, item, done: true }), String(item)).toEqual({ status: 'not_found' });
      expect(await saveChecklistEvidence(me, { ideaId: idea.id, item, evidence: 'x' }), String(item)).toEqual({
        status: 'not_found',
      });
    }
    expect(await getIdea(me, idea.id)).toEqual(idea);
  });

  it('answers a deleted idea with "not found"', async () => {
    const me = await owner();
    const idea = await newIdea(me);
    await deleteIdea(me, idea.id);
    expect(await setChecklistItemDone(me, { ideaId: idea.id, item: 1, done: true })).toEqual({ status: 'not_found' });
    expect(await answerBuildTest(me, { ideaId: idea.id, test: 'proven_demand', answer: 'no' })).toEqual({ status: 'not_found' });
  });
});

describe('build-it-once data layer', () => {
  it('saves each answer and note and reads them back in the article’s order', async () => {
    const me = await owner();
    const idea = await newIdea(me);
    expect(await answerBuildTest(me, { ideaId: idea.id, test: 'proven_demand', answer: 'no' })).toEqual({ status: 'ok', saved: null });
    await saveBuildTestNote(me, { ideaId: idea.id, test: 'proven_demand', note: 'Nobody replied to the waitlist post.' });
    await answerBuildTest(me, { ideaId: idea.id, test: 'sells_without_you', answer: 'yes' });
    expect(await buildTestsOf(me, idea.id)).toEqual([
      { test: 'proven_demand', answer: 'no', note: 'Nobody replied to the waitlist post.' },
      { test: 'sells_without_you', answer: 'yes', note: '' },
      { test: 'low_upkeep', answer: 'unknown', note: '' },
      { test: 'compounds', answer: 'unknown', note: '' },
    ]);
  });
});

describe('checklist and build-it-once actions', () => {
  beforeEach(() => revalidatePath.mockClear());

  it('save for the current owner and revalidate the idea page and the home list', async () => {
    acting.owner = await owner();
    const idea = await newIdea(acting.owner);
    expect((await toggleChecklistItemAction({ ideaId: idea.id, item: 1, done: true })).ok).toBe(true);
    expect((await saveChecklistEvidenceAction({ ideaId: idea.id, item: 1, evidence: 'Sales page draft' })).ok).toBe(true);
    expect((await answerBuildTestAction({ ideaId: idea.id, test: 'compounds', answer: 'no' })).ok).toBe(true);
    expect((await saveBuildTestNoteAction({ ideaId: idea.id, test: 'compounds', note: 'One-off' })).ok).toBe(true);
    expect(revalidatePath).toHaveBeenCalledWith(`/ideas/${idea.id}`);
    expect(revalidatePath).toHaveBeenCalledWith('/');
    const read = await getIdea(acting.owner, idea.id);
    expect(read!.checklist[0]).toMatchObject({ done: true, evidence: 'Sales page draft' });
    expect(read!.buildTests[3]).toEqual({ test: 'compounds', answer: 'no', note: 'One-off' });
  });

  it('save notes trimmed and without NUL characters, and refuse a longer one without losing the saved note', async () => {
    acting.owner = await owner();
    const idea = await newIdea(acting.owner);
    const evidence = (item: number, text: string) => saveChecklistEvidenceAction({ ideaId: idea.id, item, evidence: text });
    expect((await evidence(5, '  12 buyers asked for it in replies.\n')).ok).toBe(true);
    expect((await checklistOf(acting.owner, idea.id))[4]!.evidence).toBe('12 buyers asked for it in replies.');

    expect(await evidence(5, 'x'.repeat(NOTE_MAX + 1))).toMatchObject({ ok: false, message: 'Keep the note under 2,000 characters.' });
    expect((await checklistOf(acting.owner, idea.id))[4]!.evidence).toBe('12 buyers asked for it in replies.');

    // PostgreSQL cannot store NUL; it is dropped rather than failing the save.
    expect((await evidence(3, 'a\u0000b')).ok).toBe(true);
    expect((await checklistOf(acting.owner, idea.id))[2]!.evidence).toBe('ab');

    const note = (text: string) => saveBuildTestNoteAction({ ideaId: idea.id, test: 'proven_demand', note: text });
    expect((await note(' Nobody replied to the waitlist post. ')).ok).toBe(true);
    expect(await note('x'.repeat(NOTE_MAX + 1))).toMatchObject({ ok: false, message: 'Keep the note under 2,000 characters.' });
    expect((await buildTestsOf(acting.owner, idea.id))[0]!.note).toBe('Nobody replied to the waitlist post.');
  });

  it('refuse items, tests and answers that do not exist, and change nothing', async () => {
    acting.owner = await owner();
    const idea = await newIdea(acting.owner);
    for (const item of [0, 6, -1, 1.5, Number.NaN, 32768]) {
      expect(await toggleChecklistItemAction({ ideaId: idea.id, item, done: true }), String(item)).toMatchObject({
        ok: false,
        message: 'Unknown checklist item.',
      });
      expect((await saveChecklistEvidenceAction({ ideaId: idea.id, item, evidence: 'x' })).ok, String(item)).toBe(false);
    }
    expect(await answerBuildTestAction({ ideaId: idea.id, test: 'vibes', answer: 'yes' })).toMatchObject({
      ok: false,
      message: 'Unknown build-it-once test.',
    });
    expect(await answerBuildTestAction({ ideaId: idea.id, test: 'compounds', answer: 'maybe' })).toMatchObject({
      ok: false,
      message: 'Answer yes, no or not yet known.',
    });
    expect(await getIdea(acting.owner, idea.id)).toEqual(idea);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it('refuse another owner’s idea with the same words as a deleted one, and revalidate nothing', async () => {
    const idea = await newIdea(await owner());
    acting.owner = await owner();
    const result = await toggleChecklistItemAction({ ideaId: idea.id, item: 1, done: true });
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/no longer exists/);
    expect(await toggleChecklistItemAction({ ideaId: randomUUID(), item: 1, done: true })).toEqual(result);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it('answer any payload with a success or a refusal, never an exception, and store only valid rows', async () => {
    acting.owner = await owner();
    const idea = await newIdea(acting.owner);
    const id = fc.oneof(fc.constant(idea.id), fc.uuid(), fc.string(), fc.anything());
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 50 }), fc.string({ minLength: 1990, maxLength: 2010 }), fc.anything());
    const payload = (shape: Record<string, fc.Arbitrary<unknown>>) =>
      fc.oneof(fc.record(shape, { requiredKeys: [] }), fc.anything());
    const calls = [
      fc.tuple(fc.constant(toggleChecklistItemAction), payload({ ideaId: id, item: fc.oneof(fc.integer({ min: -1, max: 7 }), fc.anything()), done: fc.oneof(fc.boolean(), fc.anything()) })),
      fc.tuple(fc.constant(saveChecklistEvidenceAction), payload({ ideaId: id, item: fc.integer({ min: 0, max: 6 }), evidence: text })),
      fc.tuple(fc.constant(answerBuildTestAction), payload({ ideaId: id, test: fc.oneof(fc.constantFrom('proven_demand', 'compounds'), fc.string()), answer: fc.oneof(fc.constantFrom('yes', 'no', 'unknown'), fc.anything()) })),
      fc.tuple(fc.constant(saveBuildTestNoteAction), payload({ ideaId: id, test: fc.constantFrom('low_upkeep', 'sells_without_you', 'x'), note: text })),
    ] as const;
    const errors = vi.spyOn(console, 'error');
    await fc.assert(
      fc.asyncProperty(fc.oneof(...calls), async ([action, input]) => {
        const result = await (action as (input: unknown) => Promise<{ ok: boolean; message: string | null }>)(input);
        expect(result.ok || typeof result.message === 'string').toBe(true);
      }),
      { numRuns: 400 },
    );
    // A refusal is a validation answer, not a logged database failure.
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();

    const read = await getIdea(acting.owner, idea.id);
    for (const c of read!.checklist) {
      expect(checklistEvidenceSchema.safeParse({ ideaId: idea.id, item: c.item, evidence: c.evidence }).success).toBe(true);
      expect(c.done).toBe(c.doneAt !== null);
    }
    for (const t of read!.buildTests) {
      expect(buildTestNoteSchema.safeParse({ ideaId: idea.id, test: t.test, note: t.note }).success).toBe(true);
    }
  });

  it('leave the rows as the database constraints require', async () => {
    await withSql(async (client) => {
      const bad = await client.query(
        "SELECT count(*) AS n FROM checklist_items WHERE (done AND done_at IS NULL) OR (NOT done AND done_at IS NOT NULL) OR item NOT BETWEEN 1 AND 5",
      );
      expect(Number(bad.rows[0].n)).toBe(0);
    });
  });
});
