import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { IdeaHeading, IdeaView } from '@/components/ideas/idea-view';
import { findSharedIdea } from '@/lib/share/links';

type Props = { params: Promise<{ token: string }> };

// The title and the page read the same link: one lookup (and one "last viewed") per request.
const loadShared = cache((token: string) => findSharedIdea(token));

// Never indexed, the page and its 404 alike; the X-Robots-Tag header (next.config.ts) says it to crawlers that skip the HTML.
const robots: Metadata['robots'] = { index: false, follow: false, nocache: true };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const shared = await loadShared((await params).token);
  return { title: shared ? `${shared.idea.name} (shared, read-only)` : 'Link not found', robots, referrer: 'no-referrer' };
}

/**
 * A read-only link to an idea (issue #12): no session needed, and a
 * signed-in visitor, the owner too, sees the same page. The body is the
 * owner's idea page in its read-only mode; nothing here names the owner.
 */
export default async function SharedIdeaPage({ params }: Props) {
  const shared = await loadShared((await params).token);
  if (!shared) notFound();
  const { idea, weeks } = shared;

  return (
    <article className="space-y-6">
      <p className="rounded-lg border border-line bg-white px-4 py-3 text-sm" data-testid="shared-notice">
        <strong className="font-semibold">Shared, read-only.</strong> You are seeing this idea as its owner saved it. Move the stress sliders to try a worse
        case: nothing you change here is saved.
      </p>
      <header>
        <IdeaHeading idea={idea} />
      </header>
      <IdeaView idea={idea} weeks={weeks} readOnly />
    </article>
  );
}
