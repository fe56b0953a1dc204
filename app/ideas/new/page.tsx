import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { IdeaForm } from '@/components/ideas/idea-form';
import { currentOwnerId } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'New idea' };

export default async function NewIdeaPage() {
  // Signed-in founders only (this also renders it per request, as the CSP nonce needs).
  await currentOwnerId();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-semibold tracking-tight">Underwrite a new idea</h1>
      <p className="mt-2 text-sm text-muted">
        Start from the typical numbers for its product type, then replace each with the real figure you have: traffic
        from your analytics, prices from competitors, the hours you will honestly spend.
      </p>
      <div className="mt-6">
        <IdeaForm mode="create" createKey={randomUUID()} />
      </div>
    </div>
  );
}
