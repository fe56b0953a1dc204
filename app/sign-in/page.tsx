import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { AuthForm } from '@/components/auth/auth-form';
import { getSession } from '@/lib/auth/session';
import { env } from '@/lib/env';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage() {
  if (await getSession()) redirect('/');
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
        <p className="mt-1 text-sm text-muted">Your ideas and their numbers are private to your account.</p>
      </div>
      {env.DEMO_ACCOUNT_EMAIL && env.DEMO_ACCOUNT_PASSWORD && (
        <div className="rounded-md border border-brand/30 bg-blue-50 p-3 text-sm" data-testid="demo-account">
          <p className="font-medium">Local demo account</p>
          <p className="mt-1">
            Email <code className="font-mono">{env.DEMO_ACCOUNT_EMAIL}</code>, password{' '}
            <code className="font-mono">{env.DEMO_ACCOUNT_PASSWORD}</code>
          </p>
          <p className="mt-1 text-xs text-muted">Shown only on the embedded database that npm run dev starts.</p>
        </div>
      )}
      <div className="rounded-lg border border-line bg-white p-6">
        <Suspense>
          <AuthForm
            mode="sign-in"
            demo={
              env.DEMO_ACCOUNT_EMAIL && env.DEMO_ACCOUNT_PASSWORD
                ? { email: env.DEMO_ACCOUNT_EMAIL, password: env.DEMO_ACCOUNT_PASSWORD }
                : undefined
            }
          />
        </Suspense>
      </div>
    </div>
  );
}
