import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ChangePasswordForm } from '@/components/auth/change-password-form';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { getSession } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Account' };

export default async function AccountPage() {
  const session = await getSession();
  if (!session) redirect('/sign-in?next=/account');
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div className="flex items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Account</h1>
          <p className="mt-1 text-sm text-muted">
            Signed in as <span className="font-medium text-ink">{session.user.email}</span>
          </p>
        </div>
        <SignOutButton />
      </div>
      <section aria-labelledby="password-heading" className="rounded-lg border border-line bg-white p-6">
        <h2 id="password-heading" className="text-base font-semibold">
          Change password
        </h2>
        <div className="mt-4">
          <ChangePasswordForm />
        </div>
      </section>
    </div>
  );
}
