import { Field, FieldError } from '@/components/ui/field';
import { inModel, type FieldInfo } from '@/lib/ideas/fields';
import { IGNORED_FOR_ONE_TIME, RANGE_UNIT } from '@/lib/results/labels';
import type { PricingModel } from '@/lib/underwrite/schema';
import { EvidenceDetails, EvidenceSelect, type EvidenceInputs } from './evidence-inputs';
import { worksheetInput } from './worksheet-fields';

/** A range's two inputs: the form keys `${key}Low` / `${key}High`, and its error under `${key}Range`. */
export type RangeInputs = {
  low: string;
  high: string;
  error?: string[];
  onChange: (end: 'Low' | 'High', value: string) => void;
};

/**
 * One assumption, typed as text (so "$1,200" or "3%" are forgiven) with its
 * unit beside it, and, for the fields the uncertainty contract ranges, the
 * founder's "90 % sure it's between" right under the value it brackets, and
 * where the number comes from (guessed, benchmark or measured) beside its label.
 */
export function AssumptionField(props: {
  field: FieldInfo;
  model: PricingModel;
  value: string;
  error?: string[];
  onChange: (v: string) => void;
  range?: RangeInputs;
  evidence?: EvidenceInputs;
}) {
  const { field, model, range, evidence } = props;
  const ignored = field.subscriptionOnly && model === 'one_time';
  return (
    <Field
      id={field.key}
      label={inModel(field.label, model)}
      help={
        <>
          {inModel(field.help, model)}
          {ignored && ` ${IGNORED_FOR_ONE_TIME}`}
        </>
      }
      error={props.error}
      labelAside={evidence && <EvidenceSelect field={field} evidence={evidence} />}
      // Not dimmed with opacity, which fails contrast: the help text says it is ignored.
      className={ignored ? 'rounded-md border border-dashed border-line p-2' : undefined}
    >
      {(control) => (
        <>
          <div className="mt-1 flex items-stretch">
            <input
              {...control}
              name={field.key}
              type="text"
              inputMode="decimal"
              value={props.value}
              onChange={(e) => props.onChange(e.target.value)}
              className={`${worksheetInput} rounded-r-none`}
              autoComplete="off"
            />
            <span className="inline-flex items-center whitespace-nowrap rounded-r-md border border-l-0 border-line bg-paper px-2 text-xs text-muted">
              {inModel(field.suffix, model)}
            </span>
          </div>
          {range && <RangeRow field={field} range={range} />}
          {evidence && <EvidenceDetails field={field} evidence={evidence} />}
        </>
      )}
    </Field>
  );
}

// Narrow, so both ends and the unit sit on one line under the value, even on a phone.
const rangeInput =
  'w-20 rounded-md border border-line bg-white px-2 py-1 text-xs shadow-xs aria-[invalid=true]:border-fail aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-fail';

function RangeRow({ field, range }: { field: FieldInfo; range: RangeInputs }) {
  const id = `${field.key}Range`;
  const invalid = Boolean(range.error?.length) || undefined;
  const input = (end: 'Low' | 'High') => (
    <input
      id={`${field.key}${end}`}
      name={`${field.key}${end}`}
      type="text"
      inputMode="decimal"
      // Not the field's name: the group around it says which range this is,
      // and a name that repeats it would make "Price" ambiguous by label.
      aria-label={`${end === 'Low' ? 'Low' : 'High'} end of the 90 % range`}
      aria-invalid={invalid}
      aria-describedby={invalid ? `${id}-error` : undefined}
      value={end === 'Low' ? range.low : range.high}
      onChange={(e) => range.onChange(end, e.target.value)}
      placeholder={end === 'Low' ? 'low' : 'high'}
      className={rangeInput}
      autoComplete="off"
    />
  );
  return (
    <div role="group" aria-labelledby={`${id}-label`} className="mt-2" data-range={field.key}>
      <div className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-xs text-muted">
        <span id={`${id}-label`}>90 % sure it is</span>
        {input('Low')}
        <span>to</span>
        <span className="inline-flex items-center gap-1.5 whitespace-nowrap">
          {input('High')}
          {RANGE_UNIT[field.unit] && <span>{RANGE_UNIT[field.unit]}</span>}
        </span>
      </div>
      <FieldError name={id} error={range.error} />
    </div>
  );
}
