import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { BuildTestsProvider, GateNotice } from '@/components/checklist/build-gate';
import { BuildItOnce } from '@/components/checklist/build-it-once';
import { ChecklistPanel } from '@/components/checklist/checklist-panel';
import { NumbersSummary } from '@/components/checklist/numbers-summary';
import { DeleteIdeaButton } from '@/components/ideas/delete-idea-button';
import { DuplicateIdeaButton } from '@/components/ideas/duplicate-idea-button';
import { MENU_ITEM } from '@/components/ideas/menu-item';
import { MoreMenu } from '@/components/ideas/more-menu';
import { WhatIfLine } from '@/components/ideas/what-if-line';
import { EvidenceMark } from '@/components/results/evidence-mark';
import { EvidencePanel } from '@/components/results/evidence-panel';
import { IdeaResults } from '@/components/results/idea-results';
import { PlanVsActualSection } from '@/components/results/plan-vs-actual-section';
import { currentOwnerId } from '@/lib/auth/session';
import { listActualWeeks } from '@/lib/ideas/actuals';
import { getIdea } from '@/lib/ideas/data';
import { whatIfOrigin } from '@/lib/ideas/duplicate';
import { FIELD_GROUPS, inModel } from '@/lib/ideas/fields';
import { isEvidenceField } from '@/lib/ideas/evidence';
import { assumptionsOf } from '@/lib/ideas/schema';
import { calibratedCaseOf, replacementWords } from '@/lib/results/calibrated';
import { numbersView } from '@/lib/results/checklist-numbers';
import { evidenceScore, guessesLine } from '@/lib/results/evidence';
import { formatFieldValue, formatMonths } from '@/lib/results/format';
import { ideaKind } from '@/lib/results/idea-kind';
import { SIMULATION } from '@/lib/results/simulation';
import { uncertaintyOf } from '@/lib/results/uncertainty';
import { sensitivity } from '@/lib/underwrite';

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
  const model = idea.pricingModel;
  const today = new Date();
  const assumptions = assumptionsOf(idea);
  // What the browser's worker computes for the same ranges: its runs show these numbers.
  const uncertainty = uncertaintyOf(assumptions, idea.ranges);
  const evidence = evidenceScore(sensitivity(assumptions), idea.evidence, model);
  // The weeks of actuals logged so far measure conversion, refunds and support time too.
  const weeks = (await listActualWeeks(await currentOwnerId(), idea.id)) ?? [];
  const origin = await whatIfOrigin(await currentOwnerId(), idea.id);
  const calibrated = calibratedCaseOf(assumptions, idea.evidence, weeks);

  return (
    <article className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <p className="text-sm text-muted">
            {ideaKind(idea)} · {formatMonths(idea.horizonMonths)}
          </p>
          <h1 className="text-2xl font-semibold tracking-tight break-words">{idea.name}</h1>
          {origin && <WhatIfLine copyId={idea.id} origin={origin} compare />}
        </div>
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
            {/* A file, not a page: a plain link, so nothing prefetches or routes it. */}
            <a href={`/ideas/${idea.id}/months.csv`} download className={MENU_ITEM}>
              Download months (CSV)
            </a>
            <DuplicateIdeaButton id={idea.id} createKey={randomUUID()} />
          </MoreMenu>
          <DeleteIdeaButton id={idea.id} name={idea.name} />
        </div>
      </header>

      {/* The build-it-once answers, shared by the panel and the gate over the verdict. */}
      <BuildTestsProvider buildTests={idea.buildTests} createdAt={idea.createdAt} today={today}>
        <IdeaResults
          ideaId={idea.id}
          version={idea.version}
          assumptions={assumptions}
          savedStress={idea.stress}
          savedRanges={idea.ranges}
          uncertainty={uncertainty}
          trials={SIMULATION.trials}
          banner={<GateNotice />}
          calibrated={calibrated && { assumptions: calibrated.assumptions, replaced: replacementWords(calibrated.replaced, model) }}
          guesses={guessesLine(evidence)}
          evidence={<EvidencePanel score={evidence} editHref={`/ideas/${idea.id}/edit`} />}
          aside={
            <>
              <ChecklistPanel
                ideaId={idea.id}
                createdAt={idea.createdAt}
                today={today}
                items={idea.checklist}
                numbers={Object.fromEntries(
                  idea.checklist.flatMap((entry) => {
                    const view = numbersView(entry, idea, model);
                    return view ? [[entry.item, <NumbersSummary key={entry.item} ideaId={idea.id} version={idea.version} view={view} />]] : [];
                  }),
                )}
              />
              <BuildItOnce ideaId={idea.id} />
            </>
          }
        />
      </BuildTestsProvider>

      <PlanVsActualSection idea={idea} weeks={weeks} />

      <details className="rounded-lg border border-line bg-white p-4 sm:p-6">
        <summary className="cursor-pointer text-base font-semibold">The worksheet: problem, audience and assumptions</summary>
        {(idea.problem || idea.audience) && (
          <dl className="mt-4 grid gap-4 sm:grid-cols-2">
            {idea.problem && (
              <div>
                <dt className="text-sm font-medium text-muted">Problem</dt>
                <dd className="mt-1 text-sm whitespace-pre-line">{idea.problem}</dd>
              </div>
            )}
            {idea.audience && (
              <div>
                <dt className="text-sm font-medium text-muted">Audience</dt>
                <dd className="mt-1 text-sm whitespace-pre-line">{idea.audience}</dd>
              </div>
            )}
          </dl>
        )}
        <div className="mt-4 grid gap-6 sm:grid-cols-2">
          {FIELD_GROUPS.map((group) => (
            <dl key={group.title} className="space-y-2">
              <p className="text-sm font-medium text-muted">{group.title}</p>
              {group.fields.map((field) => (
                <div key={field.key} className="border-b border-line/60 pb-1 text-sm">
                  <div className="flex justify-between gap-4">
                    <dt>{inModel(field.label, model)}</dt>
                    <dd className="text-right font-mono tabular-nums" data-field={field.key}>
                      {formatFieldValue(field, idea[field.key], model)}
                    </dd>
                  </div>
                  {isEvidenceField(field.key) && <EvidenceMark field={field.key} evidence={idea.evidence[field.key]} model={model} />}
                </div>
              ))}
            </dl>
          ))}
        </div>
      </details>
    </article>
  );
}
