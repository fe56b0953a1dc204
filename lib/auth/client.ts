import { createAuthClient } from 'better-auth/react';
import { ACCOUNT_THROTTLED } from './backoff';

/**
 * The browser side of better-auth: sign-in and sign-up go through its HTTP
 * endpoints, where the library's rate limiter and our password hook apply.
 */
export const authClient = createAuthClient();

/** A founder-readable sentence for an auth error (status 429 is a throttle: per account, or per address). */
export function authErrorMessage(error: { status?: number; message?: string; code?: string } | null): string {
  if (!error) return 'Something went wrong; try again.';
  if (error.code === ACCOUNT_THROTTLED && error.message) return error.message;
  if (error.status === 429) return 'Too many attempts: wait a minute, then try again.';
  if (error.code === 'INVALID_EMAIL_OR_PASSWORD') return 'That email and password do not match an account.';
  if (error.code === 'USER_ALREADY_EXISTS' || error.code === 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL') {
    return 'An account with this email already exists: sign in instead.';
  }
  if (error.code === 'INVALID_PASSWORD') return 'The current password is not right.';
  return error.message || 'Something went wrong; try again.';
}
