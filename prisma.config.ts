import { defineConfig } from 'prisma/config';
import { env } from './lib/env';

// `prisma generate` needs no database; only commands that connect read the URL.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx lib/db/cli/seed.ts' },
  datasource: env.DATABASE_URL ? { url: env.DATABASE_URL } : undefined,
});
