import 'server-only';
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db/client';

/**
 * How many share links one client address may open a minute. A token has
 * 256 random bits, so guessing is hopeless anyway; the limit keeps a
 * scanner from turning the lookups into load on the database.
 */
export const SHARE_LOOKUPS_PER_WINDOW = 60;
export const SHARE_LOOKUP_WINDOW_MS = 60_000;

export type LookupAllowance = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Counts one lookup by `address` and says whether it may go ahead. Kept in
 * better-auth's `rate_limits` table, so every app instance shares the count,
 * under keys of our own (`share:` + address) that better-auth never reads.
 * For these rows `last_request` holds when the current window started: one
 * atomic upsert opens a new window or counts into the open one.
 */
export async function takeShareLookup(address: string, now = Date.now()): Promise<LookupAllowance> {
  const windowStart = now - SHARE_LOOKUP_WINDOW_MS;
  const [row] = await db().$queryRaw<{ count: number; started: number }[]>`
    INSERT INTO rate_limits (id, key, count, last_request)
    VALUES (${randomUUID()}, ${`share:${address}`}, 1, ${now}::double precision)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limits.last_request <= ${windowStart}::double precision THEN 1 ELSE rate_limits.count + 1 END,
      last_request = CASE WHEN rate_limits.last_request <= ${windowStart}::double precision THEN ${now}::double precision ELSE rate_limits.last_request END
    RETURNING count, last_request AS started`;
  if (!row || row.count <= SHARE_LOOKUPS_PER_WINDOW) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((row.started + SHARE_LOOKUP_WINDOW_MS - now) / 1000)) };
}
