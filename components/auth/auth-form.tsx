'use client';

import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useState, useTransition } from 'react';
import { z } from 'zod';
import { TextField } from '@/components/ui/field';
import { authClient, authErrorMessage } from '@/lib/auth/client';
import { safeNext } from '@/lib/auth/next-path';
import { PASSWORD_MIN, signInSchema, signUpSchema } from '@/lib/auth/password';

export function AuthForm({
  mode,
  demo,
}: {
  mode: 'sign-in' | 'sign-up';
  /** The embedded database's demo account, offered in one click (that mode only). */
  demo?: { email: string; password: string };
}) {
  const router = useRouter();
  const next = useSearchParams().get('next');
  const [values, setValues] = useState({ name: '', email: '', password: '' });
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = (mode === 'sign-up' ? signUpSchema : signInSchema).safeParse(values);
    if (!parsed.success) {
      setErrors(z.flattenError(parsed.error).fieldErrors);
      setMessage(null);
      return;
    }
    setErrors({});
    startTransition(async () => {
      const { error } =
        mode === 'sign-up'
          ? await authClient.signUp.email({ name: values.name.trim(), email: values.email, password: values.password })
          : await authClient.signIn.email({ email: values.email, password: values.password });
      if (error) {
        setMessage(authErrorMessage(error));
        return;
      }
      router.replace(safeNext(next, window.location.origin));
      router.refresh();
    });
  }

  const field = (name: 'name' | 'email' | 'password', label: string, type: string, autoComplete: string, help?: string) => (
    <TextField
      id={name}
      name={name}
      label={label}
      help={help}
      error={errors[name]}
      type={type}
      autoComplete={autoComplete}
      value={values[name]}
      onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
    />
  );

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {message && (
        <p role="alert" className="rounded-md border border-fail/40 bg-fail-soft px-3 py-2 text-sm text-fail">
          {message}
        </p>
      )}
      {demo && (
        <button
          type="button"
          onClick={() => setValues((v) => ({ ...v, email: demo.email, password: demo.password }))}
          className="w-full rounded-md border border-brand/40 bg-blue-50 px-4 py-2 text-sm font-medium text-brand hover:bg-blue-100"
        >
          Fill in the demo account
        </button>
      )}
      {mode === 'sign-up' && field('name', 'Your name', 'text', 'name')}
      {field('email', 'Email', 'email', 'email')}
      {field(
        'password',
        'Password',
        'password',
        mode === 'sign-up' ? 'new-password' : 'current-password',
        mode === 'sign-up' ? `At least ${PASSWORD_MIN} characters, and not a common one.` : undefined,
      )}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand px-4 py-2 text-sm font-medium text-white hover:bg-brand-dark disabled:cursor-wait disabled:opacity-70"
      >
        {pending ? (mode === 'sign-up' ? 'Creating your account…' : 'Signing in…') : mode === 'sign-up' ? 'Create account' : 'Sign in'}
      </button>
      <p className="text-center text-sm text-muted">
        {mode === 'sign-up' ? (
          <>
            Already have an account?{' '}
            <Link href="/sign-in" className="font-medium text-brand underline">
              Sign in
            </Link>
          </>
        ) : (
          <>
            New here?{' '}
            <Link href="/sign-up" className="font-medium text-brand underline">
              Create an account
            </Link>
          </>
        )}
      </p>
    </form>
  );
}
