'use client';

import { useId } from 'react';
import { inputClass } from '@/components/ui/field';
import { locateColumns, type ColumnMapping, type ColumnMappingInput, type PresetName } from '@/lib/actuals';

/*
 * Which column of the file holds what, chosen by hand: the kind of file
 * (one row per payment, or dated totals), a column per figure, and how the
 * file writes money and dates. The preview below it follows every change.
 */

export const PRESET_NAMES: Record<PresetName, string> = {
  stripe: 'a Stripe payments export',
  gumroad: 'a Gumroad sales export',
  'daily-totals': 'dated totals (an analytics export or your own sheet)',
};

type Role = { key: string; label: string; required?: true; help?: string };

const PAYMENT_ROLES: Role[] = [
  { key: 'date', label: 'Date', required: true },
  { key: 'amount', label: 'Amount paid', required: true },
  { key: 'id', label: 'Payment id', help: 'Counts a payment listed twice once.' },
  { key: 'status', label: 'Status', help: 'Payments whose status is not a paid one are not sales.' },
  { key: 'refundedAmount', label: 'Amount refunded' },
  { key: 'refundedFlag', label: 'Refunded (yes/no)', help: 'Instead of an amount refunded.' },
  { key: 'fee', label: 'Fee' },
  { key: 'currency', label: 'Currency' },
];

const TOTAL_ROLES: Role[] = [
  { key: 'date', label: 'Date', required: true },
  { key: 'visitors', label: 'Visitors' },
  { key: 'sales', label: 'Sales (new customers)' },
  { key: 'refunds', label: 'Refunds (count)' },
  { key: 'revenue', label: 'Revenue' },
  { key: 'refundedAmount', label: 'Amount refunded' },
  { key: 'fees', label: 'Fees' },
];

const DEFAULT_PAID = ['paid', 'succeeded', 'refunded', 'partially refunded'];

type Props = {
  header: string[];
  /** The file's first rows, to recognise columns by. */
  sample: string[][];
  mapping: ColumnMappingInput;
  onChange: (mapping: ColumnMappingInput) => void;
};

const GUESS_DATE = /date|day|time|created/i;

/** A mapping of the other kind, keeping the date column and how money and dates are written. */
export function switchKind(mapping: ColumnMappingInput, kind: ColumnMappingInput['kind'], header: string[]): ColumnMappingInput {
  const shared = { date: mapping.date || header.find((h) => GUESS_DATE.test(h)) || header[0] || '', moneyUnit: mapping.moneyUnit, decimalComma: mapping.decimalComma, dateOrder: mapping.dateOrder };
  return kind === 'payments' ? { kind, ...shared, amount: '' } : { kind, ...shared };
}

/** A first mapping for a file no preset knows: dated totals, with a date column if one is named like one. */
export const starterMapping = (header: string[]): ColumnMappingInput => switchKind({ kind: 'totals', date: '' }, 'totals', header);

/** Where the mapping in use came from, which the panel says. */
export type Origin = { kind: 'remembered' } | { kind: 'preset'; preset: PresetName } | { kind: 'manual' };

/** The founder's own earlier mapping that fits this header first, then what the header gives away, else one to fill in by hand. */
export function chooseMapping(
  header: string[],
  detected: { mapping: ColumnMappingInput; preset: PresetName } | null | undefined,
  remembered: readonly ColumnMapping[],
): { mapping: ColumnMappingInput; origin: Origin } {
  const mine = remembered.find((m) => locateColumns(m, header).ok);
  if (mine) return { mapping: mine, origin: { kind: 'remembered' } };
  if (detected) return { mapping: detected.mapping, origin: { kind: 'preset', preset: detected.preset } };
  return { mapping: starterMapping(header), origin: { kind: 'manual' } };
}

