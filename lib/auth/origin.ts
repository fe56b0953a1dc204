/**
 * Which origin may use the auth endpoints, and which Host headers the app
 * answers them on.
 *
 * With APP_URL set, its origin alone. Without it the app is a local one:
 * it answers only a loopback Host (so a DNS name rebound to 127.0.0.1 gets
 * nothing), and trusts only the origin the request itself was addressed to
 * (so a page on another localhost port cannot sign a visitor in).
 */

/** localhost, 127.x.x.x or [::1], with or without a port: names only this machine can reach. */
export function isLoopbackHost(host: string | null | undefined): boolean {
  if (!host) return false;
  const name = host.toLowerCase().replace(/:\d{1,5}$/, '');
  return name === 'localhost' || name === '[::1]' || /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(name);
}

/**
 * The one origin trusted for a request addressed to `host` over `protocol`,
 * or null when the app must not answer it (no APP_URL and not a loopback host).
 */
export function trustedOrigin(host: string | null, protocol: string, appUrl: string | undefined): string | null {
  if (appUrl) return new URL(appUrl).origin;
  if (!isLoopbackHost(host)) return null;
  const scheme = protocol.replace(/:$/, '') === 'https' ? 'https' : 'http';
  return `${scheme}://${host!.toLowerCase()}`;
}
