import { NextResponse, type NextRequest } from 'next/server';
import { REQUEST_PATH_HEADER } from '@/lib/auth/sign-in-path';
import { env } from '@/lib/env';
import { shareGate } from '@/lib/share/gate';

/**
 * A fresh nonce per request for a strict Content-Security-Policy: only
 * scripts Next.js renders with this nonce (and what they load, through
 * 'strict-dynamic') may run, so an injected <script> never does. Next.js
 * reads the policy from the request headers and stamps the nonce on its own
 * scripts. Styles allow inline attributes: charts position SVG with them, and
 * a style cannot run code.
 */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    // React's dev tooling evaluates code; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The Monte Carlo's Web Worker, a script of this origin; without this the
    // policy falls back to script-src, whose 'strict-dynamic' refuses workers.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Whether every %-escape in `path` decodes. */
function isDecodablePath(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Requests answered here, in plain text under the policy, instead of by
 * Next.js: a path with a malformed %-escape (a dynamic route answered it with
 * a bare 500 and none of our headers), and the global error page's own
 * route. Next.js always prerenders that page at build time, so its scripts
 * carry no nonce; a real error renders it per request, with the nonce.
 */
function refused(pathname: string): { status: number; text: string } | null {
  if (!isDecodablePath(pathname)) return { status: 400, text: 'Bad request: the address has a malformed %-escape.' };
  if (/^\/_global-error([./]|$)/.test(pathname)) return { status: 404, text: 'Not found.' };
  return null;
}

export async function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce, env.NODE_ENV === 'development');
  const refusal = refused(request.nextUrl.pathname);
  if (refusal) {
    return new NextResponse(refusal.text, {
      status: refusal.status,
      headers: { 'Content-Security-Policy': policy, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }

  const limited = await shareGate(request.nextUrl.pathname, request.headers, policy);
  if (limited) return limited;

  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  // The page asked for, so a redirect to sign-in can come back to it. Set
  // here, over anything the client sent under that name.
  headers.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Everything but static assets, which carry no scripts to protect.
      // Prefetches too: a browser's `Purpose: prefetch` gets the full HTML,
      // which must not arrive without its policy.
      source: '/((?!_next/static|_next/image|favicon.ico|screenshots/).*)',
    },
  ],
};
