/**
 * Demo data for a newcomer, written through the data layer like any other
 * idea. Loaded lazily: the data layer is server-only, so callers run under
 * Node's `react-server` condition (see package.json scripts).
 */
import { setDatabaseUrl } from '../env';

/** Seeds the demo ideas for the local owner if that owner has none. Returns their names, or null when skipped. */
export async function seedDemoData(url: string): Promise<string[] | null> {
  setDatabaseUrl(url);
  const [{ countIdeas, createIdea }, { LOCAL_OWNER_ID }, { DEMO_IDEAS }, { db }] = await Promise.all([
    import('../ideas/data'),
    import('../auth/local-owner'),
    import('../ideas/demo'),
    import('./client'),
  ]);
  try {
    if ((await countIdeas(LOCAL_OWNER_ID)) > 0) return null;
    const names: string[] = [];
    for (const demo of DEMO_IDEAS) names.push((await createIdea(LOCAL_OWNER_ID, demo.input)).name);
    return names;
  } finally {
    await db().$disconnect();
  }
}
