/**
 * The per-account sign-in throttle's rule, pure: how failed sign-ins for
 * one email turn into a wait, whatever addresses they come from.
 *
 * The first FREE_FAILURES failures cost nothing (typos happen). Each one
 * after that locks the email for a wait that doubles, from FIRST_WAIT up to
 * MAX_WAIT, never longer: an attacker can slow an account down but never
 * lock its owner out for good. A success forgets the failures (see
 * account-throttle.ts), and so does a day without one.
 */
export const ACCOUNT_THROTTLE = {
  freeFailures: 5,
  firstWaitSeconds: 30,
  maxWaitSeconds: 15 * 60,
  forgetAfterSeconds: 24 * 60 * 60,
} as const;

/** The code of a sign-in refused by this throttle (429), whose message says how long to wait. */
export const ACCOUNT_THROTTLED = 'ACCOUNT_THROTTLED';

export type ThrottleState = { failures: number; lastFailureAt: Date; lockedUntil: Date | null };

/** The state after one more failed sign-in at `now`, from the state before it (none: no failure on record). */
export function afterFailure(before: Omit<ThrottleState, 'lockedUntil'> | null, now: Date, rule = ACCOUNT_THROTTLE): ThrottleState {
  const forgotten = !before || now.getTime() - before.lastFailureAt.getTime() >= rule.forgetAfterSeconds * 1000;
  const failures = forgotten ? 1 : before.failures + 1;
  const over = failures - rule.freeFailures;
  if (over < 1) return { failures, lastFailureAt: now, lockedUntil: null };
  // 2 ** over grows past any sane wait long before it could overflow; the cap applies first.
  const wait = Math.min(rule.firstWaitSeconds * 2 ** Math.min(over - 1, 30), rule.maxWaitSeconds);
  return { failures, lastFailureAt: now, lockedUntil: new Date(now.getTime() + wait * 1000) };
}

/** Whole seconds left before `lockedUntil`, or 0 when it is not in the future. */
export function secondsLeft(lockedUntil: Date | null, now: Date): number {
  return lockedUntil ? Math.max(0, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000)) : 0;
}

/** "30 seconds", "1 minute", "15 minutes": the wait in words, rounded up. */
export function waitInWords(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
