import { FIELDS, inModel } from '@/lib/ideas/fields';
import type { CaseOutputs, IdeaVersion, VersionKind, VersionOutputs, VersionSnapshot } from '@/lib/ideas/version-schema';
import { EVIDENCE_FIELDS, isEvidenceField } from '@/lib/ideas/evidence';
import { describeChanges } from './diff';
import { evidenceFieldLabel, evidenceWords } from './evidence';
import { formatMonths, formatSignedMoney } from './format';
import { VERDICT_LABELS } from './labels';
import { formatStress, STRESS_CONTROLS } from './stress-controls';

/*
 * The history page's view model (issue #9, point 5), pure: what changed
 * from one version to the next in words, how the verdict and the net
 * results moved, and the points of the chart. Numbers read as everywhere
 * else in the app (format.ts), the minus sign included.
 */

/** What made a version, as its heading says it. */
export const VERSION_KIND_WORDS: Record<VersionKind, string> = {
  created: 'Idea created',
  worksheet: 'Worksheet saved',
  ranges: 'Ranges saved',
  stress: 'Stress profile saved',
  evidence: 'Evidence recorded',
  apply: 'Checklist number applied',
  restore: 'Earlier version restored',
  baseline: 'History starts here',
};

/**
 * What is said after a changed input in `after`'s version: " (measured)"
 * for an input the snapshot marks measured, " (benchmark)" for a
 * benchmark, so every sentence that names the input carries it:
 * "Conversion rate 2 % → 1.2 % of visitors (measured)".
 */
export function evidenceNote(field: string, after: VersionSnapshot): string {
  const kind = isEvidenceField(field) ? after.evidence?.[field]?.kind : undefined;
  return kind ? ` (${kind})` : '';
}

/**
 * The marks that changed, one sentence each: "Platform and payment fees:
 * guessed → benchmark: Gumroad pricing page". Not for an input whose value
 * changed too and is now marked: its value's sentence already ends with the
 * mark. Versions from before the marks (no `evidence`) have none to compare.
 */
function evidenceChanges(before: VersionSnapshot, after: VersionSnapshot, valuesChanged: ReadonlySet<string>): string[] {
  if (!after.evidence) return [];
  return EVIDENCE_FIELDS.flatMap((field) => {
    const was = evidenceWords(before.evidence?.[field], field, before.pricingModel);
    const now = evidenceWords(after.evidence?.[field], field, after.pricingModel);
    if (was === now || (valuesChanged.has(field) && after.evidence?.[field])) return [];
    return [`${evidenceFieldLabel(field, after.pricingModel)}: ${was} → ${now}`];
  });
}

/**
 * "$39.00 per sale" → "$49.00 per sale" reads "$39.00 → $49.00 per sale":
 * the words both sides end with are said once, after the new value; never
 * a number, though both end with it (a range's unchanged high end). A
 * percent keeps its sign on both sides ("2 % → 1.2 % of visitors").
 */
export function fromTo(before: string, after: string): string {
  const a = before.split(' ');
  const b = after.split(' ');
  let shared = 0;
  const same = (i: number) => a[a.length - 1 - i] === b[b.length - 1 - i] && !/\d/.test(a[a.length - 1 - i]!);
  while (shared < a.length - 1 && shared < b.length - 1 && same(shared)) shared++;
  let kept = a.length - shared;
  if (a[kept] === '%') kept++;
  return `${a.slice(0, kept).join(' ')} → ${after}`;
}

const RANGE_SUFFIX = 'Range';
const EVIDENCE_SUFFIX = 'Evidence';

/** "1 % of visitors to 3 % of visitors" reads "1 % to 3 % of visitors". */
const shortRange = (text: string) => {
  const [low, high] = text.split(' to ');
  if (high === undefined || low === undefined) return text;
  const shortened = fromTo(low, high).split(' → ');
  return `${shortened[0]} to ${shortened[1]}`;
};

/** A quoted text, or its absence. */
const quoted = (text: string) => (text === '(empty)' ? 'empty' : `“${text}”`);

/**
 * The inputs that differ between two versions, one sentence each, in the
 * worksheet's order, then the stress case's levers: "Conversion rate 2 % →
 * 1.2 % of visitors", "Conversion rate range no range → 1 % to 3 % of
 * visitors", "Stress: traffic −40 % → −60 %".
 */
