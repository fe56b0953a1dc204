import type { NextConfig } from 'next';
// Parsing the environment here stops `next dev/build/start` at once, with one
// clear line, when a variable is malformed.
import './lib/env';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    serverActions: {
      // The worksheet is ~20 short fields plus two 2,000-character notes.
      bodySizeLimit: '100kb',
    },
  },
};

export default nextConfig;
