import { FieldError } from '@/components/ui/field';
import { EVIDENCE_KINDS, type EvidenceKind, type EvidencePart } from '@/lib/ideas/evidence';
import type { FieldInfo } from '@/lib/ideas/fields';
import { EVIDENCE_KIND_WORDS } from '@/lib/results/evidence';
import { RANGE_UNIT } from '@/lib/results/labels';

/** A field's evidence inputs: the form keys `${key}Evidence`, `${key}Source`, `${key}MeasuredOn`, `${key}MeasuredValue`. */
export type EvidenceInputs = {
  kind: EvidenceKind;
  source: string;
  measuredOn: string;
  measuredValue: string;
  /** The field's value as typed: what a measurement left blank measured. */
  value: string;
  errors: Partial<Record<EvidencePart, string[]>>;
  onChange: (part: EvidencePart, value: string) => void;
};

// Colour and word together (never colour alone): measured is green, a benchmark blue, a guess plain.
const KIND_LOOK: Record<EvidenceKind, string> = {
  guessed: 'border-line bg-white text-muted',
  benchmark: 'border-brand/40 bg-blue-50 text-brand-dark',
  measured: 'border-robust/40 bg-robust-soft text-robust',
};

/** The founder's own date, as a date input takes it: a measurement is usually dated today. */
const localToday = () => new Date().toLocaleDateString('en-CA');

/**
 * Where the number comes from, as a small select beside the field's label.
 * Named "Evidence" alone: the field's label sits right before it, and a
 * name that repeated it would make "Price" ambiguous by label.
 */
export function EvidenceSelect({ field, evidence }: { field: FieldInfo; evidence: EvidenceInputs }) {
  const id = `${field.key}Evidence`;
  return (
    <select
      id={id}
      name={id}
      aria-label="Evidence"
      aria-describedby={`${field.key}-help`}
      value={evidence.kind}
      onChange={(e) => {
        const kind = e.target.value;
        evidence.onChange('Evidence', kind);
        if (kind === 'measured' && !evidence.measuredOn) evidence.onChange('MeasuredOn', localToday());
      }}
      data-evidence={field.key}
      className={`shrink-0 rounded-full border px-2 py-0.5 text-xs font-medium ${KIND_LOOK[evidence.kind]}`}
    >
      {EVIDENCE_KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {EVIDENCE_KIND_WORDS[kind]}
        </option>
      ))}
    </select>
  );
}

const small =
  'rounded-md border border-line bg-white px-2 py-1 text-xs shadow-xs aria-[invalid=true]:border-fail aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-fail';

function SmallInput(props: {
  name: string;
  label: string;
  value: string;
  error?: string[];
  onChange: (value: string) => void;
  className: string;
  type?: 'text' | 'date';
  placeholder?: string;
  suffix?: string;
  inputMode?: 'decimal';
}) {
  const invalid = Boolean(props.error?.length) || undefined;
  return (
    <label className="flex min-w-0 items-center gap-1.5">
      <span className="shrink-0">{props.label}</span>
      <input
        id={props.name}
        name={props.name}
        type={props.type ?? 'text'}
        inputMode={props.inputMode}
        value={props.value}
        placeholder={props.placeholder}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${props.name}-error` : undefined}
        className={`${small} ${props.className}`}
        autoComplete="off"
      />
      {props.suffix && <span className="shrink-0">{props.suffix}</span>}
    </label>
  );
}

/**
 * Under a benchmark or a measured field: where it comes from, and for a
 * measurement the day and the value it gave (blank: the value above).
 */
export function EvidenceDetails({ field, evidence }: { field: FieldInfo; evidence: EvidenceInputs }) {
  const key = (part: EvidencePart) => `${field.key}${part}`;
  const measured = evidence.kind === 'measured';
  // The parts a mark does not show still travel with the form, so switching
  // a mark back and forth, or a save's round trip, loses nothing typed.
  const hidden = (part: EvidencePart, value: string) => <input key={part} type="hidden" name={key(part)} value={value} />;
  if (evidence.kind === 'guessed') {
    return [hidden('Source', evidence.source), hidden('MeasuredOn', evidence.measuredOn), hidden('MeasuredValue', evidence.measuredValue)];
  }
  return (
    <div className="mt-2 space-y-1.5 text-xs text-muted" data-evidence-details={field.key}>
      <SmallInput
        name={key('Source')}
        label="Source"
        value={evidence.source}
        error={evidence.errors.Source}
        onChange={(v) => evidence.onChange('Source', v)}
        className="w-full flex-1"
        placeholder={measured ? 'e.g. pre-sale page, March' : 'e.g. Gumroad’s pricing page'}
      />
      <FieldError name={key('Source')} error={evidence.errors.Source} />
      {!measured && [hidden('MeasuredOn', evidence.measuredOn), hidden('MeasuredValue', evidence.measuredValue)]}
      {measured && (
        <>
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
            <SmallInput
              name={key('MeasuredOn')}
              label="Measured on"
              type="date"
              value={evidence.measuredOn}
              error={evidence.errors.MeasuredOn}
              onChange={(v) => evidence.onChange('MeasuredOn', v)}
              className="w-36"
            />
            <SmallInput
              name={key('MeasuredValue')}
              label="Value"
              inputMode="decimal"
              value={evidence.measuredValue}
              error={evidence.errors.MeasuredValue}
              onChange={(v) => evidence.onChange('MeasuredValue', v)}
              className="w-24"
              placeholder={evidence.value || 'as above'}
              suffix={RANGE_UNIT[field.unit] || undefined}
            />
          </div>
          <FieldError name={key('MeasuredOn')} error={evidence.errors.MeasuredOn} />
          <FieldError name={key('MeasuredValue')} error={evidence.errors.MeasuredValue} />
        </>
      )}
    </div>
  );
}
