import { z } from 'zod';
import { envSchema, parseEnv } from '../lib/env';

/**
 * The tooling's environment: what the launcher, the db:* scripts and the
 * test runners read, parsed like the app's own (lib/env.ts), plus the few
 * ways tooling hands settings on, to its children or to app code it runs in
 * its own process.
 */
const schema = envSchema.pick({ DATABASE_URL: true, BETTER_AUTH_SECRET: true }).extend({
  // Where the embedded PostgreSQL and the local auth secret live (git-ignored).
  UNDERWRITE_DATA_DIR: z.string().min(1).default('.data'),
});

export const env = parseEnv(schema, process.env);

/** This process's environment for a child process, with overrides (undefined removes a variable). */
export function childEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const next: NodeJS.ProcessEnv = { ...process.env };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next;
}

/**
 * Points app code running in this process (the demo seeding, the
 * integration tests) at a database; lib/env.ts reads it at call time.
 */
export function setDatabaseUrl(url: string): void {
  process.env.DATABASE_URL = url;
}

/** Hands the session secret to app code running in this process (better-auth, when seeding the demo account). */
export function setAuthSecret(secret: string): void {
  process.env.BETTER_AUTH_SECRET = secret;
}
