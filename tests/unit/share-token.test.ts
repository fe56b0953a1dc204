import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashShareToken, newShareToken, SHARE_TOKEN_BYTES, SHARE_TOKEN_LENGTH, sharePath } from '@/lib/share/token';

describe('share tokens', () => {
  it('are 43 base64url characters carrying 32 random bytes (256 bits)', () => {
    expect(SHARE_TOKEN_BYTES * 8).toBeGreaterThanOrEqual(128);
    expect(SHARE_TOKEN_LENGTH).toBe(43);
    for (let i = 0; i < 50; i++) {
      const token = newShareToken();
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(SHARE_TOKEN_BYTES);
      expect(encodeURIComponent(token)).toBe(token);
    }
  });

  it('do not repeat, and use the whole alphabet', () => {
    const tokens = Array.from({ length: 2000 }, newShareToken);
    expect(new Set(tokens).size).toBe(tokens.length);
    // 2000 × 43 characters over 64 symbols: each appears about 1,340 times; a biased generator would miss some.
    const counts = new Map<string, number>();
    for (const c of tokens.join('')) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(64);
    for (const n of counts.values()) expect(n).toBeGreaterThan(900);
  });

  it('are stored as their SHA-256 in lower-case hex, and any string hashes', () => {
    const token = newShareToken();
    expect(hashShareToken(token)).toBe(createHash('sha256').update(token).digest('hex'));
    expect(hashShareToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashShareToken(token)).not.toBe(hashShareToken(newShareToken()));
    expect(hashShareToken('')).toMatch(/^[0-9a-f]{64}$/);
    expect(sharePath('abc')).toBe('/share/abc');
  });
});
