import { z } from 'zod';

/**
 * The app's only reader of process.env. Everything the app reads is parsed
 * here once, so a bad value stops the process with one clear line instead of
 * failing later in a query. This module only parses: the tooling that starts
 * the app has its own reader in scripts/env.ts, the e2e tests theirs in
 * tests/e2e/env.ts.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // Unset means "use the embedded PostgreSQL": the launcher (scripts/with-db.ts)
  // starts it and sets DATABASE_URL for the Next.js process it runs.
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'DATABASE_URL must be a postgres:// or postgresql:// URL.' })
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).optional(),
  // Signs session cookies. The launcher creates and keeps one in .data/ when
  // unset; production must set its own.
  BETTER_AUTH_SECRET: z.string().min(32, { error: 'BETTER_AUTH_SECRET must be at least 32 characters.' }).optional(),
  // The public URL, when the app sits behind a proxy (cookies and CSRF
  // checks compare against it); otherwise each request's own origin is used.
  APP_URL: z.url({ protocol: /^https?$/ }).optional(),
  // The reverse proxies in front of the app (IPs or CIDR ranges,
  // comma-separated). A request from one of them is attributed to the
  // address its X-Forwarded-For names; any other request to its own
  // connection's address. Unset: no forwarding header is believed.
  TRUSTED_PROXIES: z
    .string()
    .transform((list) => list.split(',').map((entry) => entry.trim()).filter(Boolean))
    .pipe(
      z.array(
        z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()], {
          error: 'TRUSTED_PROXIES must be IP addresses or CIDR ranges, separated by commas.',
        }),
      ),
    )
    .default([]),
  // Set by the launcher on the embedded database only: the demo account's
  // credentials, shown on the sign-in page there and nowhere else.
  DEMO_ACCOUNT_EMAIL: z.email().optional(),
  DEMO_ACCOUNT_PASSWORD: z.string().min(8).optional(),
});

export type Env = z.infer<typeof envSchema>;

/** Parses `source` with `schema`, or throws one line naming every bad variable. */
export function parseEnv<S extends z.ZodType>(schema: S, source: Record<string, string | undefined>): z.output<S> {
  // Empty strings mean "unset" in shells and CI files alike.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment: ${lines.join('; ')}`);
  }
  return parsed.data;
}

export const env: Env = parseEnv(envSchema, process.env);

/** The database URL, for code that cannot run without one (the app, the data layer). */
export function requireDatabaseUrl(): string {
  // Read at call time: the demo seeding and the integration tests point this
  // process at a database after this module may already have been loaded.
  const url = parseEnv(envSchema, process.env).DATABASE_URL;
  if (!url) {
    throw new Error('DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which provide a database.');
  }
  return url;
}

/** The secret that signs sessions, for code that cannot run without one. */
export function requireAuthSecret(): string {
  const secret = parseEnv(envSchema, process.env).BETTER_AUTH_SECRET;
  if (!secret) {
    throw new Error('BETTER_AUTH_SECRET is not set. Start the app with `npm run dev` or `npm start`, or set a random 32+ character secret.');
  }
  return secret;
}
