import { describe, expect, inject, it } from 'vitest';
import { auth } from '@/lib/auth/auth';
import { listIdeas } from '@/lib/ideas/data';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';
import { DEMO_ACCOUNT, seedDemoData } from '@/scripts/demo/seed';
import { setAuthSecret } from '@/scripts/env';

describe('the embedded demo account', () => {
  it('is created once, can sign in, and owns the demo ideas', async () => {
    setAuthSecret('integration-test-secret-at-least-32-characters');
    const url = inject('databaseUrl');

    const first = await seedDemoData(url);
    expect(first).toEqual({ email: DEMO_ACCOUNT.email, password: DEMO_ACCOUNT.password, seeded: DEMO_IDEAS.map((d) => d.input.name) });
    expect((await seedDemoData(url)).seeded, 'a second start seeds nothing').toEqual([]);

    const session = await auth().api.signInEmail({ body: { email: DEMO_ACCOUNT.email, password: DEMO_ACCOUNT.password } });
    expect((await listIdeas(session.user.id)).map((i) => i.name).sort()).toEqual(DEMO_IDEAS.map((d) => d.input.name).sort());
  });
});
