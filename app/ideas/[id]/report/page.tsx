import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { CumulativeSection, STYLES, type Line } from '@/components/report/cumulative-svg';
import { PrintButton } from '@/components/report/print-button';
import { BuildTestsSection, ChecklistSection, KeyNumbersSection, VerdictSection, WarningsSection } from '@/components/report/report-sections';
import { currentOwnerId } from '@/lib/auth/session';
import { listActualWeeks } from '@/lib/ideas/actuals';
import { getIdea } from '@/lib/ideas/data';
import { assumptionsOf } from '@/lib/ideas/schema';
import { calibratedCaseOf } from '@/lib/results/calibrated';
import { cumulativeSeries, paybackMark, paybackNote } from '@/lib/results/chart-series';
import { formatDate, formatMonths } from '@/lib/results/format';
import { ideaKind } from '@/lib/results/idea-kind';
import { keyNumbers } from '@/lib/results/key-numbers';
import { reportBuildTests, reportChecklist, reportVerdict } from '@/lib/results/report';
import { uncertaintyOf } from '@/lib/results/uncertainty';
import { underwrite } from '@/lib/underwrite';

type Props = { params: Promise<{ id: string }> };

// The title and the page read the same idea: one query per request, not two.
const loadIdea = cache(async (id: string) => getIdea(await currentOwnerId(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const idea = await loadIdea((await params).id);
  // A report is for the founder and whoever they hand the paper to, never a search engine.
  return { title: idea ? `Report: ${idea.name}` : 'Idea not found', robots: { index: false, follow: false } };
}

/**
 * The idea on one printed page (issue #12): what the idea page decides, for
 * an advisor or a partner. Everything is computed as the idea page does
 * (the saved stress profile, the calibrated case, the same simulation), and
 * app/globals.css shrinks it to one A4 or Letter page when printed.
 */
export default async function IdeaReportPage({ params }: Props) {
  const idea = await loadIdea((await params).id);
  if (!idea) notFound();
  const today = new Date();
  const assumptions = assumptionsOf(idea);
  const weeks = (await listActualWeeks(await currentOwnerId(), idea.id)) ?? [];
  const calibrated = calibratedCaseOf(assumptions, idea.evidence, weeks);
  const result = underwrite(assumptions, idea.stress);
  const measured = calibrated ? underwrite(calibrated.assumptions, idea.stress) : null;
  const verdict = reportVerdict(result, measured, idea.buildTests, idea.createdAt, today);
  const chance = uncertaintyOf(assumptions, idea.ranges)?.view.chance.line ?? null;
  const scenarios = { base: result.base, stress: result.stress, calibrated: measured?.base ?? null };
  const lines: Line[] = (['base', 'stress', 'calibrated'] as const).flatMap((key) => {
    const scenario = scenarios[key];
    return scenario ? [{ key, style: STYLES[key], mark: paybackMark(STYLES[key].label, scenario), note: paybackNote(scenario) }] : [];
  });

  return (
    <article className="print-report mx-auto max-w-4xl space-y-4 rounded-lg border border-line bg-white p-4 sm:p-6 print:max-w-none print:space-y-2.5 print:rounded-none print:border-0 print:p-0">
      <header className="flex flex-wrap items-start justify-between gap-3 border-b border-line pb-3">
        <div className="min-w-0 flex-1 basis-64">
          <p className="text-xs text-muted">
            One-page report · {ideaKind(idea)} · {formatMonths(idea.horizonMonths)} · {formatDate(today)}
          </p>
          <h1 className="text-xl leading-tight font-semibold tracking-tight break-words">{idea.name}</h1>
        </div>
        <div className="flex flex-wrap gap-2 print:hidden">
          <Link href={`/ideas/${idea.id}`} className="rounded-md border border-line bg-white px-3 py-2 text-sm font-medium hover:bg-paper">
            Back to the idea
          </Link>
          <PrintButton />
        </div>
      </header>

      {(idea.problem || idea.audience) && (
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
          {[
            ['Problem', idea.problem],
            ['Audience', idea.audience],
          ].map(([term, text]) =>
            text ? (
              <div key={term} className="min-w-0">
                <dt className="text-xs font-semibold tracking-wide text-muted uppercase">{term}</dt>
                {/* Up to 2,000 characters each: three lines here (two on paper), the rest on the idea page. */}
                <dd className="line-clamp-3 break-words whitespace-pre-line print:line-clamp-2">{text}</dd>
              </div>
            ) : null,
          )}
        </dl>
      )}

      <div className="grid gap-4 sm:grid-cols-2">
        <VerdictSection verdict={verdict} chance={chance} />
        <KeyNumbersSection rows={keyNumbers(result)} />
      </div>

      <CumulativeSection points={cumulativeSeries(result.base, result.stress, scenarios.calibrated)} lines={lines} />

      <WarningsSection warnings={verdict.warnings} />

      <div className="grid gap-4 sm:grid-cols-2">
        <ChecklistSection items={reportChecklist(idea.checklist, idea.createdAt, today)} />
        <BuildTestsSection tests={reportBuildTests(idea.buildTests)} />
      </div>

      <footer className="border-t border-line pt-2 text-xs text-muted">
        Base case and your saved stress case, from the worksheet as saved {formatDate(idea.updatedAt)} (version {idea.version}). Every figure is on
        the idea page in Underwrite with its working.
      </footer>
    </article>
  );
}
