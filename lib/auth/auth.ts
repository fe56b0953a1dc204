import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { nextCookies } from 'better-auth/next-js';
import { db } from '@/lib/db/client';
import { env, requireAuthSecret } from '@/lib/env';
import { isCommonPassword, PASSWORD_MAX, PASSWORD_MIN } from './password';

/** Sign-in attempts allowed per client address and window (seconds). */
export const SIGN_IN_LIMIT = { window: 60, max: 5 } as const;

/**
 * The origin this request was addressed to. Without APP_URL, the CSRF check
 * accepts exactly that origin: a form on another site sends its own Origin
 * header, which cannot match, and cannot forge x-forwarded-* headers.
 */
function ownOrigin(request?: Request): string | null {
  if (!request) return null;
  const url = new URL(request.url);
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? url.host;
  const proto = request.headers.get('x-forwarded-proto') ?? url.protocol.replace(/:$/, '');
  return `${proto}://${host}`;
}

function createAuth() {
  return betterAuth({
    appName: 'Underwrite',
    secret: requireAuthSecret(),
    // A deployment names its public URL; locally any port on this machine is fine.
    // (The fallback serves calls made outside a request, like the demo seeding.)
    baseURL: env.APP_URL ?? {
      allowedHosts: ['localhost', 'localhost:*', '127.0.0.1', '127.0.0.1:*'],
      protocol: 'http',
      fallback: 'http://localhost:3000',
    },
    trustedOrigins: (request) => (env.APP_URL ? [env.APP_URL] : [ownOrigin(request)]),
    database: prismaAdapter(db(), { provider: 'postgresql' }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX,
      autoSignIn: true,
    },
    session: {
      expiresIn: 60 * 60 * 24 * 30,
      updateAge: 60 * 60 * 24,
    },
    rateLimit: {
      enabled: true,
      // In the database, so the throttle holds across several app instances.
      storage: 'database',
      window: 60,
      max: 100,
      customRules: { '/sign-in/email': SIGN_IN_LIMIT },
    },
    advanced: {
      cookiePrefix: 'underwrite',
      // Secure and __Secure- prefixed in production builds, also on http://localhost
      // (browsers treat it as a secure context), so a production build is
      // tested with the cookies it ships with.
      useSecureCookies: env.NODE_ENV === 'production',
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
    telemetry: { enabled: false },
    hooks: {
      // The endpoints are public HTTP: refuse a common password there, not only in our forms.
      before: createAuthMiddleware(async (ctx) => {
        const body = (ctx.body ?? {}) as { password?: unknown; newPassword?: unknown };
        const candidate =
          ctx.path === '/sign-up/email' ? body.password : ctx.path === '/change-password' ? body.newPassword : undefined;
        if (typeof candidate === 'string' && isCommonPassword(candidate)) {
          throw new APIError('BAD_REQUEST', { message: 'This password is among the most common ones: choose another.' });
        }
      }),
    },
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
