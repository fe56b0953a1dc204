import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ActualsEditor } from '@/components/actuals/actuals-editor';
import { ImportPanel } from '@/components/actuals/import-panel';
import { weekOf } from '@/lib/actuals';
import { currentOwnerId } from '@/lib/auth/session';
import { listActualWeeks, listImportMappings } from '@/lib/ideas/actuals';
import { getIdea } from '@/lib/ideas/data';
import { actualRates } from '@/lib/results/actual-rates';
import { soFarSentence } from '@/lib/results/plan-vs-actual-view';

type Props = { params: Promise<{ id: string }> };

const loadIdea = cache(async (id: string) => getIdea(await currentOwnerId(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const idea = await loadIdea((await params).id);
  return { title: idea ? `Actuals · ${idea.name}` : 'Idea not found' };
}

const DAY = 86_400_000;
const mondayBefore = (monday: string, days: number) => new Date(Date.parse(`${monday}T00:00:00Z`) - days * DAY).toISOString().slice(0, 10);

/**
 * The week a new entry starts on: the one after the last logged, or last
 * week (the latest one that is over) when none is logged, never one that
 * has not started.
 */
function suggestedWeek(logged: string[], today: Date): string {
  const thisWeek = weekOf(today.toISOString().slice(0, 10))!;
  const last = logged.at(-1);
  const next = last ? mondayBefore(last, -7) : mondayBefore(thisWeek, 7);
  return next < thisWeek ? next : thisWeek;
}

export default async function ActualsPage({ params }: Props) {
  const { id } = await params;
  const idea = await loadIdea(id);
  if (!idea) notFound();
  const ownerId = await currentOwnerId();
  const [weeks, remembered] = await Promise.all([listActualWeeks(ownerId, idea.id), listImportMappings(ownerId, idea.id)]);
  // Deleted between the two reads.
  if (!weeks || !remembered) notFound();
  const logged = weeks.map((week) => week.weekStart);

  return (
    <article className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm">
          <Link href={`/ideas/${idea.id}`} className="font-medium text-brand underline">
            ← {idea.name}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">Weekly actuals</h1>
        <p className="max-w-3xl text-sm text-muted">
          Your real figures, week by week, once the idea is pre-selling or launched. The idea page sets them against the base and stress cases (plan vs actual).
        </p>
        <p className="text-sm" data-testid="so-far">
          {soFarSentence(actualRates(weeks))}
        </p>
      </header>
      <ActualsEditor ideaId={idea.id} weeks={weeks} suggestedWeek={suggestedWeek(logged, new Date())} />
      <section aria-labelledby="import-heading" className="rounded-lg border border-line bg-white p-4 sm:p-6">
        <h2 id="import-heading" className="text-base font-semibold">
          Import a CSV export
        </h2>
        <p className="mt-1 text-sm text-muted">
          Rows are summed into weeks (Monday to Sunday, UTC). Check the preview, then confirm: bad rows are listed with the reason and left out.
        </p>
        <div className="mt-4">
          <ImportPanel ideaId={idea.id} logged={logged} remembered={remembered} />
        </div>
      </section>
    </article>
  );
}
