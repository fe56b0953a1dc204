import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { IdeaSubpageHeader } from '@/components/ideas/idea-subpage-header';
import { CreateShareLink } from '@/components/share/create-share-link';
import { RevokeShareLink } from '@/components/share/revoke-share-link';
import { currentOwnerId } from '@/lib/auth/session';
import { getIdea } from '@/lib/ideas/data';
import { formatDate, formatDateTime } from '@/lib/results/format';
import { listShareLinks, type ShareLink } from '@/lib/share/links';

type Props = { params: Promise<{ id: string }> };

// The title and the page read the same idea: one query per request, not two.
const loadIdea = cache(async (id: string) => getIdea(await currentOwnerId(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const idea = await loadIdea((await params).id);
  return { title: idea ? `Share ${idea.name}` : 'Idea not found' };
}

const nameOf = (link: ShareLink) => link.label || 'Link without a label';

/** The owner's read-only links to an idea (issue #12): make one, see who has opened them lately, revoke any. */
export default async function ShareIdeaPage({ params }: Props) {
  const idea = await loadIdea((await params).id);
  if (!idea) notFound();
  const links = (await listShareLinks(await currentOwnerId(), idea.id)) ?? [];
  const live = links.filter((l) => !l.revokedAt);
  const revoked = links.filter((l) => l.revokedAt);

  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <IdeaSubpageHeader ideaId={idea.id} title={`Share ${idea.name}`}>
        A read-only link shows this idea’s page to anyone who has it, no account needed: the verdict, numbers, charts, checklist and build-it-once
        answers, never your name or email. They can move the stress sliders, but change nothing. Revoke a link and it stops working at once.
      </IdeaSubpageHeader>

      <CreateShareLink ideaId={idea.id} />

      <section aria-labelledby="links-heading">
        <h2 id="links-heading" className="text-lg font-semibold">
          {live.length === 1 ? '1 working link' : `${live.length} working links`}
        </h2>
        {live.length === 0 ? (
          <p className="mt-2 text-sm text-muted">No link opens this idea.</p>
        ) : (
          <ul className="mt-3 divide-y divide-line rounded-lg border border-line bg-white" aria-label="Working links">
            {live.map((link) => (
              <li key={link.id} className="flex flex-wrap items-start justify-between gap-3 p-4" data-share-link={link.id}>
                <div className="min-w-0 flex-1 basis-56">
                  <p className="font-medium break-words">{nameOf(link)}</p>
                  <p className="mt-0.5 text-xs text-muted">
                    Created {formatDate(link.createdAt)} · {link.lastViewedAt ? `last opened ${formatDateTime(link.lastViewedAt)}` : 'not opened yet'}
                  </p>
                </div>
                <RevokeShareLink ideaId={idea.id} linkId={link.id} label={nameOf(link)} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {revoked.length > 0 && (
        <section aria-labelledby="revoked-heading">
          <h2 id="revoked-heading" className="text-base font-semibold">
            Revoked
          </h2>
          <ul className="mt-2 space-y-1 text-sm text-muted" aria-label="Revoked links">
            {revoked.map((link) => (
              <li key={link.id} data-share-link={link.id}>
                <span className="break-words">{nameOf(link)}</span> · created {formatDate(link.createdAt)}, revoked {formatDate(link.revokedAt!)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
