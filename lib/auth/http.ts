import 'server-only';
import { env } from '@/lib/env';
import { trustedOrigin } from './origin';

const refuse = (status: number, message: string) => Response.json({ message }, { status });

/**
 * The gate in front of better-auth's HTTP endpoints: the request better-auth
 * should see, or the answer it never reaches.
 */
export async function prepareAuthRequest(request: Request): Promise<Request | Response> {
  const url = new URL(request.url);
  const origin = trustedOrigin(request.headers.get('host'), url.protocol, env.APP_URL);
  if (!origin) return refuse(421, 'This server answers on localhost only. To serve another host, set APP_URL.');

  // Without APP_URL, better-auth takes the request's URL as the app's one
  // trusted origin; Next.js builds that URL from the address it listens on,
  // not from the Host the browser addressed, so it is rebuilt from the Host.
  const target = env.APP_URL ? url : new URL(`${url.pathname}${url.search}`, origin);
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return new Request(target, {
    method: request.method,
    headers: request.headers,
    body: hasBody ? await request.arrayBuffer() : undefined,
  });
}
