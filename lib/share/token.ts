import { createHash, randomBytes } from 'node:crypto';

/**
 * Share link tokens (issue #12). 32 random bytes (256 bits) in base64url:
 * 43 characters that need no escaping in a URL. Only the SHA-256 of a token
 * is stored: with that much entropy nobody can search the token space, so a
 * slow password hash would add cost and no safety.
 */

export const SHARE_TOKEN_BYTES = 32;
/** base64url without padding: 4 characters per 3 bytes, rounded up. */
export const SHARE_TOKEN_LENGTH = Math.ceil((SHARE_TOKEN_BYTES * 4) / 3);

export function newShareToken(): string {
  return randomBytes(SHARE_TOKEN_BYTES).toString('base64url');
}

/** The stored form of a token: lower-case hex, 64 characters (the column's CHECK). Any string hashes, so a lookup never branches on the token's shape. */
export function hashShareToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export const sharePath = (token: string) => `/share/${token}`;
