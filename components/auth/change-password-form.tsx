'use client';

import { useState, useTransition } from 'react';
import { z } from 'zod';
import { TextField } from '@/components/ui/field';
import { authClient, authErrorMessage } from '@/lib/auth/client';
import { changePasswordSchema, PASSWORD_MIN } from '@/lib/auth/password';

export function ChangePasswordForm() {
  const [values, setValues] = useState({ currentPassword: '', newPassword: '' });
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = changePasswordSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(z.flattenError(parsed.error).fieldErrors);
      return;
    }
    setErrors({});
    startTransition(async () => {
      // Other devices are signed out: a changed password should end sessions it no longer vouches for.
      const { error } = await authClient.changePassword({ ...parsed.data, revokeOtherSessions: true });
      if (error) setStatus({ ok: false, text: authErrorMessage(error) });
      else {
        setStatus({ ok: true, text: 'Password changed. Other devices were signed out.' });
        setValues({ currentPassword: '', newPassword: '' });
      }
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {(['currentPassword', 'newPassword'] as const).map((name) => (
        <TextField
          key={name}
          id={name}
          label={name === 'currentPassword' ? 'Current password' : 'New password'}
          // The rule's own error replaces it, rather than saying it twice.
          help={name === 'newPassword' && !errors[name] ? `At least ${PASSWORD_MIN} characters, and not a common one.` : undefined}
          error={errors[name]}
          type="password"
          autoComplete={name === 'currentPassword' ? 'current-password' : 'new-password'}
          value={values[name]}
          onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
        />
      ))}
      <p aria-live="polite" className={`text-sm ${status?.ok ? 'text-robust' : 'text-fail'}`}>
        {status?.text}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white hover:bg-brand-dark disabled:cursor-wait disabled:opacity-70"
      >
        {pending ? 'Changing…' : 'Change password'}
      </button>
    </form>
  );
}
