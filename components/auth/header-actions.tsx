import Link from 'next/link';
import { getSession } from '@/lib/auth/session';

/** The header's right side: the founder's actions when signed in, the way in when not. */
export async function HeaderActions() {
  // The header is part of the root layout, where an error would replace the
  // whole app with the last-resort page: when the session cannot be read
  // (database down), show no actions and let the page explain.
  const session = await getSession().catch(() => undefined);
  if (session === undefined) return null;
  if (!session) {
    return (
      <div className="flex items-center gap-2">
        <Link href="/sign-in" className="rounded-md px-3 py-2 text-sm font-medium hover:bg-paper">
          Sign in
        </Link>
        <Link href="/sign-up" className="rounded-md bg-brand px-3 py-2 text-sm font-medium text-white hover:bg-brand-dark">
          Create account
        </Link>
      </div>
    );
  }
  return (
    <div className="flex items-center gap-2">
      <Link href="/account" className="max-w-[10rem] truncate rounded-md px-2 py-2 text-sm text-muted hover:bg-paper" title={session.user.email}>
        {session.user.name || session.user.email}
      </Link>
      <Link href="/ideas/new" className="rounded-md bg-brand px-3 py-2 text-sm font-medium text-white hover:bg-brand-dark">
        New idea
      </Link>
    </div>
  );
}
