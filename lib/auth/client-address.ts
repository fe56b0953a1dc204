import { BlockList, isIP } from 'node:net';

/**
 * Who sent a request, for the per-address limits on the auth endpoints.
 *
 * The address is the connection's own (the socket peer), which a client
 * cannot choose. Only when that peer is one of the TRUSTED_PROXIES is
 * X-Forwarded-For read, from the right: each trusted proxy appends the
 * address it was connected from, so the rightmost hop that is not itself a
 * trusted proxy is the client. Anything to its left was written by the
 * client and is never believed.
 */

/** An address as one spelling: IPv4-mapped IPv6 (`::ffff:1.2.3.4`) as IPv4, IPv6 in lower case. */
export function normalizeAddress(address: string): string | null {
  const trimmed = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(trimmed)?.[1];
  if (mapped && isIP(mapped) === 4) return mapped;
  return isIP(trimmed) ? trimmed : null;
}

/** TRUSTED_PROXIES (addresses and CIDR ranges, already validated by lib/env.ts) as a set to test addresses against. */
export function proxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix] = entry.split('/') as [string, string | undefined];
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

function isTrusted(address: string, proxies: BlockList): boolean {
  return proxies.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/**
 * The client's address from the connection's peer and the request's
 * X-Forwarded-For, or null when the peer is unknown (not a TCP connection).
 */
export function resolveClientAddress(peer: string | undefined, forwardedFor: string | undefined, proxies: BlockList): string | null {
  let client = peer ? normalizeAddress(peer) : null;
  if (!client || !forwardedFor) return client;
  const hops = forwardedFor.split(',').reverse();
  for (const raw of hops) {
    if (!isTrusted(client, proxies)) return client;
    const hop = normalizeAddress(raw);
    // A hop that is not an address was not written by a proxy we trust: the
    // last trusted one is as far as we can see.
    if (!hop) return client;
    client = hop;
  }
  return client;
}
