import { toNextJsHandler } from 'better-auth/next-js';
import { auth } from '@/lib/auth/auth';

// better-auth's HTTP endpoints (sign-up, sign-in, sign-out, change-password),
// rate limited by the library; the browser forms call them.
export const GET = (request: Request) => toNextJsHandler(auth()).GET(request);
export const POST = (request: Request) => toNextJsHandler(auth()).POST(request);
