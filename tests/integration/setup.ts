import { afterAll, inject } from 'vitest';
import { setDatabaseUrl } from '@/scripts/env';

// Each test file runs in its own worker: point the data layer at the run's database.
setDatabaseUrl(inject('databaseUrl'));

afterAll(async () => {
  const { db } = await import('@/lib/db/client');
  await db().$disconnect();
});
