import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { DeleteIdeaButton } from '@/components/ideas/delete-idea-button';
import { DuplicateIdeaButton } from '@/components/ideas/duplicate-idea-button';
import { IdeaHeading, IdeaView } from '@/components/ideas/idea-view';
import { MENU_ITEM } from '@/components/ideas/menu-item';
import { MoreMenu } from '@/components/ideas/more-menu';
import { WhatIfLine } from '@/components/ideas/what-if-line';
import { currentOwnerId } from '@/lib/auth/session';
import { listActualWeeks } from '@/lib/ideas/actuals';
import { getIdea } from '@/lib/ideas/data';
import { whatIfOrigin } from '@/lib/ideas/duplicate';

type Props = { params: Promise<{ id: string }> };

// The title and the page read the same idea: one query per request, not two.
const loadIdea = cache(async (id: string) => getIdea(await currentOwnerId(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const idea = await loadIdea((await params).id);
  return { title: idea?.name ?? 'Idea not found' };
}

export default async function IdeaPage({ params }: Props) {
  const idea = await loadIdea((await params).id);
  if (!idea) notFound();
  const weeks = (await listActualWeeks(await currentOwnerId(), idea.id)) ?? [];
  const origin = await whatIfOrigin(await currentOwnerId(), idea.id);

  return (
    <article className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <IdeaHeading idea={idea}>{origin && <WhatIfLine copyId={idea.id} origin={origin} compare />}</IdeaHeading>
        {/* Three buttons fit a phone's width: the secondary actions wait behind More. */}
        <div className="flex gap-2">
          <Link
            href={`/ideas/${idea.id}/edit`}
            className="rounded-md border border-line bg-white px-3 py-2 text-sm font-medium hover:bg-paper"
          >
            Edit worksheet
          </Link>
          <MoreMenu>
            <Link href={`/ideas/${idea.id}/history`} className={MENU_ITEM}>
              History
            </Link>
            <Link href={`/ideas/${idea.id}/report`} className={MENU_ITEM}>
              One-page report
            </Link>
            <Link href={`/ideas/${idea.id}/share`} className={MENU_ITEM}>
              Share read-only
            </Link>
            {/* A file, not a page: a plain link, so nothing prefetches or routes it. */}
            <a href={`/ideas/${idea.id}/months.csv`} download className={MENU_ITEM}>
              Download months (CSV)
            </a>
            <DuplicateIdeaButton id={idea.id} createKey={randomUUID()} />
          </MoreMenu>
          <DeleteIdeaButton id={idea.id} name={idea.name} />
        </div>
      </header>

      {/* The body the shared read-only link shows too (app/share/[token]/page.tsx). */}
      <IdeaView idea={idea} weeks={weeks} readOnly={false} />
    </article>
  );
}
