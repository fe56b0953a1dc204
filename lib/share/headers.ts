/**
 * Every answer under /share/ (the page, its 404, its 429): never indexed,
 * and no Referer sent from it, so the token in its URL does not travel to
 * any site it links to. next.config.ts sets them; the proxy's own answers
 * (lib/share/gate.ts) set them too, since Next.js does not add config
 * headers to a response the proxy made.
 */
export const SHARE_HEADERS = [
  { key: 'X-Robots-Tag', value: 'noindex, nofollow, noarchive' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
] as const;

export const SHARE_PATH = /^\/share\/[^/]+\/?$/;
