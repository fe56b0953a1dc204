/**
 * Demo data for a newcomer on the embedded database, written through the
 * auth library and the data layer like any other account and idea. Loaded
 * lazily: both are server-only, so callers run under Node's `react-server`
 * condition (see package.json scripts).
 */
import { setDatabaseUrl } from '../env';

export type DemoSeed = { email: string; password: string; seeded: string[] };

/**
 * Makes sure the demo account exists, hands it the ideas saved before
 * accounts existed, and gives it the demo ideas when it has none.
 */
export async function seedDemoData(url: string): Promise<DemoSeed> {
  setDatabaseUrl(url);
  const [{ auth }, { countIdeas, createIdea }, { DEMO_ACCOUNT, PRE_ACCOUNTS_OWNER_ID }, { DEMO_IDEAS }, { db }] =
    await Promise.all([
      import('../auth/auth'),
      import('../ideas/data'),
      import('../auth/demo'),
      import('../ideas/demo'),
      import('./client'),
    ]);
  try {
    let user = await db().user.findUnique({ where: { email: DEMO_ACCOUNT.email } });
    if (!user) {
      await auth().api.signUpEmail({ body: { ...DEMO_ACCOUNT } });
      user = await db().user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNT.email } });
    }
    const adopted = await db().idea.updateMany({ where: { ownerId: PRE_ACCOUNTS_OWNER_ID }, data: { ownerId: user.id } });
    if (adopted.count > 0) await db().user.deleteMany({ where: { id: PRE_ACCOUNTS_OWNER_ID } });

    const seeded: string[] = [];
    if ((await countIdeas(user.id)) === 0) {
      for (const demo of DEMO_IDEAS) seeded.push((await createIdea(user.id, demo.input)).name);
    }
    return { email: DEMO_ACCOUNT.email, password: DEMO_ACCOUNT.password, seeded };
  } finally {
    await db().$disconnect();
  }
}
