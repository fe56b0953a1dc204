/**
 * Where to go after signing in or up: the `next` the sign-in link carried,
 * when it names a page of this app, else the home page.
 *
 * `next` is read the way the browser will read it: resolved against the
 * app's own origin by the URL parser, which turns `\` into `/` and drops
 * tabs and newlines, so `/\evil.example` or `/<tab>/evil.example` are seen
 * as the `//evil.example` they become. Only a same-origin result is kept,
 * and it is returned re-serialised (path, query, hash), never as typed.
 */
export function safeNext(raw: string | null | undefined, origin: string): string {
  if (!raw || !raw.startsWith('/')) return '/';
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return '/';
  }
  if (url.origin !== new URL(origin).origin) return '/';
  const path = `${url.pathname}${url.search}${url.hash}`;
  // `/.//evil.example` resolves to the path `//evil.example` on our origin,
  // which the router would then read as another host.
  return path.startsWith('//') ? '/' : path;
}
