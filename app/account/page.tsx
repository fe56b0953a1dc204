import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { DeleteAccountForm } from '@/components/account/delete-account-form';
import { NameForm } from '@/components/account/name-form';
import { ChangePasswordForm } from '@/components/auth/change-password-form';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { getSession } from '@/lib/auth/session';
import { countIdeas } from '@/lib/ideas/data';

export const metadata: Metadata = { title: 'Account' };

const section = 'rounded-lg border bg-white p-4 sm:p-6';

export default async function AccountPage() {
  const session = await getSession();
  if (!session) redirect('/sign-in?next=/account');
  const { user } = session;
  const ideas = await countIdeas(user.id);
  const ideasText = ideas === 1 ? '1 idea' : `${ideas} ideas`;
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div className="flex items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight">Account</h1>
          <p className="mt-1 text-sm text-muted">
            Signed in as <span className="font-medium break-all text-ink">{user.email}</span>
          </p>
        </div>
        <SignOutButton />
      </div>

      <section aria-labelledby="name-heading" className={`${section} border-line`}>
        <h2 id="name-heading" className="text-base font-semibold">
          Your name
        </h2>
        <div className="mt-4">
          <NameForm name={user.name} />
        </div>
      </section>

      <section aria-labelledby="password-heading" className={`${section} border-line`}>
        <h2 id="password-heading" className="text-base font-semibold">
          Change password
        </h2>
        <div className="mt-4">
          <ChangePasswordForm />
        </div>
      </section>

      <section aria-labelledby="data-heading" className={`${section} border-line`}>
        <h2 id="data-heading" className="text-base font-semibold">
          Your data
        </h2>
        <p className="mt-2 text-sm text-muted">
          One JSON file with your account and your {ideasText}: each worksheet with its stress profile, ranges and evidence, the
          checklist and build-it-once answers, every saved version, the weekly actuals and your share links. No password, session or
          link keys.
        </p>
        {/* A plain link: the browser downloads the file itself, and it works without JavaScript. */}
        <a
          href="/account/export"
          download
          className="mt-4 inline-block rounded-md border border-line px-4 py-2 text-sm font-medium hover:bg-paper"
        >
          Download all my data (JSON)
        </a>
      </section>

      <section aria-labelledby="delete-heading" className={`${section} border-fail/50`}>
        <h2 id="delete-heading" className="text-base font-semibold text-fail">
          Delete account
        </h2>
        <p className="mt-2 text-sm text-muted">
          Deletes your account and your {ideasText} with all their history, checklists and actuals, and signs you out on every
          device. It cannot be undone: download your data first if you want to keep it.
        </p>
        <div className="mt-4">
          <DeleteAccountForm email={user.email} />
        </div>
      </section>
    </div>
  );
}
