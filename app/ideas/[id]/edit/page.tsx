import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { IdeaForm } from '@/components/ideas/idea-form';
import { toFormValues } from '@/lib/results/form-values';
import { currentOwnerId } from '@/lib/auth/session';
import { getIdea } from '@/lib/ideas/data';

export const metadata: Metadata = { title: 'Edit idea' };

export default async function EditIdeaPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const idea = await getIdea(await currentOwnerId(), id);
  if (!idea) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-semibold tracking-tight">Edit {idea.name}</h1>
      <div className="mt-6">
        <IdeaForm mode="edit" initial={{ id: idea.id, version: idea.version, values: toFormValues(idea) }} />
      </div>
    </div>
  );
}
