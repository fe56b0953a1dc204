import 'server-only';
import { env } from '@/lib/env';
import { trustedOrigin } from './origin';
import { PEER_HEADER, stampedClientAddress } from './peer';

/** The header better-auth reads the client's address from; only the gate below writes it. */
export const CLIENT_ADDRESS_HEADER = 'x-underwrite-client-address';

const refuse = (status: number, message: string, headers?: HeadersInit) => Response.json({ message }, { status, headers });

/**
 * The gate in front of better-auth's HTTP endpoints: the request better-auth
 * should see, or the answer it never reaches.
 */
export async function prepareAuthRequest(request: Request): Promise<Request | Response> {
  const url = new URL(request.url);
  const origin = trustedOrigin(request.headers.get('host'), url.protocol, env.APP_URL);
  if (!origin) return refuse(421, 'This server answers on localhost only. To serve another host, set APP_URL.');

  // Without the stamp the rate limits would have no address to count by.
  const client = stampedClientAddress(request.headers);
  if (!client) return refuse(503, 'The server is starting: try again in a moment.', { 'Retry-After': '1' });
  const headers = new Headers(request.headers);
  headers.delete(PEER_HEADER);
  headers.set(CLIENT_ADDRESS_HEADER, client);

  // Without APP_URL, better-auth takes the request's URL as the app's one
  // trusted origin; Next.js builds that URL from the address it listens on,
  // not from the Host the browser addressed, so it is rebuilt from the Host.
  const target = env.APP_URL ? url : new URL(`${url.pathname}${url.search}`, origin);
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return new Request(target, { method: request.method, headers, body: hasBody ? await request.arrayBuffer() : undefined });
}
