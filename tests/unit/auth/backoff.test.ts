import { describe, expect, it } from 'vitest';
import { ACCOUNT_THROTTLE, afterFailure, secondsLeft, waitInWords, type ThrottleState } from '@/lib/auth/backoff';

const t0 = new Date('2026-11-21T12:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

/** The waits (seconds) the failures earn, one failure a second. */
function waits(count: number): (number | null)[] {
  let state: ThrottleState | null = null;
  const result: (number | null)[] = [];
  for (let i = 0; i < count; i++) {
    state = afterFailure(state, at(i));
    result.push(state.lockedUntil ? (state.lockedUntil.getTime() - at(i).getTime()) / 1000 : null);
  }
  return result;
}

describe('the per-account backoff', () => {
  it('lets the first five failures pass, then doubles the wait from 30 s up to 15 minutes, never more', () => {
    expect(waits(14)).toEqual([null, null, null, null, null, 30, 60, 120, 240, 480, 900, 900, 900, 900]);
    expect(waits(10_000).at(-1)).toBe(ACCOUNT_THROTTLE.maxWaitSeconds);
  });

  it('forgets failures a day old', () => {
    const before = { failures: 40, lastFailureAt: t0 };
    expect(afterFailure(before, at(ACCOUNT_THROTTLE.forgetAfterSeconds - 1)).failures).toBe(41);
    expect(afterFailure(before, at(ACCOUNT_THROTTLE.forgetAfterSeconds))).toEqual({ failures: 1, lastFailureAt: at(86_400), lockedUntil: null });
  });

  it('says how long is left, in words, rounded up', () => {
    expect(secondsLeft(at(30), t0)).toBe(30);
    expect(secondsLeft(at(0.2), t0)).toBe(1);
    expect(secondsLeft(at(-5), t0)).toBe(0);
    expect(secondsLeft(null, t0)).toBe(0);
    expect([1, 30, 60, 61, 900].map(waitInWords)).toEqual(['1 second', '30 seconds', '1 minute', '2 minutes', '15 minutes']);
  });
});
