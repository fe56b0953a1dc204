import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { IdeaForm } from '@/components/ideas/idea-form';
import { toFormValues } from '@/lib/results/form-values';
import { currentOwnerId } from '@/lib/auth/session';
import { getIdea } from '@/lib/ideas/data';
import { whatIfOrigin } from '@/lib/ideas/duplicate';
import { WhatIfLine } from '@/components/ideas/what-if-line';

export const metadata: Metadata = { title: 'Edit idea' };

export default async function EditIdeaPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const owner = await currentOwnerId();
  const idea = await getIdea(owner, id);
  if (!idea) notFound();
  const origin = await whatIfOrigin(owner, idea.id);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-semibold tracking-tight">Edit {idea.name}</h1>
      {origin && <WhatIfLine copyId={idea.id} origin={origin} />}
      <div className="mt-6">
        <IdeaForm mode="edit" initial={{ id: idea.id, version: idea.version, values: toFormValues(idea) }} />
      </div>
    </div>
  );
}
