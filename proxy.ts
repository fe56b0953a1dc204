import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';

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
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce, env.NODE_ENV === 'development');

  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: static assets carry no scripts to protect, and prefetches reuse the page's policy.
      source: '/((?!_next/static|_next/image|favicon.ico|screenshots/).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
