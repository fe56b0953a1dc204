import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { AuthForm } from '@/components/auth/auth-form';
import { safeNext } from '@/lib/auth/next-path';
import { isLoopbackHost } from '@/lib/auth/origin';
import { getSession } from '@/lib/auth/session';
import { env } from '@/lib/env';

export const metadata: Metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  // Already signed in: straight on to where the link was going. Any origin
  // serves to check that `next` is a path of this app.
  const { next } = await searchParams;
  if (await getSession()) redirect(safeNext(typeof next === 'string' ? next : null, 'http://underwrite.invalid'));
  // The embedded database's demo account, shown only to a browser on this
  // machine: a page reached under another name (a DNS name rebound to
  // 127.0.0.1, a LAN address) never carries the password.
  const demo =
    env.DEMO_ACCOUNT_EMAIL && env.DEMO_ACCOUNT_PASSWORD && isLoopbackHost((await headers()).get('host'))
      ? { email: env.DEMO_ACCOUNT_EMAIL, password: env.DEMO_ACCOUNT_PASSWORD }
      : undefined;
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
        <p className="mt-1 text-sm text-muted">Your ideas and their numbers are private to your account.</p>
      </div>
      {demo && (
        <div className="rounded-md border border-brand/30 bg-blue-50 p-3 text-sm" data-testid="demo-account">
          <p className="font-medium">Local demo account</p>
          <p className="mt-1">
            Email <code className="font-mono">{demo.email}</code>, password <code className="font-mono">{demo.password}</code>
          </p>
          <p className="mt-1 text-xs text-muted">Shown only to a browser on this computer, for the local demo database.</p>
        </div>
      )}
      <div className="rounded-lg border border-line bg-white p-6">
        <Suspense>
          <AuthForm mode="sign-in" demo={demo} />
        </Suspense>
      </div>
    </div>
  );
}