export function inputChanges(before: VersionSnapshot, after: VersionSnapshot): string[] {
  // The marks are said by evidenceChanges(), from the snapshots themselves.
  const changes = describeChanges(before, after).filter(({ field }) => !field.endsWith(EVIDENCE_SUFFIX));
  const lines = changes.map(({ field, label, saved, yours }) => {
    if (field === 'name' || field === 'problem' || field === 'audience') return `${label} ${quoted(saved)} → ${quoted(yours)}`;
    if (field.endsWith(RANGE_SUFFIX)) {
      const key = field.slice(0, -RANGE_SUFFIX.length);
      const info = FIELDS.find((f) => f.key === key);
      const name = info ? inModel(info.label, after.pricingModel) : label;
      return `${name} range ${fromTo(shortRange(saved), shortRange(yours))}${evidenceNote(key, after)}`;
    }
    return `${label} ${fromTo(saved, yours)}${evidenceNote(field, after)}`;
  });
  lines.push(...evidenceChanges(before, after, new Set(changes.map(({ field }) => field))));
  for (const control of STRESS_CONTROLS) {
    // Churn means nothing to a one-time sale: a move of its lever changes no number.
    if (control.subscriptionOnly && after.pricingModel === 'one_time') continue;
    const from = before.stress[control.key];
    const to = after.stress[control.key];
    if (from === to) continue;
    // Enough decimals to tell the two apart (−40.5 % against −40 %), as the stress panel does.
    for (let digits = 1; digits <= 6; digits++) {
      const a = formatStress(control, from, digits);
      const b = formatStress(control, to, digits);
      if (a !== b) {
        lines.push(`Stress: ${control.label.toLowerCase()} ${a} → ${b}`);
        break;
      }
    }
  }
  return lines;
}

const verdictWord = (outputs: VersionOutputs) => VERDICT_LABELS[outputs.verdict].word;

const paybackWords = (c: CaseOutputs, horizon: number) => (c.paybackMonth === null ? `not within ${formatMonths(horizon)}` : `month ${c.paybackMonth}`);

const CASES = [
  ['base', 'base'],
  ['stress', 'stress'],
] as const;

/**
 * How the verdict, the net results and the paybacks moved, only those that
 * did: "Verdict Fragile → Robust", "Net result (base) −$1,200 → $3,400",
 * "Payback (stress) not within 24 months → month 19".
 */
export function outcomeChanges(before: VersionOutputs, after: VersionOutputs): string[] {
  const lines: string[] = [];
  if (before.verdict !== after.verdict) lines.push(`Verdict ${verdictWord(before)} → ${verdictWord(after)}`);
  for (const [key, name] of CASES) {
    const a = formatSignedMoney(before[key].netResult);
    const b = formatSignedMoney(after[key].netResult);
    if (a !== b) lines.push(`Net result (${name}) ${a} → ${b}`);
  }
  for (const [key, name] of CASES) {
    const a = paybackWords(before[key], before.horizonMonths);
    const b = paybackWords(after[key], after.horizonMonths);
    if (a !== b) lines.push(`Payback (${name}) ${a} → ${b}`);
  }
  return lines;
}

/** One version on the history page. */
export type HistoryEntry = {
  number: number;
  heading: string;
  createdAt: Date;
  /** The inputs that changed from the version before, in words; empty for the first. */
  changes: string[];
  /** How the verdict and the net results moved from the version before; empty for the first or when nothing moved. */
  moves: string[];
  /** Said when there is no version before to compare with. */
  note: string | null;
  outputs: VersionOutputs;
  /** Only an older version can be brought back: the newest is the idea as it is. */
  restorable: boolean;
};

/**
 * The versions (newest first, as listVersions gives them) as the page
 * lists them, each compared with the one before it.
 */
export function historyEntries(versions: IdeaVersion[]): HistoryEntry[] {
  return versions.map((version, i) => {
    const previous = versions[i + 1];
    const heading =
      version.kind === 'restore' && version.restoredFrom !== null ? `Version ${version.restoredFrom} restored` : VERSION_KIND_WORDS[version.kind];
    const note = previous
      ? null
      : version.kind === 'baseline'
        ? 'The idea as it was when history began: earlier edits were not kept.'
        : 'The first version.';
    return {
      number: version.number,
      heading,
      createdAt: version.createdAt,
      changes: previous ? inputChanges(previous.snapshot, version.snapshot) : [],
      moves: previous ? outcomeChanges(previous.outputs, version.outputs) : [],
      note,
      outputs: version.outputs,
      restorable: i > 0,
    };
  });
}

/** One point of the history chart: a version's net results. */
export type HistoryPoint = { number: number; base: number; stress: number };

/** The chart's points, oldest first. */
export function historySeries(versions: IdeaVersion[]): HistoryPoint[] {
  return versions
    .map((v) => ({ number: v.number, base: v.outputs.base.netResult, stress: v.outputs.stress.netResult }))
    .sort((a, b) => a.number - b.number);
}
