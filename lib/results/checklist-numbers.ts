/*
 * The checklist's numbers as the idea page shows them: what a task recorded,
 * what applying it would change, and whether it is applied. Worked out on
 * the server (the panel's own JavaScript never carries the rules), pure.
 */
import {
  CASH_FLOW_ITEM,
  DEMAND_TEST_ITEM,
  DEMAND_TEST_LABELS,
  isApplied,
  numberApplications,
  type ChecklistNumbersText,
} from '@/lib/ideas/checklist-numbers';
import type { EvidenceMap } from '@/lib/ideas/evidence';
import { FIELDS, inModel, toInputValue } from '@/lib/ideas/fields';
import type { ChecklistEntry, IdeaInput } from '@/lib/ideas/schema';
import type { PricingModel } from '@/lib/underwrite';
import { formatCents, formatDate, formatFieldValue, formatNumber, formatPercent } from './format';
import { fromTo } from './history';

export interface NumbersView {
  item: number;
  /** "12 pre-sales from 300 visitors: 4 % conversion", or null before anything is recorded. */
  recorded: string | null;
  recordedOn: string | null;
  /** What applying changes, one line a field: "Conversion rate 2 % → 4 % of visitors". */
  changes: string[];
  /** The worksheet already holds these numbers, marked measured from this task. */
  applied: boolean;
  /** The record form's starting text: what is recorded, or blanks. */
  text: Omit<ChecklistNumbersText, 'ideaId' | 'item'>;
}

const FIELD_INFO = new Map(FIELDS.map((field) => [field.key, field]));

function recordedWords(entry: ChecklistEntry): string | null {
  if (entry.item === DEMAND_TEST_ITEM && entry.test) {
    const { kind, visitors, signUps } = entry.test;
    const rate = formatPercent(signUps / visitors, 2);
    return `${formatNumber(signUps)} ${DEMAND_TEST_LABELS[kind].counted} from ${formatNumber(visitors)} visitors: ${rate} conversion`;
  }
  if (entry.item === CASH_FLOW_ITEM && entry.confirmed) {
    const { price, feeRate, feePerTransaction } = entry.confirmed;
    return [
      price !== null && `price ${formatCents(price)}`,
      feeRate !== null && `fees ${formatPercent(feeRate, 2)}`,
      feePerTransaction !== null && `fixed fee ${formatCents(feePerTransaction)}`,
    ]
      .filter(Boolean)
      .join(' · ');
  }
  return null;
}

const text = (value: number | null | undefined, unit: 'percent' | 'money' | 'count') => (value === null || value === undefined ? '' : toInputValue(unit, value));

/** The view of item 1's or item 5's numbers; null for the items that record none. */
export function numbersView(entry: ChecklistEntry, idea: IdeaInput & { evidence: EvidenceMap }, model: PricingModel): NumbersView | null {
  if (entry.item !== DEMAND_TEST_ITEM && entry.item !== CASH_FLOW_ITEM) return null;
  const applications = numberApplications(entry);
  const changes = applications.map(({ field, value }) => {
    const info = FIELD_INFO.get(field)!;
    const [was, now] = [formatFieldValue(info, idea[field], model), formatFieldValue(info, value, model)];
    // The worksheet may already hold the number, unmarked: applying then only marks it.
    return `${inModel(info.label, model)} ${was === now ? `stays ${now}` : fromTo(was, now)}`;
  });
  return {
    item: entry.item,
    recorded: recordedWords(entry),
    recordedOn: entry.recordedAt ? formatDate(entry.recordedAt) : null,
    changes,
    applied: applications.length > 0 && isApplied(applications, idea),
    text:
      entry.item === DEMAND_TEST_ITEM
        ? { kind: entry.test?.kind ?? 'presale', visitors: text(entry.test?.visitors, 'count'), signUps: text(entry.test?.signUps, 'count') }
        : {
            price: text(entry.confirmed?.price, 'money'),
            feeRate: text(entry.confirmed?.feeRate, 'percent'),
            feePerTransaction: text(entry.confirmed?.feePerTransaction, 'money'),
          },
  };
}
