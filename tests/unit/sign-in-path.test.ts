import { describe, expect, it } from 'vitest';
import { signInPath } from '@/lib/auth/sign-in-path';

describe('signInPath', () => {
  it('carries a page of this app, query and all, encoded', () => {
    expect(signInPath('/ideas/42')).toBe('/sign-in?next=%2Fideas%2F42');
    expect(signInPath('/compare?ids=a,b')).toBe('/sign-in?next=%2Fcompare%3Fids%3Da%2Cb');
  });

  it('carries nothing for the home page, the auth pages, other hosts or no path at all', () => {
    for (const path of [null, undefined, '', '/', '/sign-in', '/sign-in?next=%2Fx', '/sign-up', '//evil.example', 'https://evil.example/']) {
      expect(signInPath(path)).toBe('/sign-in');
    }
    expect(signInPath('/sign-ins-are-fine-as-a-slug')).toBe('/sign-in?next=%2Fsign-ins-are-fine-as-a-slug');
  });
});
