import { z } from 'zod';
import { RANGE_FIELDS, type RangeField } from '@/lib/underwrite/ranges';
import { LIMITS } from '@/lib/underwrite/schema';
import { checklistText } from './checklist';
import { isoDay, type EvidenceField, type EvidenceMap, type Measurement } from './evidence';
import { formNumberValue, parseFormNumber } from './form-number';
import { formTextSchema, type FormIssue } from './worksheet-form';
import { ideaIdSchema, ideaVersionSchema, type IdeaInput } from './schema';

/*
 * The numbers two checklist tasks record, and what applying them does to
 * the worksheet (issue #9, "the checklist feeds the numbers"). Item 5,
 * proving the problem, records a demand test: waitlist sign-ups or
 * pre-sales out of the visitors who saw the page, which measures
 * conversion. Item 1, how the product creates cash flow, records the price
 * and fees the founder confirmed. Pure: the panel checks a recording with
 * the same schema as the action, and the data layer applies with
 * applyNumbers().
 */

export const DEMAND_TEST_KINDS = ['presale', 'waitlist'] as const;
export type DemandTestKind = (typeof DEMAND_TEST_KINDS)[number];

/** Each kind of test in words: its option, the label of its count, and the count in a sentence. */
export const DEMAND_TEST_LABELS: Record<DemandTestKind, { option: string; count: string; counted: string }> = {
  presale: { option: 'Pre-sales', count: 'Pre-sales made', counted: 'pre-sales' },
  waitlist: { option: 'Waitlist sign-ups', count: 'People who signed up', counted: 'waitlist sign-ups' },
};

export type DemandTest = { kind: DemandTestKind; visitors: number; signUps: number };
/** Each figure is null where the founder did not confirm it. */
export type ConfirmedCashFlow = { price: number | null; feeRate: number | null; feePerTransaction: number | null };

/** The items that record numbers, and which. */
export const DEMAND_TEST_ITEM = 5 as const;
export const CASH_FLOW_ITEM = 1 as const;
export const NUMBER_ITEMS: readonly number[] = [CASH_FLOW_ITEM, DEMAND_TEST_ITEM];

/** The largest test a founder could run; the column's CHECK has the same. */
export const MAX_TEST_VISITORS = 100_000_000;

const count = (label: string, missing: string) =>
  z
    .int({ error: (issue) => (issue.input === null || issue.input === undefined ? missing : `${label} must be a whole number.`) })
    .min(0, { error: `${label} cannot be negative.` })
    .max(MAX_TEST_VISITORS, { error: `${label} must be at most ${MAX_TEST_VISITORS.toLocaleString('en-US')}.` });

const demandTestSchema = z
  .object({
    kind: z.enum(DEMAND_TEST_KINDS, { error: 'Say what you counted: pre-sales or waitlist sign-ups.' }),
    visitors: count('Visitors', 'Give the number of visitors.').min(1, { error: 'Count at least one visitor.' }),
    signUps: count('The count', 'Give how many signed up or paid.'),
  })
  .refine((t) => t.signUps <= t.visitors, { path: ['signUps'], error: 'There cannot be more of them than visitors.' });

const confirmedSchema = z
  .object({
    price: z.number().min(0, { error: 'Price cannot be negative.' }).max(LIMITS.price, { error: `Price must be at most $${LIMITS.price.toLocaleString('en-US')}.` }).nullable(),
    feeRate: z.number().min(0, { error: 'Fees must be between 0 % and 100 %.' }).max(1, { error: 'Fees must be between 0 % and 100 %.' }).nullable(),
    feePerTransaction: z
      .number()
      .min(0, { error: 'The fixed fee cannot be negative.' })
      .max(LIMITS.feePerTransaction, { error: `The fixed fee must be at most $${LIMITS.feePerTransaction.toLocaleString('en-US')}.` })
      .nullable(),
  })
  .refine((c) => c.price !== null || c.feeRate !== null || c.feePerTransaction !== null, { path: ['price'], error: 'Confirm at least one figure.' });

const ONLY_TWO = 'Only items 1 and 5 record numbers.';
// Item 1 or 5, as a number (not a union of literals: the idea page shares
// its zod chunk with this form, and is at its JavaScript budget).
const numbersItem = z.int({ error: ONLY_TWO }).refine((item) => item === CASH_FLOW_ITEM || item === DEMAND_TEST_ITEM, { error: ONLY_TWO });

export type ChecklistNumbersInput =
  | { ideaId: string; item: typeof DEMAND_TEST_ITEM; test: DemandTest | null }
  | { ideaId: string; item: typeof CASH_FLOW_ITEM; confirmed: ConfirmedCashFlow | null };

/** A recording as the data layer stores it: item 5's test or item 1's confirmation; null clears the item's numbers. */
export const checklistNumbersSchema = z
  .object({ ideaId: ideaIdSchema, item: numbersItem, test: demandTestSchema.nullish(), confirmed: confirmedSchema.nullish() })
  .transform(
    ({ ideaId, item, test, confirmed }): ChecklistNumbersInput =>
      item === DEMAND_TEST_ITEM ? { ideaId, item, test: test ?? null } : { ideaId, item: CASH_FLOW_ITEM, confirmed: confirmed ?? null },
  );

/** The panel's text fields: what the founder types, read like the worksheet's numbers. */
export type ChecklistNumbersText = {
  ideaId: string;
  item: number;
  kind?: string;
  visitors?: string;
  signUps?: string;
  price?: string;
  feeRate?: string;
  feePerTransaction?: string;
};

