import { toNextJsHandler } from 'better-auth/next-js';
import { auth } from '@/lib/auth/auth';
import { prepareAuthRequest } from '@/lib/auth/http';

// better-auth's HTTP endpoints (sign-up, sign-in, sign-out, change-password),
// rate limited by the library; the browser forms call them. Each request
// passes the gate in lib/auth/http.ts first.
async function handle(request: Request, method: 'GET' | 'POST'): Promise<Response> {
  const prepared = await prepareAuthRequest(request);
  return prepared instanceof Response ? prepared : toNextJsHandler(auth())[method](prepared);
}

export const GET = (request: Request) => handle(request, 'GET');
export const POST = (request: Request) => handle(request, 'POST');