export function MappingEditor({ header, sample, mapping, onChange }: Props) {
  const id = useId();
  const roles = mapping.kind === 'payments' ? PAYMENT_ROLES : TOTAL_ROLES;
  const values = mapping as Record<string, unknown>;

  function setRole(key: string, column: string) {
    const next: Record<string, unknown> = { ...mapping };
    if (column === '') delete next[key];
    else next[key] = column;
    onChange(next as ColumnMappingInput);
  }

  const example = (column: unknown) => {
    const at = typeof column === 'string' ? header.indexOf(column) : -1;
    const cell = at >= 0 ? sample.find((row) => (row[at] ?? '').trim() !== '')?.[at] : undefined;
    return cell === undefined ? null : cell.length > 30 ? `${cell.slice(0, 30)}…` : cell;
  };

  return (
    <div className="space-y-4">
      <fieldset>
        <legend className="text-sm font-medium">Each row of this file is</legend>
        <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1 text-sm">
          {(
            [
              ['payments', 'one payment (Stripe, Gumroad, a shop)'],
              ['totals', 'a date with figures (visitors, sales…)'],
            ] as const
          ).map(([kind, label]) => (
            <label key={kind} className="flex items-center gap-2">
              <input type="radio" name={`${id}-kind`} checked={mapping.kind === kind} onChange={() => onChange(switchKind(mapping, kind, header))} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        {roles.map((role) => {
          const chosen = typeof values[role.key] === 'string' ? (values[role.key] as string) : '';
          const shown = example(chosen);
          return (
            <div key={role.key}>
              <label htmlFor={`${id}-${role.key}`} className="block text-sm font-medium">
                {role.label}
                {role.required && <span className="text-muted"> (needed)</span>}
              </label>
              <select id={`${id}-${role.key}`} value={chosen} onChange={(event) => setRole(role.key, event.target.value)} className={`mt-1 ${inputClass}`}>
                <option value="">{role.required ? 'Choose a column' : 'Not in this file'}</option>
                {header.map((column, i) => (
                  <option key={`${column}-${i}`} value={column}>
                    {column || `(column ${i + 1}, no name)`}
                  </option>
                ))}
              </select>
              <p className="mt-1 text-xs text-muted">{[shown !== null ? `e.g. ${shown}` : null, role.help].filter(Boolean).join(' · ') || '\u00a0'}</p>
            </div>
          );
        })}
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <label className="text-sm">
          <span className="block font-medium">Money is written in</span>
          <select
            value={mapping.moneyUnit ?? 'major'}
            onChange={(event) => onChange({ ...mapping, moneyUnit: event.target.value as 'major' | 'minor' })}
            className={`mt-1 ${inputClass}`}
          >
            <option value="major">dollars (29.00)</option>
            <option value="minor">cents (2900)</option>
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-medium">Dates like 03/04/2026 are</span>
          <select
            value={mapping.dateOrder ?? ''}
            onChange={(event) => onChange({ ...mapping, dateOrder: (event.target.value || undefined) as 'dmy' | 'mdy' | undefined })}
            className={`mt-1 ${inputClass}`}
          >
            <option value="">guessed from the file</option>
            <option value="mdy">month/day (US)</option>
            <option value="dmy">day/month</option>
          </select>
        </label>
        <label className="flex items-center gap-2 self-end pb-2 text-sm">
          <input type="checkbox" checked={mapping.decimalComma ?? false} onChange={(event) => onChange({ ...mapping, decimalComma: event.target.checked })} />
          Decimals written with a comma (29,90)
        </label>
      </div>
      {mapping.kind === 'payments' && mapping.status && (
        <label className="block text-sm">
          <span className="block font-medium">Statuses that mean the money came in</span>
          <input
            type="text"
            defaultValue={(mapping.paidStatuses ?? DEFAULT_PAID).join(', ')}
            onBlur={(event) => {
              const statuses = event.target.value
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean);
              onChange({ ...mapping, paidStatuses: statuses.length > 0 ? statuses : DEFAULT_PAID });
            }}
            className={`mt-1 ${inputClass}`}
          />
          <span className="mt-1 block text-xs text-muted">Separated by commas, any case. Other statuses are failed payments, never sales.</span>
        </label>
      )}
    </div>
  );
}
