import 'server-only';
import { stampedClientAddress } from '@/lib/auth/peer';
import { SHARE_HEADERS, SHARE_PATH } from './headers';
import { takeShareLookup } from './lookup-limit';

/**
 * In front of /share/<token> (called by proxy.ts): each client address may
 * open SHARE_LOOKUPS_PER_WINDOW links a minute; past that, 429 with
 * Retry-After, before the page looks the token up. A page cannot answer
 * 429 itself, hence here. The address is the connection's own, or the one
 * TRUSTED_PROXIES vouch for (lib/auth/peer.ts), never a header the client
 * wrote. Null: go ahead. With the database down, 503 with Retry-After.
 */
export async function shareGate(pathname: string, headers: Headers, policy: string): Promise<Response | null> {
  if (!SHARE_PATH.test(pathname)) return null;
  const refuse = (status: number, text: string, retryAfter: number) =>
    new Response(text, {
      status,
      headers: [
        ...SHARE_HEADERS.map(({ key, value }): [string, string] => [key, value]),
        ['Retry-After', String(retryAfter)],
        ['Content-Security-Policy', policy],
        ['Content-Type', 'text/plain; charset=utf-8'],
        ['Cache-Control', 'no-store'],
      ],
    });
  const address = stampedClientAddress(headers);
  if (!address) return refuse(503, 'The server is starting: try again in a moment.', 1);
  let allowance: Awaited<ReturnType<typeof takeShareLookup>>;
  try {
    allowance = await takeShareLookup(address);
  } catch (error) {
    // The count lives in PostgreSQL: without it, say so plainly rather than
    // let the proxy fail with a bare 500 and none of the share headers.
    console.error('[shareGate] could not count the lookup:', error);
    return refuse(503, 'This shared page cannot be opened right now: the database did not answer. Try again in a moment.', 5);
  }
  if (allowance.ok) return null;
  return refuse(429, `Too many shared links opened from your address: try again in ${allowance.retryAfterSeconds} seconds.`, allowance.retryAfterSeconds);
}
