/**
 * Runs once when the server starts, before it handles requests: the auth
 * endpoints' per-address limits need each request's real client address,
 * which Next.js does not hand to route handlers (see lib/auth/peer.ts).
 */
export async function register() {
  // Next.js replaces NEXT_RUNTIME at build time: it names the bundle, not the environment.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { stampClientAddresses } = await import('./lib/auth/peer');
  stampClientAddresses();
}
