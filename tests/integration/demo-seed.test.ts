import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { auth } from '@/lib/auth/auth';
import { DEMO_ACCOUNT } from '@/lib/auth/demo';
import { seedDemoData } from '@/lib/db/seed';
import { listIdeas } from '@/lib/ideas/data';
import { DEMO_IDEAS } from '@/lib/ideas/demo';
import { setAuthSecret } from '@/lib/env';

async function sql(query: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    return await client.query(query);
  } finally {
    await client.end();
  }
}

describe('the embedded demo account', () => {
  it('is created once, can sign in, owns the demo ideas, and adopts ideas saved before accounts', async () => {
    setAuthSecret('integration-test-secret-at-least-32-characters');
    const url = inject('databaseUrl');

    const first = await seedDemoData(url);
    expect(first).toEqual({ email: DEMO_ACCOUNT.email, password: DEMO_ACCOUNT.password, seeded: DEMO_IDEAS.map((d) => d.input.name) });
    expect((await seedDemoData(url)).seeded, 'a second start seeds nothing').toEqual([]);

    const session = await auth().api.signInEmail({ body: { email: DEMO_ACCOUNT.email, password: DEMO_ACCOUNT.password } });
    expect((await listIdeas(session.user.id)).map((i) => i.name).sort()).toEqual(DEMO_IDEAS.map((d) => d.input.name).sort());

    // An idea from before accounts, as the accounts migration leaves it: under a placeholder owner.
    await sql(`INSERT INTO users (id, name, email, updated_at) VALUES ('local', 'Owner from before accounts', 'local@before-accounts.invalid', now())`);
    await sql(
      `INSERT INTO ideas (id, owner_id, name, product_type, pricing_model, price, monthly_visitors, visitor_growth_rate,
         conversion_rate, refund_rate, fee_rate, fee_per_transaction, churn_rate, support_minutes_per_customer,
         upkeep_hours_per_month, ad_spend_per_month, hourly_rate, upfront_hours, upfront_cash, horizon_months, updated_at)
       VALUES (gen_random_uuid(), 'local', 'Old idea', 'ebook', 'one_time', 19, 100, 0, 0.01, 0, 0.1, 0, 0, 0, 1, 0, 50, 10, 0, 12, now())`,
    );
    await seedDemoData(url);
    expect((await listIdeas(session.user.id)).map((i) => i.name)).toContain('Old idea');
    expect((await sql(`SELECT 1 FROM users WHERE id = 'local'`)).rowCount, 'the placeholder owner is gone').toBe(0);
  });
});
