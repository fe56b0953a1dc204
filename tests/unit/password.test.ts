import { describe, expect, it } from 'vitest';
import { changePasswordSchema, isCommonPassword, nameSchema, passwordSchema, signInSchema, signUpSchema } from '@/lib/auth/password';

describe('password rule', () => {
  it('refuses the common ones, in any case, and runs of one character', () => {
    for (const p of ['password123', 'PASSWORD123', 'Qwerty123', '12345678', 'aaaaaaaa', '1234567890abc']) {
      expect(isCommonPassword(p), p).toBe(true);
    }
    for (const p of ['correct horse battery', 'my-notion-templates-2026', 'a8f!Kq2#']) expect(isCommonPassword(p), p).toBe(false);
  });

  it('explains what is wrong', () => {
    const message = (p: string) => passwordSchema.safeParse(p).error?.issues[0]?.message;
    expect(message('short')).toBe('Use at least 8 characters.');
    expect(message('x'.repeat(129))).toBe('Use at most 128 characters.');
    expect(message('iloveyou')).toBe('This password is among the most common ones: choose another.');
    expect(message('a long enough passphrase')).toBeUndefined();
  });

  it('checks the sign-up and change-password forms', () => {
    expect(signUpSchema.safeParse({ name: ' ', email: 'not-an-email', password: 'x' }).error?.issues.map((i) => i.path[0])).toEqual([
      'name',
      'email',
      'password',
    ]);
    const same = changePasswordSchema.safeParse({ currentPassword: 'same-long-secret', newPassword: 'same-long-secret' });
    expect(same.error?.issues[0]?.message).toBe('The new password must differ from the current one.');
  });

  // The server used to count UTF-16 units (better-auth) where the forms count characters: both count characters now.
  it('counts lengths in characters, as PostgreSQL and a person do, not in UTF-16 units', () => {
    const message = (p: string) => passwordSchema.safeParse(p).error?.issues[0]?.message;
    // 🔑 is one character and two UTF-16 units.
    expect(message('🔑'.repeat(8))).toBeUndefined();
    expect(message('🔑'.repeat(128))).toBeUndefined();
    expect(message('🔑'.repeat(129))).toBe('Use at most 128 characters.');
    expect(message('🔑'.repeat(7))).toBe('Use at least 8 characters.');
    expect(signInSchema.shape.password.safeParse('🔑'.repeat(128)).success).toBe(true);
    expect(signInSchema.shape.password.safeParse('x'.repeat(129)).error?.issues[0]?.message).toBe('Use at most 128 characters.');
    expect(nameSchema.safeParse('🙂'.repeat(80)).success).toBe(true);
    expect(nameSchema.safeParse('🙂'.repeat(81)).error?.issues[0]?.message).toBe('Keep the name under 80 characters.');
    expect(nameSchema.parse('  Ada  ')).toBe('Ada');
  });
});

