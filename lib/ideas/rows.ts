import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { RANGE_FIELDS, type RangeField, type Ranges } from '@/lib/underwrite/ranges';
import type { StressKey, StressProfile } from '@/lib/underwrite/schema';
import { BUILD_TESTS } from './checklist';
import { isEvidenceField, type EvidenceMap } from './evidence';
import type { ChecklistEntry, Idea, IdeaInput } from './schema';

/*
 * How an idea's rows map to the Idea the app reads and back: its columns,
 * ranges, stress levers, checklist and evidence. The data layer (data.ts)
 * queries; this module only converts.
 */

export const include = {
  checklist: { orderBy: { item: 'asc' } },
  buildTests: true,
  evidence: true,
} satisfies Prisma.IdeaInclude;

export type IdeaRow = Prisma.IdeaGetPayload<{ include: typeof include }>;

export function toIdea(row: IdeaRow): Idea {
  const n = (d: Prisma.Decimal) => d.toNumber();
  const byTest = new Map(row.buildTests.map((t) => [t.test, t]));
  return {
    id: row.id,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    name: row.name,
    productType: row.productType,
    problem: row.problem,
    audience: row.audience,
    pricingModel: row.pricingModel,
    price: n(row.price),
    monthlyVisitors: n(row.monthlyVisitors),
    visitorGrowthRate: n(row.visitorGrowthRate),
    conversionRate: n(row.conversionRate),
    refundRate: n(row.refundRate),
    feeRate: n(row.feeRate),
    feePerTransaction: n(row.feePerTransaction),
    churnRate: n(row.churnRate),
    supportMinutesPerCustomer: n(row.supportMinutesPerCustomer),
    upkeepHoursPerMonth: n(row.upkeepHoursPerMonth),
    adSpendPerMonth: n(row.adSpendPerMonth),
    hourlyRate: n(row.hourlyRate),
    upfrontHours: n(row.upfrontHours),
    upfrontCash: n(row.upfrontCash),
    horizonMonths: row.horizonMonths,
    servicePackageRate: n(row.servicePackageRate),
    servicePackagePrice: n(row.servicePackagePrice),
    servicePackageHours: n(row.servicePackageHours),
    availableHoursPerMonth: n(row.availableHoursPerMonth),
    ranges: toRanges(row),
    stress: toStressProfile(row),
    evidence: toEvidence(row.evidence),
    checklist: row.checklist.map(toChecklistEntry),
    // Always the four tests in the article's order, whatever rows exist.
    buildTests: BUILD_TESTS.map(({ test }) => {
      const saved = byTest.get(test);
      return { test, answer: saved?.answer ?? 'unknown', note: saved?.note ?? '' };
    }),
  };
}

type ChecklistRow = IdeaRow['checklist'][number];
const orNull = (d: Prisma.Decimal | null) => (d === null ? null : d.toNumber());

function toChecklistEntry(row: ChecklistRow): ChecklistEntry {
  const { item, done, doneAt, evidence, testKind, testVisitors, testSignUps } = row;
  // The CHECKs keep a test whole (kind, visitors and count, or none of them) and confirmations on item 1.
  const test = testKind !== null && testVisitors !== null && testSignUps !== null ? { kind: testKind, visitors: testVisitors, signUps: testSignUps } : null;
  const confirmed = { price: orNull(row.confirmedPrice), feeRate: orNull(row.confirmedFeeRate), feePerTransaction: orNull(row.confirmedFeePerTransaction) };
  const anyConfirmed = Object.values(confirmed).some((v) => v !== null);
  return { item, done, doneAt, evidence, test, confirmed: anyConfirmed ? confirmed : null, recordedAt: row.numbersRecordedAt };
}

const dayText = (date: Date) => date.toISOString().slice(0, 10);
const dayDate = (day: string) => new Date(`${day}T00:00:00Z`);

function toEvidence(rows: IdeaRow['evidence']): EvidenceMap {
  const evidence: EvidenceMap = {};
  for (const row of rows) {
    // The field CHECK mirrors EVIDENCE_FIELDS; a row outside it would be a newer app's, and is not shown.
    if (!isEvidenceField(row.field)) continue;
    evidence[row.field] =
      row.kind === 'measured' && row.measuredOn && row.value
        ? { kind: 'measured', source: row.source, measuredOn: dayText(row.measuredOn), value: row.value.toNumber() }
        : { kind: 'benchmark', source: row.source };
  }
  return evidence;
}

/** The rows of `evidence` (guessed fields have none). */
export function evidenceRows(evidence: EvidenceMap) {
  return Object.entries(evidence).flatMap(([field, entry]) =>
    entry
      ? [
          entry.kind === 'measured'
            ? { field, kind: entry.kind, source: entry.source, measuredOn: dayDate(entry.measuredOn), value: entry.value }
            : { field, kind: entry.kind, source: entry.source, measuredOn: null, value: null },
        ]
      : [],
  );
}

type RangeColumn = `${RangeField}${'Low' | 'High'}`;
const rangeColumn = (field: RangeField, end: 'Low' | 'High') => `${field}${end}` as RangeColumn;

function toRanges(row: { [K in RangeColumn]: Prisma.Decimal | null }): Ranges {
  const ranges: Ranges = {};
  for (const field of RANGE_FIELDS) {
    const low = row[rangeColumn(field, 'Low')];
    const high = row[rangeColumn(field, 'High')];
    // The CHECKs make both ends null or neither.
    if (low !== null && high !== null) ranges[field] = { low: low.toNumber(), high: high.toNumber() };
  }
  return ranges;
}

/** The columns of `ranges`: every range field's ends, null where it has none (so a removed range is cleared). */
export function rangeColumns(ranges: Ranges): Record<RangeColumn, number | null> {
  return Object.fromEntries(
    RANGE_FIELDS.flatMap((field) => [
      [rangeColumn(field, 'Low'), ranges[field]?.low ?? null],
      [rangeColumn(field, 'High'), ranges[field]?.high ?? null],
    ]),
  ) as Record<RangeColumn, number | null>;
}

/** The worksheet as columns (its evidence is rows of their own). */
export function worksheetColumns({ ranges, evidence: _evidence, ...rest }: IdeaInput) {
  return { ...rest, ...rangeColumns(ranges) };
}

/** The column of each stress lever. */
const STRESS_COLUMN = {
  priceChange: 'stressPriceChange',
  trafficChange: 'stressTrafficChange',
  growthRateAdd: 'stressGrowthRateAdd',
  conversionChange: 'stressConversionChange',
  refundRateAdd: 'stressRefundRateAdd',
  supportChange: 'stressSupportChange',
  churnRateAdd: 'stressChurnRateAdd',
  upkeepChange: 'stressUpkeepChange',
  buildOverrun: 'stressBuildOverrun',
} as const satisfies Record<StressKey, keyof Prisma.IdeaSelect>;

const STRESS_KEYS = Object.keys(STRESS_COLUMN) as StressKey[];
export const STRESS_COLUMNS = Object.fromEntries(STRESS_KEYS.map((key) => [STRESS_COLUMN[key], true])) as {
  [K in StressKey as (typeof STRESS_COLUMN)[K]]: true;
};

export const stressColumns = (stress: StressProfile) => Object.fromEntries(STRESS_KEYS.map((key) => [STRESS_COLUMN[key], stress[key]]));

export function toStressProfile(row: Prisma.IdeaGetPayload<{ select: typeof STRESS_COLUMNS }>): StressProfile {
  return Object.fromEntries(STRESS_KEYS.map((key) => [key, row[STRESS_COLUMN[key]].toNumber()])) as StressProfile;
}

