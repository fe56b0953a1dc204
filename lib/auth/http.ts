import 'server-only';
import { env } from '@/lib/env';
import { trustedOrigin } from './origin';
import { PEER_HEADER, stampedClientAddress } from './peer';

/** The header better-auth reads the client's address from; only the gate below writes it. */
export const CLIENT_ADDRESS_HEADER = 'x-underwrite-client-address';

/** The largest body an auth endpoint takes: a sign-up is well under 1 kB. */
export const AUTH_BODY_MAX = 16 * 1024;

const refuse = (status: number, message: string, headers?: HeadersInit) => Response.json({ message }, { status, headers });

/** The request's body, or null once it passes `limit` bytes (read no further, whatever Content-Length claimed). */
async function readBody(request: Request, limit: number): Promise<Blob | null> {
  if (Number(request.headers.get('content-length') ?? 0) > limit) return null;
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new Blob(chunks as BlobPart[]);
}

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
  if (request.method === 'GET' || request.method === 'HEAD') return new Request(target, { method: request.method, headers });
  const body = await readBody(request, AUTH_BODY_MAX);
  if (!body) return refuse(413, `That request is too large (the limit is ${AUTH_BODY_MAX / 1024} kB).`);
  return new Request(target, { method: request.method, headers, body });
}
