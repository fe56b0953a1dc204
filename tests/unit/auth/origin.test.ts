import { describe, expect, it } from 'vitest';
import { isLoopbackHost, trustedOrigin } from '@/lib/auth/origin';

describe('isLoopbackHost', () => {
  it.each([
    ['localhost', true],
    ['localhost:3000', true],
    ['LOCALHOST:3000', true],
    ['127.0.0.1:3131', true],
    ['127.1.2.3', true],
    ['[::1]:3000', true],
    ['evil.example', false],
    ['localhost.evil.example', false],
    ['127.0.0.1.evil.example:3000', false],
    ['127.0.0.256', false],
    ['192.168.1.20:3000', false],
    ['0.0.0.0:3000', false],
    ['[::ffff:127.0.0.1]', false],
    ['', false],
    [null, false],
  ])('%j: %j', (host, expected) => expect(isLoopbackHost(host)).toBe(expected));
});

describe('trustedOrigin', () => {
  it('is APP_URL’s origin whatever the Host', () => {
    expect(trustedOrigin('evil.example', 'http:', 'https://underwrite.example.com/app')).toBe('https://underwrite.example.com');
  });
  it('without APP_URL, is the loopback origin the request was addressed to, and nothing for another host', () => {
    expect(trustedOrigin('127.0.0.1:3131', 'http:', undefined)).toBe('http://127.0.0.1:3131');
    expect(trustedOrigin('LocalHost:3000', 'https:', undefined)).toBe('https://localhost:3000');
    expect(trustedOrigin('evil.example:3131', 'http:', undefined)).toBeNull();
    expect(trustedOrigin(null, 'http:', undefined)).toBeNull();
  });
});