function readNumbers(raw: unknown, issues: FormIssue[]): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const text = raw as Record<string, unknown>;
  // An issue's path is the schema's (['test', 'visitors']), so a refused text's reason replaces the schema's.
  const group = text.item === DEMAND_TEST_ITEM ? 'test' : 'confirmed';
  const read = (key: string, unit: 'count' | 'money' | 'percent') => {
    const parsed = parseFormNumber(text[key], unit);
    if (parsed.kind === 'invalid' && parsed.message) issues.push({ path: [group, key], message: parsed.message });
    const n = formNumberValue(parsed);
    // Blank is null: a figure not given. Unreadable text stays NaN, which the schema refuses.
    if (n === undefined) return null;
    return unit === 'percent' ? n / 100 : n;
  };
  if (text.item === DEMAND_TEST_ITEM) {
    const visitors = read('visitors', 'count');
    const signUps = read('signUps', 'count');
    const test = visitors === null && signUps === null ? null : { kind: text.kind, visitors, signUps };
    return { ideaId: text.ideaId, item: text.item, test };
  }
  if (text.item === CASH_FLOW_ITEM) {
    const confirmed = { price: read('price', 'money'), feeRate: read('feeRate', 'percent'), feePerTransaction: read('feePerTransaction', 'money') };
    const blank = Object.values(confirmed).every((v) => v === null);
    return { ideaId: text.ideaId, item: text.item, confirmed: blank ? null : confirmed };
  }
  return text;
}

/**
 * The panel's text as a recording, with every field's problem at once (the
 * path of an issue is the text field's key: `visitors`, `feeRate`...).
 * Leaving every figure blank clears the item's numbers.
 */
export const checklistNumbersFormSchema = formTextSchema<ChecklistNumbersInput>(readNumbers, checklistNumbersSchema);

/** One field a recording sets when applied, and the measurement it is marked with. */
export type NumberApplication = { field: EvidenceField; value: number; measurement: Measurement };

// Stored rates keep eight decimals (NUMERIC(12,8)): rounding here first keeps
// the worksheet's value and the measured value one and the same number.
const asStoredRate = (rate: number) => Math.round(rate * 1e8) / 1e8;

/** The checklist task a measurement came from, as its source says it. */
const taskSource = (item: number, what: string) => `Checklist item ${item} (${checklistText(item).replace(/\.$/, '').toLowerCase()}): ${what}`;

type NumbersEntry = { item: number; test: DemandTest | null; confirmed: ConfirmedCashFlow | null; recordedAt: Date | null };

/**
 * What applying an item's recorded numbers sets: conversion from a demand
 * test (sign-ups or pre-sales ÷ visitors), or each confirmed price and fee.
 * Each is marked measured, its source the checklist task, dated the day the
 * numbers were recorded. Empty when the item holds no numbers.
 */
export function numberApplications(entry: NumbersEntry): NumberApplication[] {
  if (!entry.recordedAt) return [];
  const measuredOn = isoDay(entry.recordedAt);
  const measured = (field: EvidenceField, value: number, what: string): NumberApplication => ({
    field,
    value,
    measurement: { kind: 'measured', source: taskSource(entry.item, what), measuredOn, value },
  });
  if (entry.item === DEMAND_TEST_ITEM && entry.test) {
    const { kind, visitors, signUps } = entry.test;
    const what = `${signUps.toLocaleString('en-US')} ${DEMAND_TEST_LABELS[kind].counted} from ${visitors.toLocaleString('en-US')} visitors`;
    return [measured('conversionRate', asStoredRate(signUps / visitors), what)];
  }
  if (entry.item === CASH_FLOW_ITEM && entry.confirmed) {
    const { price, feeRate, feePerTransaction } = entry.confirmed;
    return [
      ...(price === null ? [] : [measured('price', price, 'confirmed price')]),
      ...(feeRate === null ? [] : [measured('feeRate', asStoredRate(feeRate), 'confirmed fees')]),
      ...(feePerTransaction === null ? [] : [measured('feePerTransaction', feePerTransaction, 'confirmed fixed fee')]),
    ];
  }
  return [];
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Whether the worksheet already holds these numbers, marked with these measurements: nothing left to apply. */
export function isApplied(applications: NumberApplication[], idea: Pick<IdeaInput, EvidenceField> & { evidence?: EvidenceMap }): boolean {
  return applications.every(({ field, value, measurement }) => {
    const mark = idea.evidence?.[field];
    return (
      same(idea[field], value) &&
      mark?.kind === 'measured' &&
      same(mark.value, value) &&
      mark.source === measurement.source &&
      mark.measuredOn === measurement.measuredOn
    );
  });
}

const RANGED: ReadonlySet<string> = new Set(RANGE_FIELDS);

/**
 * The worksheet with the applications made: each value set and marked
 * measured. A 90 % range that no longer holds the measured value is widened
 * to reach it, as the contract needs the value inside its range; the rest of
 * the founder's range stays theirs.
 */
export function applyNumbers<T extends IdeaInput>(idea: T, applications: NumberApplication[]): T {
  const next: T = { ...idea, ranges: { ...idea.ranges }, evidence: { ...idea.evidence } };
  for (const { field, value, measurement } of applications) {
    (next as Record<EvidenceField, number>)[field] = value;
    next.evidence![field] = measurement;
    const range = RANGED.has(field) ? next.ranges[field as RangeField] : undefined;
    if (range) next.ranges[field as RangeField] = { low: Math.min(range.low, value), high: Math.max(range.high, value) };
  }
  return next;
}

/** Applying an item's numbers: which item, and the worksheet version the page showed (the save's guard). */
export const applyChecklistNumbersSchema = z.object({
  ideaId: ideaIdSchema,
  item: numbersItem as z.ZodType<typeof CASH_FLOW_ITEM | typeof DEMAND_TEST_ITEM>,
  version: ideaVersionSchema,
});
export type ApplyChecklistNumbersInput = z.output<typeof applyChecklistNumbersSchema>;
