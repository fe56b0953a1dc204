/**
 * The demo account of the embedded database (npm run dev / npm start without
 * DATABASE_URL) and its demo ideas, written through the auth library and the
 * data layer like any other account and idea.
 *
 * Its credentials are printed in the console and shown on the sign-in page in
 * that mode only (the launcher hands them to the app as DEMO_ACCOUNT_*). The
 * database listens on 127.0.0.1 alone, so a public password is harmless there.
 */
import { setDatabaseUrl } from '../env';
import { DEMO_IDEAS } from './ideas';

export const DEMO_ACCOUNT = {
  name: 'Demo founder',
  email: 'demo@underwrite.local',
  password: 'demo-founder-2026',
} as const;

export type DemoSeed = { email: string; password: string; seeded: string[] };

/** Makes sure the demo account exists, and gives it the demo ideas when it has none. */
export async function seedDemoData(url: string): Promise<DemoSeed> {
  setDatabaseUrl(url);
  // Loaded here, not at the top: both are server-only, so callers run under
  // Node's `react-server` condition (see package.json scripts), and the
  // Prisma client must be made after the database URL is set.
  const [{ auth }, { countIdeas, createIdea }, { db }] = await Promise.all([
    import('@/lib/auth/auth'),
    import('@/lib/ideas/data'),
    import('@/lib/db/client'),
  ]);
  try {
    if (!(await db().user.findUnique({ where: { email: DEMO_ACCOUNT.email } }))) {
      await auth().api.signUpEmail({ body: { ...DEMO_ACCOUNT } });
    }
    const user = await db().user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNT.email } });
    const seeded: string[] = [];
    if ((await countIdeas(user.id)) === 0) {
      for (const demo of DEMO_IDEAS) seeded.push((await createIdea(user.id, demo.input)).name);
    }
    return { email: DEMO_ACCOUNT.email, password: DEMO_ACCOUNT.password, seeded };
  } finally {
    await db().$disconnect();
  }
}
