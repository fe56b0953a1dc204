import { z } from 'zod';

/**
 * The only reader of process.env. Everything configurable is parsed here once,
 * so a bad value stops the process with one clear line instead of failing
 * later in a query.
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // Unset means "use the embedded PostgreSQL" (see lib/db/embedded.ts); the
  // launcher then sets it for the Next.js process it starts.
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'DATABASE_URL must be a postgres:// or postgresql:// URL.' })
    .optional(),
  // Where the embedded PostgreSQL keeps its data (git-ignored).
  UNDERWRITE_DATA_DIR: z.string().min(1).default('.data'),
  PORT: z.coerce.number().int().min(1).max(65535).optional(),
  CI: z.stringbool().default(false),
  // Signs session cookies. The launcher (lib/db/cli/with-db.ts) creates and
  // keeps one in .data/ when unset; production must set its own.
  BETTER_AUTH_SECRET: z.string().min(32, { error: 'BETTER_AUTH_SECRET must be at least 32 characters.' }).optional(),
  // The public URL, when the app sits behind a proxy (cookies and CSRF
  // checks compare against it); otherwise each request's own origin is used.
  APP_URL: z.url({ protocol: /^https?$/ }).optional(),
  // Set by the launcher on the embedded database only: the demo account's
  // credentials, shown on the sign-in page there and nowhere else.
  DEMO_ACCOUNT_EMAIL: z.email().optional(),
  DEMO_ACCOUNT_PASSWORD: z.string().min(8).optional(),
  // End-to-end tests: the browser to drive (found by tests/e2e/browser.ts
  // when unset) and the port of the production server under test.
  CHROMIUM_PATH: z.string().min(1).optional(),
  E2E_PORT: z.coerce.number().int().min(1).max(65535).default(3100),
});

export type Env = z.infer<typeof schema>;

function parseEnv(source: NodeJS.ProcessEnv): Env {
  // Empty strings mean "unset" in shells and CI files alike.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment: ${lines.join('; ')}`);
  }
  return parsed.data;
}

export const env: Env = parseEnv(process.env);

/** The database URL, for code that cannot run without one (the app, the data layer). */
export function requireDatabaseUrl(): string {
  // Read at call time: the launcher sets DATABASE_URL after starting the
  // embedded server, after this module may already have been loaded.
  const url = parseEnv(process.env).DATABASE_URL;
  if (!url) {
    throw new Error('DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which provide a database.');
  }
  return url;
}

/** The secret that signs sessions, for code that cannot run without one. */
export function requireAuthSecret(): string {
  const secret = parseEnv(process.env).BETTER_AUTH_SECRET;
  if (!secret) {
    throw new Error('BETTER_AUTH_SECRET is not set. Start the app with `npm run dev` or `npm start`, or set a random 32+ character secret.');
  }
  return secret;
}

/** The environment for a child process, with overrides (undefined removes a variable). */
export function childEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const next: NodeJS.ProcessEnv = { ...process.env };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next;
}

/** Lets the launcher hand the secret it provides to code in this same process (the demo seeding). */
export function setAuthSecret(secret: string): void {
  process.env.BETTER_AUTH_SECRET = secret;
}

/** Lets the launcher hand the database it started to code in this same process. */
export function setDatabaseUrl(url: string): void {
  process.env.DATABASE_URL = url;
}
