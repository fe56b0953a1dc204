import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { CompareChart } from '@/components/compare/compare-chart';
import { CompareTable } from '@/components/compare/compare-table';
import { getSession } from '@/lib/auth/session';
import { signInPath } from '@/lib/auth/sign-in-path';
import { getOwnIdeas } from '@/lib/ideas/selection';
import { COMPARE_MAX, COMPARE_MIN, compareIdea, leftOutNotes, parseCompareIds } from '@/lib/results/compare';
import { rankingSentence } from '@/lib/results/ranking';

export const metadata: Metadata = { title: 'Compare ideas' };

type Props = { searchParams: Promise<{ ids?: string | string[] }> };

/**
 * Two to four of the founder's ideas side by side (issue #12). An id that
 * is not theirs, not anyone's or not an id at all is left out with a note
 * that never says which or whose; the page answers 200 either way, so the
 * status gives nothing away either.
 */
export default async function ComparePage({ searchParams }: Props) {
  const raw = (await searchParams).ids;
  const session = await getSession();
  if (!session) {
    const ids = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).join(',');
    redirect(signInPath(ids ? `/compare?ids=${ids}` : '/compare'));
  }
  const selection = parseCompareIds(raw);
  const found = await getOwnIdeas(session.user.id, selection.ids);
  const shown = found.slice(0, COMPARE_MAX);
  const notes = leftOutNotes({
    missing: selection.malformed + selection.ids.length - found.length,
    repeated: selection.repeated,
    extra: found.length - shown.length + selection.beyond,
  });
  const today = new Date();
  const ideas = shown.map((idea) => compareIdea(idea, today));

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Compare ideas</h1>
        <p className="mt-1 text-sm text-muted">
          Base and stress side by side, worked out exactly as on each idea’s page. Pick the one asset to build first.
        </p>
      </div>
      {notes.length > 0 && (
        <div role="status" className="space-y-1 rounded-md border border-fragile/40 bg-fragile-soft px-4 py-3 text-sm" data-testid="compare-notes">
          {notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
        </div>
      )}
      {ideas.length < COMPARE_MIN ? (
        <div className="rounded-lg border border-dashed border-line bg-white p-6" data-testid="compare-too-few">
          <p className="font-medium">
            {ideas.length === 0 ? 'There is nothing to compare yet.' : `Only one idea to show: ${ideas[0]!.name}.`}
          </p>
          <p className="mt-1 text-sm text-muted">
            Compare needs {COMPARE_MIN} to {COMPARE_MAX} of your ideas. Tick them on your list and press Compare, or duplicate an idea as a
            what-if from its page’s More menu and compare the two.
          </p>
          <div className="mt-4 flex flex-wrap gap-3">
            <Link href="/" className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white hover:bg-brand-dark">
              Choose ideas on your list
            </Link>
            {ideas.length === 1 && (
              <Link href={`/ideas/${ideas[0]!.id}`} className="rounded-md border border-line bg-white px-4 py-2 text-sm font-medium hover:bg-paper">
                Open {ideas[0]!.name}
              </Link>
            )}
          </div>
        </div>
      ) : (
        <>
          <p className="rounded-lg border border-line bg-white p-4 text-sm leading-relaxed" data-testid="ranking">
            {rankingSentence(ideas.map((idea) => idea.rank))}
          </p>
          <CompareTable ideas={ideas} />
          <CompareChart ideas={ideas} />
        </>
      )}
    </div>
  );
}
