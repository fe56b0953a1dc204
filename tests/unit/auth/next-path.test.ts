import { describe, expect, it } from 'vitest';
import { safeNext } from '@/lib/auth/next-path';

const ORIGIN = 'http://127.0.0.1:3131';

// `next` as the sign-in page reads it (useSearchParams has already decoded
// the query once), and where the founder must land.
const CASES: [raw: string | null, expected: string][] = [
  // Pages of this app are kept, with their query and hash.
  ['/', '/'],
  ['/account', '/account'],
  ['/ideas/new', '/ideas/new'],
  ['/ideas/3f2b7c1e-0000-4000-8000-000000000000?tab=checklist#item-2', '/ideas/3f2b7c1e-0000-4000-8000-000000000000?tab=checklist#item-2'],
  ['/ideas/../account', '/account'],
  ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
  ['/ /evil.example', '/%20/evil.example'],
  // Nothing, or not a path.
  [null, '/'],
  ['', '/'],
  ['account', '/'],
  ['evil.example', '/'],
  ['https://evil.example/', '/'],
  [`${ORIGIN}/account`, '/'],
  ['javascript:alert(1)', '/'],
  ['data:text/html,<script>alert(1)</script>', '/'],
  // Another host, spelled so a naive "starts with / but not //" check lets it through.
  ['//evil.example', '/'],
  ['///evil.example', '/'],
  ['/\\evil.example', '/'],
  ['/\\/evil.example', '/'],
  ['\\/evil.example', '/'],
  ['/\t/evil.example', '/'],
  ['/\n/evil.example', '/'],
  ['/\r\n/evil.example', '/'],
  ['/.//evil.example', '/'],
  ['/..//evil.example', '/'],
  ['/%09/evil.example', '/%09/evil.example'],
  // (Only the user-info part names the other host: the page is ours.)
  ['//evil.example@127.0.0.1:3131/account', '/account'],
  ['/\\@evil.example', '/'],
  ['//127.0.0.1:3999/account', '/'],
];

describe('safeNext', () => {
  it.each(CASES)('%j goes to %j', (raw, expected) => {
    expect(safeNext(raw, ORIGIN)).toBe(expected);
  });

  it('never returns anything a browser would read as another origin', () => {
    for (const [raw] of CASES) {
      const target = new URL(safeNext(raw, ORIGIN), ORIGIN);
      expect(target.origin, String(raw)).toBe(ORIGIN);
    }
  });
});
