import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { requireDatabaseUrl } from '@/lib/env';
import { PrismaClient } from '@/lib/generated/prisma/client';

/**
 * The one PrismaClient of the app. Only the data layers (lib/ideas/data.ts
 * and its peers) import it.
 *
 * Created on first use, not at import, so `next build` can load the modules
 * without a database; kept on globalThis so dev hot reloads reuse one pool
 * instead of opening a new one per edit.
 */
const globalForPrisma = globalThis as typeof globalThis & { underwritePrisma?: PrismaClient };

export function db(): PrismaClient {
  if (!globalForPrisma.underwritePrisma) {
    const adapter = new PrismaPg(
      {
        connectionString: requireDatabaseUrl(),
        max: 10,
        // Fail fast when PostgreSQL is down: a clear error page beats a hung request.
        connectionTimeoutMillis: 5_000,
        idleTimeoutMillis: 30_000,
      },
      { onPoolError: (error) => console.error(`[db] idle connection error: ${error.message}`) },
    );
    globalForPrisma.underwritePrisma = new PrismaClient({ adapter });
  }
  return globalForPrisma.underwritePrisma;
}
