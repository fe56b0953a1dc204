import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { createIdea, getIdea, updateIdea, updateRanges, updateStressProfile } from '@/lib/ideas/data';
import type { Idea, IdeaInput } from '@/lib/ideas/schema';
import { outputsOf, snapshotOf, versionSnapshotSchema } from '@/lib/ideas/version-schema';
import { listVersions, restoreVersion } from '@/lib/ideas/versions';
import { applyMigrations } from '@/scripts/db/migrations';
import { createDatabase, dropDatabase, withDatabase } from '@/scripts/db/server';
import { DEFAULT_STRESS } from '@/lib/underwrite';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';
import { createOwner, withFailingVersions } from './support';

/* History in PostgreSQL: a version per saved change, in the change's own transaction; restores add a version; the owner filter holds. */

const sample = (overrides: Partial<IdeaInput> = {}): IdeaInput => ({ ...DEMO_IDEAS[1]!.input, ...overrides });

async function sql(text: string, params: unknown[] = [], url = inject('databaseUrl')) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text, params);
  } finally {
    await client.end();
  }
}

const versionCount = async (ideaId: string) => Number((await sql('SELECT count(*) AS n FROM idea_versions WHERE idea_id = $1', [ideaId])).rows[0].n);

/** The inputs of an idea as stored now, as a snapshot. */
const inputsOf = (idea: Idea | null) => snapshotOf(idea!);

