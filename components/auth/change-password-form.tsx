'use client';

import { useState, useTransition } from 'react';
import { z } from 'zod';
import { FieldError } from '@/components/ui/field-error';
import { authClient, authErrorMessage } from '@/lib/auth/client';
import { changePasswordSchema, PASSWORD_MIN } from '@/lib/auth/password';

const input =
  'mt-1 w-full rounded-md border border-line bg-white px-3 py-2 text-sm aria-[invalid=true]:border-fail aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-fail';

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
        <div key={name}>
          <label htmlFor={name} className="block text-sm font-medium">
            {name === 'currentPassword' ? 'Current password' : 'New password'}
          </label>
          <input
            id={name}
            type="password"
            autoComplete={name === 'currentPassword' ? 'current-password' : 'new-password'}
            value={values[name]}
            onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
            aria-invalid={Boolean(errors[name]) || undefined}
            aria-describedby={errors[name] ? `${name}-error` : name === 'newPassword' ? 'newPassword-help' : undefined}
            className={input}
          />
          {name === 'newPassword' && !errors[name] && (
            <p id="newPassword-help" className="mt-1 text-xs text-muted">
              At least {PASSWORD_MIN} characters, and not a common one.
            </p>
          )}
          <FieldError name={name} error={errors[name]} />
        </div>
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
