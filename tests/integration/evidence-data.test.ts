import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { applyChecklistNumbersAction, saveChecklistNumbersAction } from '@/app/ideas/evidence-actions';
import { APPLY_CONFLICT_MESSAGE, FIX_FIELDS_MESSAGE, PROGRESS_GONE_MESSAGE } from '@/lib/actions/result';
import { applyChecklistNumbers, createIdea, getIdea, NOTHING_TO_APPLY, updateIdea } from '@/lib/ideas/data';
import type { EvidenceMap } from '@/lib/ideas/evidence';
import { saveChecklistNumbers } from '@/lib/ideas/progress';
import type { IdeaInput } from '@/lib/ideas/schema';
import { listVersions, restoreVersion } from '@/lib/ideas/versions';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';
import { createOwner, sql, withFailingVersions } from './support';

/* Evidence marks and the checklist's numbers in PostgreSQL: stored with the worksheet under its version guard, only ever the owner's, and refused by the database when they break the rules. */

// The actions run outside Next.js here: who is asking is whoever the test says.
const acting = vi.hoisted(() => ({ owner: 'nobody' }));
vi.mock('@/lib/auth/session', () => ({ currentOwnerId: async () => acting.owner }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

const sample = (overrides: Partial<IdeaInput> = {}): IdeaInput => ({ ...DEMO_IDEAS[0]!.input, name: `Evidence ${randomUUID().slice(0, 8)}`, ...overrides });
const measured = { kind: 'measured', source: 'Pre-sale page', measuredOn: '2026-03-03', value: 0.0125 } as const;
const benchmark = { kind: 'benchmark', source: 'Gumroad pricing page' } as const;

describe('evidence data layer', () => {
  it('stores marks with the worksheet and reads them back exactly; a product type’s defaults are guesses', async () => {
    const me = await createOwner();
    const evidence: EvidenceMap = { conversionRate: measured, feeRate: benchmark };
    const idea = await createIdea(me, sample({ evidence }));
    expect(idea.evidence).toEqual(evidence);
    expect((await getIdea(me, idea.id))!.evidence).toEqual(evidence);
    expect((await createIdea(me, sample())).evidence).toEqual({});
  });

  it('replaces the marks whole on a save that carries them, keeps them on one that does not, and bumps the version', async () => {
    const me = await createOwner();
    const idea = await createIdea(me, sample({ evidence: { conversionRate: measured, feeRate: benchmark } }));

    expect(await updateIdea(me, idea.id, 1, sample({ evidence: { price: { kind: 'benchmark', source: 'A peer’s shop' } } }))).toEqual({ status: 'ok', saved: null });
    let saved = (await getIdea(me, idea.id))!;
    expect(saved.evidence).toEqual({ price: { kind: 'benchmark', source: 'A peer’s shop' } });
    expect(saved.version).toBe(2);

    expect(await updateIdea(me, idea.id, 2, sample({ name: 'Renamed', evidence: undefined }))).toEqual({ status: 'ok', saved: null });
    saved = (await getIdea(me, idea.id))!;
    expect(saved.name).toBe('Renamed');
    expect(saved.evidence).toEqual({ price: { kind: 'benchmark', source: 'A peer’s shop' } });
  });

  it('changes nothing, marks included, on a stale save or someone else’s idea', async () => {
    const me = await createOwner();
    const other = await createOwner();
    const idea = await createIdea(me, sample({ evidence: { conversionRate: measured } }));
    expect(await updateIdea(me, idea.id, 1, sample({ evidence: {} }))).toEqual({ status: 'ok', saved: null });
    expect((await getIdea(me, idea.id))!.evidence).toEqual({});

    const stale = await updateIdea(me, idea.id, 1, sample({ evidence: { feeRate: benchmark } }));
    expect(stale.status).toBe('conflict');
    expect(await updateIdea(other, idea.id, 2, sample({ evidence: { feeRate: benchmark } }))).toEqual({ status: 'not_found' });
    expect(await getIdea(other, idea.id)).toBeNull();
    const saved = (await getIdea(me, idea.id))!;
    expect(saved.evidence).toEqual({});
    expect(saved.version).toBe(2);
  });

  it('refuses in the database a mark without its source, date or value, an unknown field, or a value its field cannot hold', async () => {
    const me = await createOwner();
    const idea = await createIdea(me, sample());
    const insert = (field: string, kind: string, source: string, day: string | null, value: number | null) =>
      sql('INSERT INTO idea_evidence (idea_id, field, kind, source, measured_on, value, updated_at) VALUES ($1, $2, $3, $4, $5, $6, now())', [idea.id, field, kind, source, day, value]);
    await expect(insert('conversionRate', 'measured', 'Test', null, 0.01)).rejects.toThrow(/idea_evidence_measured/);
    await expect(insert('conversionRate', 'measured', 'Test', '2026-03-03', null)).rejects.toThrow(/idea_evidence_measured/);
    await expect(insert('conversionRate', 'benchmark', 'Report', '2026-03-03', null)).rejects.toThrow(/idea_evidence_measured/);
    await expect(insert('conversionRate', 'benchmark', '  ', null, null)).rejects.toThrow(/idea_evidence_source/);
    await expect(insert('horizonMonths', 'benchmark', 'Report', null, null)).rejects.toThrow(/idea_evidence_field/);
    await expect(insert('conversionRate', 'measured', 'Test', '2026-03-03', 1.5)).rejects.toThrow(/idea_evidence_value/);
    await expect(insert('visitorGrowthRate', 'measured', 'Test', '2026-03-03', -1)).rejects.toThrow(/idea_evidence_value/);
    await expect(insert('price', 'measured', 'Test', '2026-03-03', -1)).rejects.toThrow(/idea_evidence_value/);
    await insert('visitorGrowthRate', 'measured', 'Two months of visits', '2026-03-03', -0.05);
    expect((await getIdea(me, idea.id))!.evidence).toEqual({
      visitorGrowthRate: { kind: 'measured', source: 'Two months of visits', measuredOn: '2026-03-03', value: -0.05 },
    });
  });
});

describe('the checklist’s numbers', () => {
  const presale = { kind: 'presale', visitors: 300, signUps: 12 } as const;

  it('are recorded on items 5 and 1 with the moment, cleared by null, and never on another owner’s idea', async () => {
    const me = await createOwner();
    const other = await createOwner();
    const idea = await createIdea(me, sample());
    const before = Date.now();
    expect(await saveChecklistNumbers(other, { ideaId: idea.id, item: 5, test: presale })).toEqual({ status: 'not_found' });
    expect(await saveChecklistNumbers(me, { ideaId: idea.id, item: 5, test: presale })).toEqual({ status: 'ok', saved: null });
    expect(await saveChecklistNumbers(me, { ideaId: idea.id, item: 1, confirmed: { price: 35, feeRate: null, feePerTransaction: 0.3 } })).toEqual({ status: 'ok', saved: null });
    const saved = (await getIdea(me, idea.id))!;
    const [one, , , , five] = saved.checklist;
    expect(five).toMatchObject({ test: presale, confirmed: null });
    expect(five!.recordedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(one).toMatchObject({ test: null, confirmed: { price: 35, feeRate: null, feePerTransaction: 0.3 } });
    // Recording is not a worksheet save: an open edit form stays valid.
    expect(saved.version).toBe(1);

    await saveChecklistNumbers(me, { ideaId: idea.id, item: 5, test: null });
    expect((await getIdea(me, idea.id))!.checklist[4]).toMatchObject({ test: null, recordedAt: null });
  });

  it('are refused by the database on another item, with more sign-ups than visitors, or without their moment', async () => {
    const me = await createOwner();
    const idea = await createIdea(me, sample());
    const update = (item: number, set: string, params: unknown[] = []) =>
      sql(`UPDATE checklist_items SET ${set} WHERE idea_id = $1 AND item = $2`, [idea.id, item, ...params]);
    await expect(update(3, "test_kind = 'presale', test_visitors = 10, test_sign_ups = 1, numbers_recorded_at = now()")).rejects.toThrow(/checklist_items_demand_test/);
    await expect(update(5, "test_kind = 'presale', test_visitors = 10, test_sign_ups = 11, numbers_recorded_at = now()")).rejects.toThrow(/checklist_items_demand_test/);
    await expect(update(5, "test_kind = 'presale', test_visitors = 10, test_sign_ups = 1")).rejects.toThrow(/checklist_items_recorded_at/);
    await expect(update(2, 'confirmed_price = 10, numbers_recorded_at = now()')).rejects.toThrow(/checklist_items_confirmed_item/);
    await expect(update(1, 'confirmed_fee_rate = 1.2, numbers_recorded_at = now()')).rejects.toThrow(/checklist_items_confirmed_values/);
  });

  it('apply to the worksheet as a versioned save: the input set, marked measured, its range widened to hold it', async () => {
    const me = await createOwner();
    const idea = await createIdea(me, sample({ conversionRate: 0.02, ranges: { conversionRate: { low: 0.01, high: 0.03 } } }));
    expect(await applyChecklistNumbers(me, idea.id, 5, 1)).toEqual({ status: 'invalid', message: NOTHING_TO_APPLY });
    await saveChecklistNumbers(me, { ideaId: idea.id, item: 5, test: presale });
    const recorded = (await getIdea(me, idea.id))!.checklist[4]!.recordedAt!;

    expect(await applyChecklistNumbers(me, idea.id, 5, 1)).toEqual({ status: 'ok', saved: null });
    const saved = (await getIdea(me, idea.id))!;
    expect(saved.conversionRate).toBe(0.04);
    expect(saved.ranges.conversionRate).toEqual({ low: 0.01, high: 0.04 });
    expect(saved.evidence.conversionRate).toEqual({
      kind: 'measured',
      source: expect.stringMatching(/^Checklist item 5 .*: 12 pre-sales from 300 visitors$/),
      measuredOn: recorded.toISOString().slice(0, 10),
      value: 0.04,
    });
    expect(saved.version).toBe(2);
  });

  it('refuse to apply over a save the page has not seen, or to someone else’s idea, and change nothing', async () => {
    const me = await createOwner();
    const other = await createOwner();
    const idea = await createIdea(me, sample({ conversionRate: 0.02 }));
    await saveChecklistNumbers(me, { ideaId: idea.id, item: 5, test: presale });
    await updateIdea(me, idea.id, 1, sample({ conversionRate: 0.025 }));

    expect((await applyChecklistNumbers(me, idea.id, 5, 1)).status).toBe('conflict');
    expect(await applyChecklistNumbers(other, idea.id, 5, 2)).toEqual({ status: 'not_found' });
    expect(await applyChecklistNumbers(me, 'not-an-id', 5, 2)).toEqual({ status: 'not_found' });
    const saved = (await getIdea(me, idea.id))!;
    expect(saved).toMatchObject({ conversionRate: 0.025, version: 2, evidence: {} });
  });
});

describe('the numbers’ actions', () => {
  it('record what the panel typed, explain each refused figure, and apply with the page’s version', async () => {
    const me = await createOwner();
    acting.owner = me;
    const idea = await createIdea(me, sample({ price: 39 }));

    const refused = await saveChecklistNumbersAction({ ideaId: idea.id, item: 5, kind: 'presale', visitors: '300', signUps: '400' });
    expect(refused).toMatchObject({ ok: false, message: FIX_FIELDS_MESSAGE, fieldErrors: { signUps: ['There cannot be more of them than visitors.'] } });

    expect(await saveChecklistNumbersAction({ ideaId: idea.id, item: 1, price: '$45', feeRate: '', feePerTransaction: '' })).toMatchObject({ ok: true, message: 'Numbers recorded.' });
    expect(await applyChecklistNumbersAction({ ideaId: idea.id, item: 1, version: 1 })).toMatchObject({ ok: true });
    const saved = (await getIdea(me, idea.id))!;
    expect(saved.price).toBe(45);
    expect(saved.evidence.price).toMatchObject({ kind: 'measured', value: 45 });

    expect(await applyChecklistNumbersAction({ ideaId: idea.id, item: 1, version: 1 })).toMatchObject({ ok: false, message: APPLY_CONFLICT_MESSAGE });
    expect(await applyChecklistNumbersAction({ ideaId: idea.id, item: 3, version: 2 })).toMatchObject({ ok: false, fieldErrors: { item: ['Only items 1 and 5 record numbers.'] } });

    acting.owner = await createOwner();
    expect(await saveChecklistNumbersAction({ ideaId: idea.id, item: 1, price: '50' })).toMatchObject({ ok: false, message: PROGRESS_GONE_MESSAGE });
    expect(await applyChecklistNumbersAction({ ideaId: idea.id, item: 1, version: 2 })).toMatchObject({ ok: false, message: PROGRESS_GONE_MESSAGE });
    expect((await getIdea(me, idea.id))!.price).toBe(45);
  });
});

describe('evidence in the history', () => {
  const presale = { kind: 'presale', visitors: 300, signUps: 12 } as const;

  it('keeps a version of every change of the marks and of every apply, in the change’s own transaction', async () => {
    const me = await createOwner();
    const input = sample({ conversionRate: 0.02, ranges: {} });
    const idea = await createIdea(me, input);

    // The marks alone: "Evidence recorded", the marks in the snapshot.
    await updateIdea(me, idea.id, 1, { ...input, evidence: { feeRate: benchmark } });
    // A value and a mark: a worksheet save.
    await updateIdea(me, idea.id, 2, { ...input, conversionRate: 0.03, evidence: { feeRate: benchmark, conversionRate: measured } });
    await saveChecklistNumbers(me, { ideaId: idea.id, item: 5, test: presale });
    expect(await applyChecklistNumbers(me, idea.id, 5, 3)).toEqual({ status: 'ok', saved: null });

    const versions = await listVersions(me, idea.id);
    expect(versions.map((v) => v.kind)).toEqual(['apply', 'worksheet', 'evidence', 'created']);
    const [applied, worksheet, marks] = versions;
    expect(marks!.snapshot.evidence).toEqual({ feeRate: benchmark });
    expect(worksheet!.snapshot).toMatchObject({ conversionRate: 0.03, evidence: { feeRate: benchmark, conversionRate: measured } });
    expect(applied!.snapshot.conversionRate).toBe(0.04);
    expect(applied!.snapshot.evidence?.conversionRate).toMatchObject({ kind: 'measured', value: 0.04 });
    expect(applied!.outputs.base.netResult).not.toBe(worksheet!.outputs.base.netResult);
    // Recording the numbers is not a change of the inputs: no version of its own.
    expect(versions).toHaveLength(4);
  });

  it('rolls a change of the marks, or an apply, back when its version cannot be written', async () => {
    const me = await createOwner();
    const idea = await createIdea(me, sample({ conversionRate: 0.02, ranges: {}, evidence: { feeRate: benchmark } }));
    await saveChecklistNumbers(me, { ideaId: idea.id, item: 5, test: presale });
    await withFailingVersions(idea.id, async () => {
      await expect(updateIdea(me, idea.id, 1, sample({ conversionRate: 0.02, ranges: {}, evidence: {} }))).rejects.toThrow(/version write refused/);
      await expect(applyChecklistNumbers(me, idea.id, 5, 1)).rejects.toThrow(/version write refused/);
    });
    const after = (await getIdea(me, idea.id))!;
    expect(after).toMatchObject({ conversionRate: 0.02, version: 1, evidence: { feeRate: benchmark } });
    expect(await listVersions(me, idea.id)).toHaveLength(1);
  });

  it('brings the marks back with a restored version', async () => {
    const me = await createOwner();
    const input = sample({ ranges: {} });
    const idea = await createIdea(me, { ...input, evidence: { conversionRate: measured } });
    await updateIdea(me, idea.id, 1, { ...input, evidence: { feeRate: benchmark } });
    expect((await restoreVersion(me, idea.id, 1, 2)).status).toBe('ok');
    expect((await getIdea(me, idea.id))!.evidence).toEqual({ conversionRate: measured });
    expect((await listVersions(me, idea.id)).map((v) => v.kind)).toEqual(['restore', 'evidence', 'created']);
  });
});
