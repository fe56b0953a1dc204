import { z } from 'zod';
import { underwrite, type Scenario } from '@/lib/underwrite';
import { assumptionsSchema, stressProfileSchema } from '@/lib/underwrite/schema';
import { assumptionsOf, ideaDetailsSchema, ideaEvidenceSchema, ideaIdSchema, rangesShapeSchema } from './schema';

/**
 * The shape of an idea's history (issue #9, point 5): what a version's JSON
 * columns hold, shared by the data layer (lib/ideas/versions.ts) and the
 * history page's view model (lib/results/history.ts). No I/O here.
 */

/**
 * What kind of change made a version. `baseline` is the row the migration
 * backfilled for ideas that existed before history did; `apply` is a
 * recorded checklist number applied to the worksheet. A new kind needs the
 * migration's CHECK (idea_versions_kind) widened too.
 */
export const VERSION_KINDS = ['created', 'worksheet', 'ranges', 'stress', 'evidence', 'apply', 'restore', 'baseline'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];
export const versionKindSchema = z.enum(VERSION_KINDS);

/**
 * The inputs as stored after a change: every IdeaInput field (ranges
 * included) and the stress profile. Parsed field by field with each field's
 * own rules but none of the worksheet's cross-field ones (a range around its
 * value, the traffic ceiling): a rule added later must not make old history
 * unreadable. restoreVersion() checks those before writing a snapshot back.
 *
 * Extending it: add an optional member (as the evidence marks are), so
 * rows written before it still parse, and give
 * Idea the same key: snapshotOf() copies every key of this shape from the
 * idea, so the new member is recorded from then on with no other change.
 * Unknown keys are dropped on read, so older code can read newer rows.
 */
export const versionSnapshotSchema = z.object({
  ...ideaDetailsSchema.shape,
  ...assumptionsSchema.shape,
  ranges: rangesShapeSchema.default({}),
  stress: stressProfileSchema,
  // Where each number came from (guessed where absent); rows from before the marks have none.
  evidence: ideaEvidenceSchema.optional(),
});
export type VersionSnapshot = z.output<typeof versionSnapshotSchema>;

const SNAPSHOT_KEYS = Object.keys(versionSnapshotSchema.shape) as (keyof VersionSnapshot)[];

/** The snapshot of an idea (or anything shaped like one): its inputs and nothing else. */
export function snapshotOf(idea: VersionSnapshot): VersionSnapshot {
  return Object.fromEntries(SNAPSHOT_KEYS.map((key) => [key, idea[key]])) as VersionSnapshot;
}

const caseOutputsSchema = z.object({
  /** Money and the founder's time over the horizon (the verdict's figure). */
  netResult: z.number(),
  /** Money only, the founder's hours unpaid. */
  cashNetResult: z.number(),
  /** In the black for good from this month; null when not within the horizon. */
  paybackMonth: z.int().min(1).nullable(),
  maxCashAtRisk: z.number(),
});
export type CaseOutputs = z.output<typeof caseOutputsSchema>;

/**
 * What the engine made of a snapshot when it was saved: the verdict (the
 * engine gives one level for the idea, decided by both cases together) and
 * each case's key figures. Extend with optional members (a calibrated case)
 * for the same reason as the snapshot.
 */
export const versionOutputsSchema = z.object({
  verdict: z.enum(['fail', 'fragile', 'robust']),
  horizonMonths: z.int().min(1),
  base: caseOutputsSchema,
  stress: caseOutputsSchema,
});
export type VersionOutputs = z.output<typeof versionOutputsSchema>;

const caseOf = (s: Scenario): CaseOutputs => ({
  netResult: s.netResult,
  cashNetResult: s.cashNetResult,
  paybackMonth: s.paybackMonth,
  maxCashAtRisk: s.maxCashAtRisk,
});

/** The engine's verdict and key figures for a snapshot, as a version keeps them. */
export function outputsOf(snapshot: VersionSnapshot): VersionOutputs {
  const result = underwrite(assumptionsOf(snapshot), snapshot.stress);
  return {
    verdict: result.verdict.level,
    horizonMonths: result.base.assumptions.horizonMonths,
    base: caseOf(result.base),
    stress: caseOf(result.stress),
  };
}

/** One version as the app reads it. */
export type IdeaVersion = {
  number: number;
  kind: VersionKind;
  /** The version a restore brought back. */
  restoredFrom: number | null;
  createdAt: Date;
  snapshot: VersionSnapshot;
  outputs: VersionOutputs;
  /** The outputs were computed when read, not when saved (rows backfilled by the migration). */
  outputsComputedLater: boolean;
};

// What the history page's restore button submits: the version to bring back,
// and the newest version the page showed (the guard: see restoreVersion).
const versionNumber = z.coerce
  .number({ error: 'Unknown version.' })
  .int({ error: 'Unknown version.' })
  .min(1, { error: 'Unknown version.' })
  .max(2_147_483_647, { error: 'Unknown version.' });

export const restoreVersionSchema = z.object({
  id: ideaIdSchema,
  number: versionNumber,
  latest: versionNumber,
});
export type RestoreVersionInput = z.output<typeof restoreVersionSchema>;
