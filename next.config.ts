import type { NextConfig } from 'next';
// Parsing the environment here stops `next dev/build/start` at once, with one
// clear line, when a variable is malformed.
import './lib/env';
import { SHARE_HEADERS } from './lib/share/headers';

// Headers that do not change per request; the Content-Security-Policy, which
// carries a per-request nonce, is set in proxy.ts.
const securityHeaders = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains; preload' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  async headers() {
    // Later entries win for the same header: a shared link's page sends no Referer.
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/share/:path*', headers: [...SHARE_HEADERS] },
    ];
  },
  reactStrictMode: true,
  experimental: {
    serverActions: {
      // The worksheet is ~20 short fields plus two 2,000-character notes; a
      // CSV import of actuals sends its file whole, up to 750 kB of text
      // (IMPORT_MAX_BYTES in lib/ideas/actuals-schema.ts), so the server
      // reads the rows itself rather than trusting the browser's.
      bodySizeLimit: '1mb',
    },
  },
};

export default nextConfig;
