import { describe, expect, it } from 'vitest';
import { normalizeAddress, proxyList, resolveClientAddress } from '@/lib/auth/client-address';
import { envSchema, parseEnv } from '@/lib/env';

const proxies = proxyList(['10.0.0.0/8', '192.168.1.1', 'fd00::/8']);

describe('resolveClientAddress', () => {
  it.each([
    // A direct client is its connection, whatever it forwards.
    ['203.0.113.7', undefined, '203.0.113.7'],
    ['203.0.113.7', '1.2.3.4', '203.0.113.7'],
    ['203.0.113.7', '10.0.0.5', '203.0.113.7'],
    ['::ffff:203.0.113.7', '1.2.3.4', '203.0.113.7'],
    ['2001:DB8::1', '1.2.3.4', '2001:db8::1'],
    // Through a trusted proxy: the hop it appended, never what the client wrote to its left.
    ['10.0.0.2', '198.51.100.9', '198.51.100.9'],
    ['10.0.0.2', '6.6.6.6, 198.51.100.9', '198.51.100.9'],
    ['10.0.0.2', ' 6.6.6.6 ,198.51.100.9 ', '198.51.100.9'],
    ['::ffff:10.0.0.2', '198.51.100.9', '198.51.100.9'],
    // Through a chain of trusted proxies: the first hop from the right that is not one.
    ['10.0.0.2', '6.6.6.6, 198.51.100.9, 192.168.1.1, 10.1.1.1', '198.51.100.9'],
    ['fd00::2', '2001:db8::5, fd12::1', '2001:db8::5'],
    // A client pretending to be a proxy only moves its claim one hop to the left.
    ['10.0.0.2', '10.9.9.9, 198.51.100.9', '198.51.100.9'],
    // A trusted proxy with nothing to forward, or garbage where an address should be: as far as we can see.
    ['10.0.0.2', undefined, '10.0.0.2'],
    ['10.0.0.2', '', '10.0.0.2'],
    ['10.0.0.2', 'unknown', '10.0.0.2'],
    ['10.0.0.2', '198.51.100.9, not-an-ip', '10.0.0.2'],
    ['10.0.0.2', '10.1.1.1, 10.2.2.2', '10.1.1.1'],
    // No TCP peer at all.
    [undefined, '1.2.3.4', null],
  ])('peer %j, X-Forwarded-For %j: %j', (peer, forwardedFor, expected) => {
    expect(resolveClientAddress(peer, forwardedFor, proxies)).toBe(expected);
  });

  it('trusts nothing forwarded when no proxy is listed', () => {
    expect(resolveClientAddress('127.0.0.1', '1.2.3.4', proxyList([]))).toBe('127.0.0.1');
  });
});

describe('normalizeAddress', () => {
  it('gives one spelling per address, and null for anything else', () => {
    expect(normalizeAddress('::FFFF:127.0.0.1')).toBe('127.0.0.1');
    expect(normalizeAddress(' 2001:DB8::1 ')).toBe('2001:db8::1');
    expect(normalizeAddress('127.0.0.1:5000')).toBeNull();
    expect(normalizeAddress('evil.example')).toBeNull();
  });
});

describe('TRUSTED_PROXIES', () => {
  const parse = (value?: string) => parseEnv(envSchema, { TRUSTED_PROXIES: value }).TRUSTED_PROXIES;
  it('is a comma-separated list of addresses and CIDR ranges, empty when unset', () => {
    expect(parse('127.0.0.1')).toEqual(['127.0.0.1']);
    expect(parse(' 10.0.0.0/8 , ::1,fd00::/8 ')).toEqual(['10.0.0.0/8', '::1', 'fd00::/8']);
    expect(parse(undefined)).toEqual([]);
    expect(parse('')).toEqual([]);
  });
  it('stops the app with one clear line when an entry is not an address', () => {
    expect(() => parse('10.0.0.0/33')).toThrow('TRUSTED_PROXIES must be IP addresses or CIDR ranges, separated by commas.');
    expect(() => parse('proxy.internal')).toThrow(/^Invalid environment: TRUSTED_PROXIES/);
  });
});
