import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { db } from '@/lib/db/client';
import { env, requireAuthSecret } from '@/lib/env';
import { afterAuth, beforeAuth } from './hooks';
import { CLIENT_ADDRESS_HEADER } from './http';
import { PASSWORD_MAX, PASSWORD_MIN } from './password';

/**
 * Sign-in attempts allowed per client address and window (seconds). Failed
 * ones also count per account, from any address (backoff.ts).
 */
export const SIGN_IN_LIMIT = { window: 60, max: 5 } as const;

// better-auth warns on every start that no base URL is set; leaving it
// unset locally is the point (see baseURL below), so that one line is dropped.
function quietAboutBaseUrl(level: 'debug' | 'info' | 'warn' | 'error', message: string, ...args: unknown[]) {
  if (level === 'warn' && message.includes('Base URL is not set')) return;
  console[level](`[Better Auth]: ${message}`, ...args);
}

function createAuth() {
  return betterAuth({
    appName: 'Underwrite',
    secret: requireAuthSecret(),
    // A deployment names its public URL, and only its origin is trusted.
    // Without one, better-auth trusts the origin of each request's URL alone,
    // which the gate (lib/auth/http.ts) sets to the loopback Host the
    // browser addressed: a page on another port is another origin.
    baseURL: env.APP_URL,
    trustedOrigins: [],
    logger: { log: quietAboutBaseUrl },
    database: prismaAdapter(db(), { provider: 'postgresql' }),
    emailAndPassword: {
      enabled: true,
      // Our hook applies the password rule in characters (lib/auth/password.ts);
      // better-auth counts UTF-16 units, at least one and at most two per
      // character, so these bounds never refuse a password the rule allows.
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX * 2,
      autoSignIn: true,
    },
    session: {
      expiresIn: 60 * 60 * 24 * 30,
      updateAge: 60 * 60 * 24,
    },
    // Per client address: sign-in as below, sign-up and change-password at
    // better-auth's own 3 per 10 s. The address is the one the gate resolved
    // from the connection (lib/auth/http.ts), never a header the client chose.
    rateLimit: {
      enabled: true,
      // In the database, so the throttle holds across several app instances.
      storage: 'database',
      window: 60,
      max: 100,
      customRules: { '/sign-in/email': SIGN_IN_LIMIT },
    },
    advanced: {
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      cookiePrefix: 'underwrite',
      // Secure and __Secure- prefixed in production builds, also on http://localhost
      // (browsers treat it as a secure context), so a production build is
      // tested with the cookies it ships with.
      useSecureCookies: env.NODE_ENV === 'production',
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
    telemetry: { enabled: false },
    hooks: { before: beforeAuth, after: afterAuth },
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as typeof globalThis & { underwriteAuth?: Auth };

/** The auth instance, created on first use so `next build` needs no secret or database. */
export function auth(): Auth {
  globalForAuth.underwriteAuth ??= createAuth();
  return globalForAuth.underwriteAuth;
}
