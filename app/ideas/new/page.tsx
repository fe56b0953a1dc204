import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { connection } from 'next/server';
import { IdeaForm } from '@/components/ideas/idea-form';
import { currentOwnerId } from '@/lib/auth/session';
import { createIdeaAction } from '../actions';

export const metadata: Metadata = { title: 'New idea' };

export default async function NewIdeaPage() {
  // Rendered per request like every page: its scripts need the request's CSP nonce.
  await connection();
  // Like every idea page, only for a signed-in founder (to sign-in otherwise).
  await currentOwnerId();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-semibold tracking-tight">Underwrite a new idea</h1>
      <p className="mt-2 text-sm text-muted">
        Start from the typical numbers for its product type, then replace each with the real figure you have: traffic
        from your analytics, prices from competitors, the hours you will honestly spend.
      </p>
      <div className="mt-6">
        <IdeaForm mode="create" action={createIdeaAction} createKey={randomUUID()} />
      </div>
    </div>
  );
}
