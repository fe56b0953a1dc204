import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { IdeaSubpageHeader } from '@/components/ideas/idea-subpage-header';
import { HistoryChart } from '@/components/charts/history-card';
import { VersionEntry } from '@/components/history/version-entry';
import { currentOwnerId } from '@/lib/auth/session';
import { getIdea } from '@/lib/ideas/data';
import { listVersions } from '@/lib/ideas/versions';
import { historyEntries, historySeries } from '@/lib/results/history';

type Props = { params: Promise<{ id: string }> };

// The title and the page read the same idea: one query per request, not two.
const loadIdea = cache(async (id: string) => getIdea(await currentOwnerId(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const idea = await loadIdea((await params).id);
  return { title: idea ? `History of ${idea.name}` : 'Idea not found' };
}

/** Every saved change of the idea's inputs, newest first, each restorable as a new version (issue #9, point 5). */
export default async function IdeaHistoryPage({ params }: Props) {
  const idea = await loadIdea((await params).id);
  if (!idea) notFound();
  const versions = await listVersions(await currentOwnerId(), idea.id);
  const entries = historyEntries(versions);
  const latest = versions[0]?.number ?? 0;

  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <IdeaSubpageHeader ideaId={idea.id} title={`History of ${idea.name}`}>
        Every saved change of the worksheet, its ranges and the stress profile, newest first, with what it did to the verdict. Restoring a
        version adds it as the newest: nothing is lost.
      </IdeaSubpageHeader>

      {versions.length > 0 && <HistoryChart points={historySeries(versions)} />}

      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading" className="text-lg font-semibold">
          {versions.length === 1 ? '1 version' : `${versions.length} versions`}
        </h2>
        <ol className="mt-3 space-y-4">
          {entries.map((entry) => (
            <VersionEntry key={entry.number} entry={entry} ideaId={idea.id} latest={latest} />
          ))}
        </ol>
      </section>
    </article>
  );
}