describe('idea versions', () => {
  it('records a version per saved change, each with the inputs and the engine’s outputs of that moment', async () => {
    const me = await createOwner();
    const idea = await createIdea(me, sample({ ranges: {} }));
    expect(await updateIdea(me, idea.id, 1, sample({ ranges: {}, conversionRate: 0.02 }))).toEqual({ status: 'ok', saved: null });
    expect(await updateRanges(me, idea.id, 2, { conversionRate: { low: 0.005, high: 0.02 } })).toEqual({ status: 'ok', saved: null });
    const stress = { ...DEFAULT_STRESS, trafficChange: -0.6 };
    expect((await updateStressProfile(me, idea.id, stress)).status).toBe('ok');

    const versions = await listVersions(me, idea.id);
    expect(versions.map((v) => [v.number, v.kind])).toEqual([
      [4, 'stress'],
      [3, 'ranges'],
      [2, 'worksheet'],
      [1, 'created'],
    ]);
    const [latest, ranged, edited, created] = versions;
    expect(created!.snapshot).toEqual(inputsOf(idea));
    expect(edited!.snapshot.conversionRate).toBe(0.02);
    expect(ranged!.snapshot.ranges).toEqual({ conversionRate: { low: 0.005, high: 0.02 } });
    expect(latest!.snapshot).toEqual(inputsOf(await getIdea(me, idea.id)));
    expect(latest!.snapshot.stress).toEqual(stress);
    for (const v of versions) {
      expect(v.outputs).toEqual(outputsOf(v.snapshot));
      expect(v.outputsComputedLater).toBe(false);
      expect(v.restoredFrom).toBeNull();
    }
    // The stress save moved the stress case, not the worksheet's version guard.
    expect(latest!.outputs.stress.netResult).toBeLessThan(ranged!.outputs.stress.netResult);
    expect((await getIdea(me, idea.id))!.version).toBe(3);
  });

  it('records nothing for a save that changed no input', async () => {
    const me = await createOwner();
    const idea = await createIdea(me, sample());
    expect(await updateIdea(me, idea.id, 1, sample())).toEqual({ status: 'ok', saved: null });
    expect((await updateStressProfile(me, idea.id, DEFAULT_STRESS)).status).toBe('ok');
    expect((await listVersions(me, idea.id)).map((v) => v.number)).toEqual([1]);
    // The save itself still counts for the edit form's guard.
    expect((await getIdea(me, idea.id))!.version).toBe(2);
  });

  it('writes no version for a change refused or rolled back', async () => {
    const me = await createOwner();
    const idea = await createIdea(me, sample({ ranges: {} }));
    // A stale save: the version guard refuses it.
    expect(await updateIdea(me, idea.id, 1, sample({ price: 50 }))).toEqual({ status: 'ok', saved: null });
    expect((await updateIdea(me, idea.id, 1, sample({ price: 60 }))).status).toBe('conflict');
    // A range the database refuses (its value outside): the update fails, and with it the transaction.
    await expect(updateRanges(me, idea.id, 2, { price: { low: 1, high: 2 } })).rejects.toThrow();
    expect((await listVersions(me, idea.id)).map((v) => [v.number, v.snapshot.price])).toEqual([
      [2, 50],
      [1, sample().price],
    ]);
    expect((await getIdea(me, idea.id))!.version).toBe(2);
  });

  it('rolls the change back when its version cannot be written', async () => {
    const me = await createOwner();
    const idea = await createIdea(me, sample({ ranges: {} }));
    await withFailingVersions(idea.id, async () => {
      await expect(updateIdea(me, idea.id, 1, sample({ ranges: {}, price: 77 }))).rejects.toThrow(/version write refused/);
      await expect(updateRanges(me, idea.id, 1, { price: { low: 120, high: 160 } })).rejects.toThrow(/version write refused/);
      await expect(updateStressProfile(me, idea.id, { ...DEFAULT_STRESS, priceChange: -0.5 })).rejects.toThrow(/version write refused/);
      await expect(restoreVersion(me, idea.id, 1, 1)).rejects.toThrow(/version write refused/);
    });
    const after = (await getIdea(me, idea.id))!;
    expect(inputsOf(after)).toEqual(inputsOf(idea));
    expect(after.version).toBe(1);
    expect(await versionCount(idea.id)).toBe(1);
  });

  it('creates no idea when its first version cannot be written', async () => {
    const me = await createOwner();
    // The trigger's idea id is unknown before the create: refuse this owner's next version by its name instead.
    await sql(`CREATE FUNCTION refuse_named() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'version write refused'; END $$`);
    await sql(`CREATE TRIGGER refuse_named BEFORE INSERT ON idea_versions FOR EACH ROW WHEN (NEW.snapshot->>'name' = 'Never stored') EXECUTE FUNCTION refuse_named()`);
    try {
      await expect(createIdea(me, sample({ name: 'Never stored' }))).rejects.toThrow(/version write refused/);
    } finally {
      await sql('DROP TRIGGER refuse_named ON idea_versions');
      await sql('DROP FUNCTION refuse_named()');
    }
    expect(Number((await sql('SELECT count(*) AS n FROM ideas WHERE owner_id = $1', [me])).rows[0].n)).toBe(0);
  });

  it('restores exactly a version’s inputs as a new version, keeping every version in between', async () => {
    const me = await createOwner();
    const first = await createIdea(me, sample({ ranges: { price: { low: 120, high: 160 } } }));
    const stress = { ...DEFAULT_STRESS, conversionChange: -0.5, buildOverrun: 1 };
    await updateIdea(me, first.id, 1, sample({ name: 'Renamed', price: 60, conversionRate: 0.01, ranges: {} }));
    await updateStressProfile(me, first.id, stress);
    expect((await listVersions(me, first.id))[0]!.number).toBe(3);

    expect(await restoreVersion(me, first.id, 1, 3)).toEqual({ status: 'ok', saved: 4 });
    const restored = (await getIdea(me, first.id))!;
    expect(inputsOf(restored)).toEqual(inputsOf(first));
    // Any edit form opened before the restore is now stale.
    expect(restored.version).toBe(3);

    const versions = await listVersions(me, first.id);
    expect(versions.map((v) => [v.number, v.kind, v.restoredFrom])).toEqual([
      [4, 'restore', 1],
      [3, 'stress', null],
      [2, 'worksheet', null],
      [1, 'created', null],
    ]);
    expect(versions[0]!.snapshot).toEqual(versions[3]!.snapshot);
    expect(versions[1]!.snapshot.stress).toEqual(stress);

    // Restoring the stress-only version brings back its worksheet and its profile.
    expect(await restoreVersion(me, first.id, 3, 4)).toEqual({ status: 'ok', saved: 5 });
    expect(inputsOf(await getIdea(me, first.id))).toEqual(versions[1]!.snapshot);
  });

  it('refuses a restore from a page older than the newest version, a stress save included', async () => {
    const me = await createOwner();
    const idea = await createIdea(me, sample());
    await updateIdea(me, idea.id, 1, sample({ price: 55 }));
    // The page listed versions 1 and 2; then the profile was saved in another tab (no worksheet version bump).
    await updateStressProfile(me, idea.id, { ...DEFAULT_STRESS, trafficChange: -0.7 });
    const stale = await restoreVersion(me, idea.id, 1, 2);
    expect(stale.status).toBe('conflict');
    expect(stale.status === 'conflict' && stale.current.stress.trafficChange).toBe(-0.7);
    expect(await versionCount(idea.id)).toBe(3);
    expect((await getIdea(me, idea.id))!.price).toBe(55);
  });

  it('never lists or restores another owner’s versions', async () => {
    const alice = await createOwner();
    const bob = await createOwner();
    const idea = await createIdea(alice, sample());
    await updateIdea(alice, idea.id, 1, sample({ price: 55 }));

    expect(await listVersions(bob, idea.id)).toEqual([]);
    expect(await restoreVersion(bob, idea.id, 1, 2)).toEqual({ status: 'not_found' });
    for (const id of ['nope', "' OR 1=1 --"]) {
      expect(await listVersions(alice, id)).toEqual([]);
      expect(await restoreVersion(alice, id, 1, 2)).toEqual({ status: 'not_found' });
    }
    expect(await restoreVersion(alice, idea.id, 9, 2)).toEqual({ status: 'not_found' });
    expect((await getIdea(alice, idea.id))!.price).toBe(55);
    expect(await versionCount(idea.id)).toBe(2);
  });

  it('refuses in the database a version of an unknown kind or a restore without its source', async () => {
    const me = await createOwner();
    const idea = await createIdea(me, sample());
    const insert = (kind: string, restoredFrom: number | null) =>
      sql(`INSERT INTO idea_versions (idea_id, number, kind, restored_from, snapshot) VALUES ($1, 2, $2, $3, '{}')`, [idea.id, kind, restoredFrom]);
    await expect(insert('rewrite', null)).rejects.toThrow(/idea_versions_kind/);
    await expect(insert('restore', null)).rejects.toThrow(/idea_versions_restored_from/);
    await expect(insert('worksheet', 1)).rejects.toThrow(/idea_versions_restored_from/);
    await expect(insert('restore', 2)).rejects.toThrow(/idea_versions_restored_from/);
    await expect(insert('worksheet', null)).resolves.toBeDefined();
    await expect(insert('worksheet', null)).rejects.toThrow(/idea_versions_pkey/);
  });

  it('computes the outputs of a row stored without them (backfilled) from its snapshot', async () => {
    const me = await createOwner();
    const idea = await createIdea(me, sample());
    const [stored] = await listVersions(me, idea.id);
    await sql(`UPDATE idea_versions SET outputs = NULL, kind = 'baseline' WHERE idea_id = $1`, [idea.id]);
    const [read] = await listVersions(me, idea.id);
    expect(read!.outputs).toEqual(stored!.outputs);
    expect(read!.outputsComputedLater).toBe(true);
    expect(read!.kind).toBe('baseline');
  });

  it('goes with its idea when the idea is deleted', async () => {
    const me = await createOwner();
    const idea = await createIdea(me, sample());
    await sql('DELETE FROM ideas WHERE id = $1', [idea.id]);
    expect(await versionCount(idea.id)).toBe(0);
  });
});

