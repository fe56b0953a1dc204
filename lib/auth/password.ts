import { z } from 'zod';
import '@/lib/underwrite/zod-config';

/**
 * The account rules (password, name, email), shared by the sign-up,
 * sign-in and change-password forms and by the server hook that guards the
 * auth endpoints themselves (lib/auth/hooks.ts).
 */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
export const NAME_MAX = 80;

// The most used passwords in public breach corpora (and their obvious
// variants): the first ones an attacker tries. Compared case-insensitively.
const COMMON = new Set(
  `password password1 password12 password123 password1234 passw0rd p@ssw0rd p@ssword 12345678 123456789 1234567890
  12341234 11111111 00000000 87654321 qwertyui qwerty123 qwerty12 qwertyuiop 1q2w3e4r 1q2w3e4r5t zaq12wsx
  abc12345 abcd1234 iloveyou iloveyou1 sunshine sunshine1 princess football football1 baseball welcome welcome1
  welcome123 letmein1 letmein123 admin123 administrator trustno1 superman batman123 starwars dragon12 monkey123
  master12 shadow12 whatever freedom1 computer internet michael1 jennifer jordan23 charlie1 aa123456 a1234567
  asdfghjk asdf1234 zxcvbnm1 zxcvbnm123 changeme changeme1 secret123 default1 test1234 testtest guest123 login123
  passport 1qaz2wsx qazwsxedc 123qweasd q1w2e3r4 q1w2e3r4t5 987654321 123123123 11223344 55555555 66666666
  77777777 88888888 99999999 12121212 123321123 696969696 hello123 hello1234 loveme12 lovelove mustang1
  underwrite underwrite1 underwrite123`.split(/\s+/),
);

export function isCommonPassword(password: string): boolean {
  const p = password.toLowerCase();
  return COMMON.has(p) || /^(.)\1+$/.test(p) || /^(0123456789|1234567890|abcdefgh)/.test(p);
}

// zod counts a string's length in characters (code points), as a person
// does: a password of emoji is as long as it looks.
export const passwordSchema = z
  .string({ error: 'Choose a password.' })
  .min(PASSWORD_MIN, { error: `Use at least ${PASSWORD_MIN} characters.` })
  .max(PASSWORD_MAX, { error: `Use at most ${PASSWORD_MAX} characters.` })
  .refine((p) => !isCommonPassword(p), { error: 'This password is among the most common ones: choose another.' });

export const nameSchema = z
  .string({ error: 'Tell us your name.' })
  .trim()
  .min(1, { error: 'Tell us your name.' })
  .max(NAME_MAX, { error: `Keep the name under ${NAME_MAX} characters.` });

export const emailSchema = z.email({ error: 'Enter a valid email address.' }).max(254, { error: 'That email is too long.' });

export const signUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: 'Enter your password.' }).max(PASSWORD_MAX, { error: `Use at most ${PASSWORD_MAX} characters.` }),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string()
      .min(1, { error: 'Enter your current password.' })
      .max(PASSWORD_MAX, { error: `Use at most ${PASSWORD_MAX} characters.` }),
    newPassword: passwordSchema,
  })
  .refine((v) => v.currentPassword !== v.newPassword, {
    error: 'The new password must differ from the current one.',
    path: ['newPassword'],
  });
