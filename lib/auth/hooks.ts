import 'server-only';
import { APIError, createAuthMiddleware, isAPIError } from 'better-auth/api';
import { z } from 'zod';
import { clearFailedSignIns, lockedUntil, recordFailedSignIn } from './account-throttle';
import { ACCOUNT_THROTTLED, secondsLeft, waitInWords } from './backoff';
import { changePasswordSchema, nameSchema, signInSchema, signUpSchema } from './password';

/**
 * Our rules on better-auth's endpoints, which are public HTTP: what the
 * forms check is checked here again, with the same schemas and messages,
 * and failed sign-ins are counted per account.
 */

/** What each endpoint's body must satisfy before better-auth sees it (better-auth checks the email itself). */
const BODY_RULES: Record<string, z.ZodType> = {
  '/sign-up/email': signUpSchema.pick({ name: true, password: true }),
  '/sign-in/email': signInSchema.pick({ password: true }),
  '/change-password': changePasswordSchema,
  '/update-user': z.object({ name: nameSchema.optional() }),
};

const emailOf = (body: unknown): string | null => {
  const email = (body as { email?: unknown } | null)?.email;
  return typeof email === 'string' && email.trim() !== '' ? email : null;
};

export const beforeAuth = createAuthMiddleware(async (ctx) => {
  const rule = BODY_RULES[ctx.path];
  const issue = rule?.safeParse(ctx.body ?? {}).error?.issues[0];
  if (issue) throw new APIError('BAD_REQUEST', { code: 'INVALID_INPUT', message: issue.message });

  // An account with too many recent failures is refused before its password
  // is even checked, from any address, until its wait is over.
  const email = ctx.path === '/sign-in/email' ? emailOf(ctx.body) : null;
  const until = email ? await lockedUntil(email) : null;
  if (until) {
    const wait = secondsLeft(until, new Date());
    throw new APIError(
      'TOO_MANY_REQUESTS',
      { code: ACCOUNT_THROTTLED, message: `Too many failed sign-ins for this account: try again in ${waitInWords(wait)}.` },
      { 'Retry-After': String(wait) },
    );
  }
});

export const afterAuth = createAuthMiddleware(async (ctx) => {
  const email = ctx.path === '/sign-in/email' ? emailOf(ctx.body) : null;
  if (!email) return;
  const outcome = ctx.context.returned;
  // 401 is a wrong email or password (better-auth answers both alike); other
  // refusals (a malformed body, our own throttle) are not failed sign-ins.
  if (isAPIError(outcome)) {
    if (outcome.statusCode === 401) await recordFailedSignIn(email);
  } else {
    await clearFailedSignIns(email);
  }
});
