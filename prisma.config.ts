import { defineConfig } from 'prisma/config';
import { env } from './scripts/env';

// `prisma generate` needs no database; only commands that connect read the URL.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'npm run db:seed' },
  datasource: env.DATABASE_URL ? { url: env.DATABASE_URL } : undefined,
});
