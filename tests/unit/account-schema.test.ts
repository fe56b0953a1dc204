import { describe, expect, it } from 'vitest';
import { accountNameSchema, deleteAccountSchema, sameEmail } from '@/lib/account/schema';

describe('accountNameSchema', () => {
  it('counts characters, not UTF-16 units: 80 emoji pass, 81 do not', () => {
    expect(accountNameSchema.safeParse({ name: '🚀'.repeat(80) }).success).toBe(true);
    const over = accountNameSchema.safeParse({ name: '🚀'.repeat(81) });
    expect(over.success).toBe(false);
    expect(over.error?.issues[0]?.message).toBe('Keep the name under 80 characters.');
  });

  it('trims, and refuses a blank name', () => {
    expect(accountNameSchema.parse({ name: '  Ada  ' })).toEqual({ name: 'Ada' });
    expect(accountNameSchema.safeParse({ name: '   ' }).success).toBe(false);
  });
});

describe('the delete confirmation', () => {
  it('matches the email as better-auth compares it: case and surrounding spaces aside', () => {
    expect(sameEmail('  Ada@Example.COM ', 'ada@example.com')).toBe(true);
    expect(sameEmail('ada@example.co', 'ada@example.com')).toBe(false);
    expect(sameEmail('', 'ada@example.com')).toBe(false);
  });

  it('needs something typed', () => {
    expect(deleteAccountSchema.safeParse({ email: '  ' }).success).toBe(false);
    expect(deleteAccountSchema.parse({ email: ' a@b.co ' })).toEqual({ email: 'a@b.co' });
  });
});
