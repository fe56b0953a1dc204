import { BuildTestsProvider, GateNotice } from '@/components/checklist/build-gate';
import { BuildItOnce } from '@/components/checklist/build-it-once';
import { ChecklistPanel } from '@/components/checklist/checklist-panel';
import { NumbersSummary } from '@/components/checklist/numbers-summary';
import { EvidencePanel } from '@/components/results/evidence-panel';
import { IdeaResults } from '@/components/results/idea-results';
import { PlanVsActualSection } from '@/components/results/plan-vs-actual-section';
import type { ActualWeek } from '@/lib/ideas/actuals-schema';
import { assumptionsOf, type Idea } from '@/lib/ideas/schema';
import { calibratedCaseOf, replacementWords } from '@/lib/results/calibrated';
import { numbersView } from '@/lib/results/checklist-numbers';
import { evidenceScore, guessesLine } from '@/lib/results/evidence';
import { formatMonths } from '@/lib/results/format';
import { ideaKind } from '@/lib/results/idea-kind';
import { SIMULATION } from '@/lib/results/simulation';
import { uncertaintyOf } from '@/lib/results/uncertainty';
import { sensitivity } from '@/lib/underwrite';
import { WorksheetDetails } from './worksheet-details';

type Props = {
  idea: Idea;
  /** The idea's logged weeks: they measure conversion, refunds and support time for the calibrated case, and plan vs actual shows them. */
  weeks: ActualWeek[];
  /**
   * The shared link's view (/share/<token>): the same results, with no
   * control that saves, edits or leads to the owner's pages. The stress
   * sliders still move the numbers, in the browser only.
   */
  readOnly: boolean;
};

/** The idea's kind, horizon and name: the start of its page's header (`children`: a line under the name, the owner's only). */
export function IdeaHeading({ idea, children }: { idea: Idea; children?: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <p className="text-sm text-muted">
        {ideaKind(idea)} · {formatMonths(idea.horizonMonths)}
      </p>
      <h1 className="text-2xl font-semibold tracking-tight break-words">{idea.name}</h1>
      {children}
    </div>
  );
}

/**
 * The idea page's body, shared by the owner's page and the read-only shared
 * link so the two cannot drift: the verdict, key numbers, stress case,
 * uncertainty, charts, checklist, build-it-once test, plan vs actual and
 * the worksheet.
 */
export function IdeaView({ idea, weeks, readOnly }: Props) {
  const model = idea.pricingModel;
  const today = new Date();
  const assumptions = assumptionsOf(idea);
  // What the browser's worker computes for the same ranges: its runs show these numbers.
  const uncertainty = uncertaintyOf(assumptions, idea.ranges);
  const evidence = evidenceScore(sensitivity(assumptions), idea.evidence, model);
  const calibrated = calibratedCaseOf(assumptions, idea.evidence, weeks);
  const editHref = readOnly ? null : `/ideas/${idea.id}/edit`;

  return (
    <>
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
          readOnly={readOnly}
          banner={<GateNotice />}
          calibrated={calibrated && { assumptions: calibrated.assumptions, replaced: replacementWords(calibrated.replaced, model) }}
          guesses={guessesLine(evidence)}
          evidence={<EvidencePanel score={evidence} editHref={editHref} />}
          aside={
            <>
              <ChecklistPanel
                ideaId={idea.id}
                createdAt={idea.createdAt}
                today={today}
                items={idea.checklist}
                readOnly={readOnly}
                numbers={Object.fromEntries(
                  idea.checklist.flatMap((entry) => {
                    const view = numbersView(entry, idea, model);
                    return view ? [[entry.item, <NumbersSummary key={entry.item} ideaId={idea.id} version={idea.version} view={view} readOnly={readOnly} />]] : [];
                  }),
                )}
              />
              <BuildItOnce ideaId={idea.id} readOnly={readOnly} />
            </>
          }
        />
      </BuildTestsProvider>

      <PlanVsActualSection idea={idea} weeks={weeks} readOnly={readOnly} />

      <WorksheetDetails idea={idea} />
    </>
  );
}
