'use client';

import { useActionState, useMemo, useState } from 'react';
import { saveRangesAction } from '@/app/ideas/range-actions';
import { FieldError, inputClass } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { idle } from '@/lib/actions/result';
import { editorFields, editorValues, readEditor, type EditorField } from '@/lib/results/range-editor';
import type { Assumptions, Ranges } from '@/lib/underwrite';

type Props = {
  ideaId: string;
  /** The worksheet version the page was rendered at: a save from an older one is refused. */
  version: number;
  assumptions: Assumptions;
  saved: Ranges;
  /** Valid ranges typed: re-simulate with them. */
  onRanges: (ranges: Ranges) => void;
  /** Some range is invalid: keep the results as they are. */
  onInvalid: () => void;
};

const sameValues = (a: Record<string, string>, b: Record<string, string>, fields: EditorField[]) =>
  fields.every((f) => (a[f.lowKey] ?? '') === (b[f.lowKey] ?? '') && (a[f.highKey] ?? '') === (b[f.highKey] ?? ''));

function RangeRow({ field, values, error, onChange }: { field: EditorField; values: Record<string, string>; error?: string[]; onChange: (key: string, value: string) => void }) {
  const invalid = Boolean(error?.length);
  const describedBy = `${field.errorKey}-point${invalid ? ` ${field.errorKey}-error` : ''}`;
  const end = (key: string, word: string) => (
    <label className="flex min-w-0 flex-1 items-center gap-1.5 text-xs text-muted">
      <span className="w-8 shrink-0">{word}</span>
      <input
        name={key}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={values[key] ?? ''}
        onChange={(e) => onChange(key, e.target.value)}
        aria-label={`${field.label}, ${word.toLowerCase()} end`}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        className={`${inputClass} min-w-0 font-mono tabular-nums`}
      />
    </label>
  );
  return (
    <fieldset className="min-w-0" data-range={field.field}>
      <legend className="text-sm font-medium">
        {field.label} <span className="font-normal text-muted">({field.suffix})</span>
      </legend>
      <div className="mt-1 flex gap-3">
        {end(field.lowKey, 'Low')}
        {end(field.highKey, 'High')}
      </div>
      <p id={`${field.errorKey}-point`} className="mt-1 text-xs text-muted">
        {field.point}
      </p>
      <FieldError name={field.errorKey} error={error} />
    </fieldset>
  );
}

/**
 * "Try other ranges": the saved ranges as editable text, every valid edit
 * re-simulated in the worker at once (nothing goes to the server), like the
 * stress sliders. Only "Save ranges" stores them. Loaded when the founder
 * first opens it, so it is not part of the page's first load.
 */
export function RangeEditor({ ideaId, version, assumptions, saved, onRanges, onInvalid }: Props) {
  const [state, formAction, saving] = useActionState(saveRangesAction, idle);
  // The rows stay those the page opened with, so clearing both ends of one (no range) keeps its inputs.
  const [fields] = useState(() => editorFields(saved, assumptions));
  const savedValues = useMemo(() => editorValues(saved), [saved]);
  const [values, setValues] = useState(savedValues);
  const reading = useMemo(() => readEditor(values, assumptions), [values, assumptions]);
  // The server's answer after a refused save, until the founder types again; then what is typed.
  const errors = reading.ok ? (state.values === values ? state.fieldErrors : {}) : reading.errors;
  const dirty = !sameValues(values, savedValues, fields);

  const change = (key: string, value: string) => {
    const next = { ...values, [key]: value };
    setValues(next);
    const read = readEditor(next, assumptions);
    if (read.ok) onRanges(read.ranges);
    else onInvalid();
  };

  return (
    <form action={formAction} className="space-y-4 border-t border-line p-3">
      <p className="text-xs text-muted">
        Each range is where you are 90 % sure the number lies. Every change re-runs the simulation here in your browser; nothing is
        saved until you press Save ranges.
      </p>
      <input type="hidden" name="id" value={ideaId} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map((field) => (
          <RangeRow key={field.field} field={field} values={values} error={errors[field.errorKey]} onChange={change} />
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <SubmitButton pending={saving} pendingText="Saving…">
          Save ranges
        </SubmitButton>
        <button
          type="button"
          onClick={() => {
            setValues(savedValues);
            onRanges(saved);
          }}
          className="rounded-md border border-line px-3 py-2 text-sm font-medium hover:bg-paper"
        >
          Back to saved
        </button>
      </div>
      <p aria-live="polite" className="min-h-5 text-xs" data-testid="ranges-status">
        {state.conflict ? (
          <span className="text-fail">
            {state.message}{' '}
            <button type="button" onClick={() => window.location.reload()} className="font-medium underline">
              Reload the page
            </button>
          </span>
        ) : state.message && !state.ok ? (
          <span className="text-fail">{state.message}</span>
        ) : dirty ? (
          <span className="text-fragile">Unsaved ranges: the saved ones are still used everywhere else.</span>
        ) : state.ok ? (
          <span className="text-robust">Saved.</span>
        ) : null}
      </p>
    </form>
  );
}
