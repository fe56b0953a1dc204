'use client';

import { useState } from 'react';
import type { FieldGroup } from '@/lib/ideas/fields';
import { groupInUse, groupSummary, type FormValues } from '@/lib/results/form-values';
import type { PricingModel } from '@/lib/underwrite/schema';
import { rangeKey } from '@/lib/ideas/schema';
import { RANGE_FIELDS, type RangeField } from '@/lib/underwrite/ranges';
import { EVIDENCE_KINDS, EVIDENCE_PARTS, evidenceKey, isEvidenceField, type EvidenceField, type EvidenceKind, type EvidencePart } from '@/lib/ideas/evidence';
import { AssumptionField } from './assumption-field';
import type { EvidenceInputs } from './evidence-inputs';

type Props = {
  group: FieldGroup;
  model: PricingModel;
  values: FormValues;
  errors: Record<string, string[] | undefined>;
  set: (key: string, value: string) => void;
};

const box = 'rounded-lg border border-line bg-white';

/** One group of the worksheet's assumptions; an optional one folds away while it is not used. */
export function FieldGroupSection(props: Props) {
  const { group } = props;
  const id = `group-${group.key}`;
  if (group.optional) return <OptionalGroup {...props} id={id} />;
  return (
    <section aria-labelledby={id} className={`${box} p-4 sm:p-6`}>
      <h2 id={id} className="text-base font-semibold">
        {group.title}
      </h2>
      <GroupBody {...props} />
    </section>
  );
}

/**
 * Folded while every field is 0 (most ideas sell the product alone), open
 * when any is set. It opens by itself when one of its fields has an error,
 * so the founder sees it (and the form can focus it).
 */
function OptionalGroup(props: Props & { id: string }) {
  const { group, values, errors, model, id } = props;
  const hasError = group.fields.some((field) => [field.key, `${field.key}Range`, ...EVIDENCE_PARTS.map((part) => `${field.key}${part}`)].some((key) => errors[key]?.length));
  const [open, setOpen] = useState(() => hasError || groupInUse(group, values));
  // New errors open it during the render that shows them (React's "adjust state on a prop change").
  const [seenErrors, setSeenErrors] = useState(errors);
  if (errors !== seenErrors) {
    setSeenErrors(errors);
    if (hasError) setOpen(true);
  }
  return (
    <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)} className={`${box} group`} data-group={group.key}>
      {/* A summary may hold a heading and phrasing content, nothing else. */}
      <summary className="block cursor-pointer list-none p-4 sm:px-6 [&::-webkit-details-marker]:hidden">
        <h2 id={id} className="flex items-start gap-2 text-base font-semibold">
          <span aria-hidden className="inline-block text-muted transition-transform group-open:rotate-90">
            ▸
          </span>
          <span>
            {group.title} <span className="text-sm font-normal whitespace-nowrap text-muted">(optional)</span>
          </span>
        </h2>
        <span className="mt-1 block pl-5 text-sm text-muted group-open:hidden" data-testid={`${group.key}-summary`}>
          {groupSummary(group, values, model)}
        </span>
      </summary>
      <div className="px-4 pb-4 sm:px-6 sm:pb-6">
        <GroupBody {...props} />
      </div>
    </details>
  );
}

const RANGED: ReadonlySet<string> = new Set(RANGE_FIELDS);

function evidenceInputs(field: EvidenceField, values: FormValues, errors: Props['errors'], set: Props['set']): EvidenceInputs {
  const text = (part: EvidencePart) => values[evidenceKey(field, part)] ?? '';
  const kind = text('Evidence');
  return {
    kind: (EVIDENCE_KINDS as readonly string[]).includes(kind) ? (kind as EvidenceKind) : 'guessed',
    source: text('Source'),
    measuredOn: text('MeasuredOn'),
    measuredValue: text('MeasuredValue'),
    value: values[field] ?? '',
    errors: Object.fromEntries(EVIDENCE_PARTS.map((part) => [part, errors[evidenceKey(field, part)]])),
    onChange: (part, v) => set(evidenceKey(field, part), v),
  };
}

function GroupBody({ group, model, values, errors, set }: Props) {
  return (
    <>
      <p className="mt-1 text-sm text-muted">{group.description}</p>
      <div className="mt-4 grid gap-x-6 gap-y-5 sm:grid-cols-2">
        {group.fields.map((field) => (
          <AssumptionField
            key={field.key}
            field={field}
            model={model}
            value={values[field.key] ?? ''}
            error={errors[field.key]}
            onChange={(v) => set(field.key, v)}
            range={
              RANGED.has(field.key)
                ? {
                    low: values[rangeKey(field.key as RangeField, 'Low')] ?? '',
                    high: values[rangeKey(field.key as RangeField, 'High')] ?? '',
                    error: errors[rangeKey(field.key as RangeField, 'Range')],
                    onChange: (end, v) => set(rangeKey(field.key as RangeField, end), v),
                  }
                : undefined
            }
            evidence={isEvidenceField(field.key) ? evidenceInputs(field.key, values, errors, set) : undefined}
          />
        ))}
      </div>
    </>
  );
}
