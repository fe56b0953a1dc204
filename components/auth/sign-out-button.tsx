'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { authClient } from '@/lib/auth/client';

export function SignOutButton() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await authClient.signOut();
          router.replace('/');
          router.refresh();
        })
      }
      className="shrink-0 whitespace-nowrap rounded-md border border-line px-3 py-2 text-sm font-medium hover:bg-paper disabled:opacity-70"
    >
      {pending ? 'Signing out…' : 'Sign out'}
    </button>
  );
}
