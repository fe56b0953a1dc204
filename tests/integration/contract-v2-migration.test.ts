import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { applyMigrations } from '@/scripts/db/migrations';
import { createDatabase, dropDatabase, withDatabase } from '@/scripts/db/server';

/*
 * The contract v2 migration on a database that holds v1 ideas: their numbers
 * stay, new fields take the contract's defaults, and a v1 stress profile that
 * softened a lever (allowed then) is brought to the lever's neutral end.
 */

const V2 = '20261121201500_contract_v2';
const name = `underwrite_v2_${Date.now()}`;
let url: string;
let client: pg.Client;

async function migrationsBefore(migration: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'uw-v1-'));
  for (const entry of await readdir('prisma/migrations', { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name < migration) await cp(path.join('prisma/migrations', entry.name), path.join(dir, entry.name), { recursive: true });
  }
  return dir;
}

async function insertV1Idea(id: string, stress: Record<string, number>): Promise<void> {
  const columns = Object.keys(stress).map((key) => `"stress_${key}"`);
  await client.query(
    `INSERT INTO "ideas" ("id", "owner_id", "name", "product_type", "pricing_model", "price", "monthly_visitors",
       "visitor_growth_rate", "conversion_rate", "refund_rate", "fee_rate", "fee_per_transaction", "churn_rate",
       "support_minutes_per_customer", "upkeep_hours_per_month", "ad_spend_per_month", "hourly_rate", "upfront_hours",
       "upfront_cash", "horizon_months", "updated_at"${columns.map((c) => `, ${c}`).join('')})
     VALUES ($1, 'v1-owner', 'A v1 idea', 'template', 'one_time', 29, 2000, 0.03, 0.02, 0.03, 0.1, 0.3, 0, 5, 4, 0, 60, 40, 200, 24, now()
       ${Object.values(stress).map((_, i) => `, $${i + 2}`).join('')})`,
    [id, ...Object.values(stress)],
  );
}

beforeAll(async () => {
  const server = inject('serverUrl');
  await createDatabase(server, name);
  url = withDatabase(server, name);
  const v1 = await migrationsBefore(V2);
  await applyMigrations(url, () => {}, v1);
  await rm(v1, { recursive: true });
  client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`INSERT INTO "users" ("id", "name", "email", "updated_at") VALUES ('v1-owner', 'V1', 'v1@example.com', now())`);
  await insertV1Idea('00000000-0000-4000-8000-000000000001', {});
  // Softened under v1: traffic +20 %, conversion +30 %, refunds -2 points, churn -1 point.
  await insertV1Idea('00000000-0000-4000-8000-000000000002', {
    traffic_change: 0.2,
    conversion_change: 0.3,
    refund_rate_add: -0.02,
    churn_rate_add: -0.01,
    support_change: 0.4,
  });
  await applyMigrations(url, () => {});
});

afterAll(async () => {
  await client?.end();
  await dropDatabase(inject('serverUrl'), name);
});

async function row(id: string) {
  const { rows } = await client.query(`SELECT * FROM "ideas" WHERE "id" = $1`, [id]);
  return Object.fromEntries(Object.entries(rows[0] as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v]));
}

describe('the contract v2 migration on v1 data', () => {
  it('keeps a v1 idea as it was and gives it the contract defaults', async () => {
    expect(await row('00000000-0000-4000-8000-000000000001')).toMatchObject({
      price: 29,
      monthly_visitors: 2000,
      version: 1,
      service_package_rate: 0,
      service_package_price: 0,
      service_package_hours: 0,
      available_hours_per_month: 40,
      stress_price_change: 0,
      stress_traffic_change: -0.4,
      stress_growth_rate_add: -0.02,
      stress_conversion_change: -0.3,
      stress_build_overrun: 0.5,
    });
  });

  it('brings a softened lever to its neutral end, keeps the adverse ones, and bumps the version', async () => {
    expect(await row('00000000-0000-4000-8000-000000000002')).toMatchObject({
      stress_traffic_change: 0,
      stress_conversion_change: 0,
      stress_refund_rate_add: 0,
      stress_churn_rate_add: 0,
      stress_support_change: 0.4,
      stress_upkeep_change: 0.25,
      version: 2,
    });
  });

  it('refuses a favourable lever from any writer from now on', async () => {
    await expect(
      client.query(`UPDATE "ideas" SET "stress_traffic_change" = 0.1 WHERE "id" = '00000000-0000-4000-8000-000000000001'`),
    ).rejects.toThrow(/ideas_stress_adverse_only/);
    await expect(
      client.query(`UPDATE "ideas" SET "available_hours_per_month" = 800 WHERE "id" = '00000000-0000-4000-8000-000000000001'`),
    ).rejects.toThrow(/ideas_available_hours/);
  });
});
