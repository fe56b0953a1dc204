import 'server-only';
import { randomUUID } from 'node:crypto';
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { env } from '@/lib/env';
import { proxyList, resolveClientAddress } from './client-address';

/**
 * How the auth route learns the client's address. Next.js gives a route
 * handler no socket: it copies the connection's address into
 * X-Forwarded-For only when the client sent none, so that header alone
 * cannot tell a real address from one the client made up.
 *
 * Node's http server announces every request on a diagnostics channel
 * before Next.js sees it; instrumentation.ts subscribes at start, and
 * `stampClientAddress` writes the resolved address into a request header
 * of ours, with a secret of this process, overwriting anything the client
 * sent in it. `stampedClientAddress` believes that header only with the
 * secret, so a request that reached Next.js without the stamp (sent in the
 * moment before the subscription, or served by another server) is never
 * attributed to an address the client chose.
 */

export const PEER_HEADER = 'x-underwrite-peer';

const store = globalThis as typeof globalThis & { underwritePeerSecret?: string };

export function stampClientAddresses(): void {
  if (store.underwritePeerSecret) return;
  const secret = randomUUID();
  const proxies = proxyList(env.TRUSTED_PROXIES);
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    const forwardedFor = request.headers['x-forwarded-for'];
    const address = resolveClientAddress(socket.remoteAddress, Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor, proxies);
    request.headers[PEER_HEADER] = `${secret} ${address ?? 'unknown'}`;
  });
  store.underwritePeerSecret = secret;
}

/**
 * The client's address stamped on this request, 'unknown' when the
 * connection had none, or null when the request carries no genuine stamp.
 */
export function stampedClientAddress(headers: Headers): string | null {
  const secret = store.underwritePeerSecret;
  const [given, address] = (headers.get(PEER_HEADER) ?? '').split(' ');
  return secret && given === secret && address ? address : null;
}
