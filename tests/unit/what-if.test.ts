import { describe, expect, it } from 'vitest';
import { NAME_MAX } from '@/lib/ideas/schema';
import { whatIfName } from '@/lib/ideas/what-if';
import { charCount } from '@/lib/text';

describe('whatIfName', () => {
  it('adds the suffix to a name that leaves room for it', () => {
    expect(whatIfName('Course for dentists')).toBe('Course for dentists (what-if)');
    const fits = 'a'.repeat(NAME_MAX - 10);
    expect(whatIfName(fits)).toBe(`${fits} (what-if)`);
  });

  it('shortens a long name so the whole stays within the limit, counted in characters', () => {
    expect(whatIfName('a'.repeat(NAME_MAX))).toBe(`${'a'.repeat(NAME_MAX - 10)} (what-if)`);
    const emoji = whatIfName('😀'.repeat(NAME_MAX));
    expect(charCount(emoji)).toBe(NAME_MAX);
    expect(emoji).toBe(`${'😀'.repeat(NAME_MAX - 10)} (what-if)`);
  });

  it('never ends the shortened name on a space or half an emoji', () => {
    const name = `${'a'.repeat(NAME_MAX - 11)} 😀${'b'.repeat(20)}`;
    expect(whatIfName(name)).toBe(`${'a'.repeat(NAME_MAX - 11)} (what-if)`);
    expect(whatIfName(`${'a'.repeat(NAME_MAX - 11)}😀😀😀`)).toBe(`${'a'.repeat(NAME_MAX - 11)}😀 (what-if)`);
  });
});