describe('the idea_versions migration on existing ideas', () => {
  it('gives every idea a first version holding its inputs exactly, dated when they were last saved', async () => {
    const server = inject('serverUrl');
    const name = `underwrite_versions_${Date.now()}`;
    await createDatabase(server, name);
    const url = withDatabase(server, name);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'uw-pre-history-'));
    try {
      for (const entry of await readdir('prisma/migrations', { withFileTypes: true })) {
        if (entry.isDirectory() && entry.name < '20261122022158_idea_versions') await cp(path.join('prisma/migrations', entry.name), path.join(dir, entry.name), { recursive: true });
      }
      await applyMigrations(url, () => {}, dir);
      await sql(`INSERT INTO users (id, name, email, updated_at) VALUES ('old-owner', 'Old', 'old@example.com', now())`, [], url);
      await sql(
        `INSERT INTO ideas (id, owner_id, name, product_type, problem, pricing_model, price, monthly_visitors, visitor_growth_rate,
           conversion_rate, refund_rate, fee_rate, fee_per_transaction, churn_rate, support_minutes_per_customer,
           upkeep_hours_per_month, ad_spend_per_month, hourly_rate, upfront_hours, upfront_cash, horizon_months,
           service_package_rate, service_package_price, service_package_hours, available_hours_per_month,
           conversion_rate_low, conversion_rate_high, price_low, price_high, stress_traffic_change, updated_at)
         VALUES ('00000000-0000-4000-8000-0000000000aa', 'old-owner', 'An old idea', 'course', 'Slow onboarding', 'subscription',
           19.99, 1500, 0.025, 0.0125, 0.04, 0.1, 0.3, 0.05, 12.5, 6, 100, 75, 80, 500, 36, 0.02, 300, 2.5, 30,
           0.005, 0.02, 15, 25, -0.55, '2026-03-07T10:00:00Z')`,
        [],
        url,
      );
      await applyMigrations(url, () => {});
      const { rows } = await sql('SELECT * FROM idea_versions', [], url);
      expect(rows).toHaveLength(1);
      const [row] = rows;
      expect(row).toMatchObject({ number: 1, kind: 'baseline', restored_from: null, outputs: null });
      expect((row.created_at as Date).toISOString()).toBe('2026-03-07T10:00:00.000Z');
      const snapshot = versionSnapshotSchema.parse(row.snapshot);
      expect(snapshot).toEqual({
        name: 'An old idea',
        productType: 'course',
        problem: 'Slow onboarding',
        audience: '',
        pricingModel: 'subscription',
        price: 19.99,
        monthlyVisitors: 1500,
        visitorGrowthRate: 0.025,
        conversionRate: 0.0125,
        refundRate: 0.04,
        feeRate: 0.1,
        feePerTransaction: 0.3,
        churnRate: 0.05,
        supportMinutesPerCustomer: 12.5,
        upkeepHoursPerMonth: 6,
        adSpendPerMonth: 100,
        hourlyRate: 75,
        upfrontHours: 80,
        upfrontCash: 500,
        horizonMonths: 36,
        servicePackageRate: 0.02,
        servicePackagePrice: 300,
        servicePackageHours: 2.5,
        availableHoursPerMonth: 30,
        ranges: { conversionRate: { low: 0.005, high: 0.02 }, price: { low: 15, high: 25 } },
        stress: { ...DEFAULT_STRESS, trafficChange: -0.55 },
      });
      expect(outputsOf(snapshot).horizonMonths).toBe(36);
    } finally {
      await rm(dir, { recursive: true });
      await dropDatabase(server, name);
    }
  });
});
