'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { saveActualWeekAction } from '@/app/ideas/actuals-actions';
import { Field, inputClass } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { weekOf } from '@/lib/actuals';
import { FIX_FIELDS_MESSAGE, idle, type ActionResult } from '@/lib/actions/result';
import { actualWeekFormSchema, WEEK_FIELDS, weekToFormValues, type WeekField } from '@/lib/ideas/actuals-form';
import type { ActualWeek } from '@/lib/ideas/actuals-schema';
import { fieldErrorsOf } from '@/lib/ideas/worksheet-form';
import { formatWeek, formatWeekSpan } from '@/lib/results/format-week';

type Values = Record<string, string>;

const blankWeek = (weekStart: string): Values => ({ weekStart, ...Object.fromEntries(WEEK_FIELDS.map((field) => [field.key, ''])) });

/** The Monday seven days on. */
const nextWeek = (monday: string) => new Date(Date.parse(`${monday}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);

type Props = {
  ideaId: string;
  /** The Mondays already logged: picking one says that saving replaces it. */
  logged: readonly string[];
  /** The week a new entry starts on. */
  suggestedWeek: string;
  /** A logged week to edit, or null to log a new week. */
  editing: ActualWeek | null;
  onEditDone: () => void;
};

const inputMode = (field: WeekField) => (field.unit === 'count' ? 'numeric' : 'decimal');

/**
 * One week's figures in one row: the week (any day of it picks its Monday),
 * then visitors, sales, refunds, revenue and hours; refunded money and fees
 * fold under "More figures". Checked in the browser with the schema the
 * action checks with, so errors show at once; after a save the form moves on
 * to the next week, and after a refused one it keeps every figure typed.
 */
export function WeekForm({ ideaId, logged, suggestedWeek, editing, onEditDone }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult<{ weekStart: string }>, FormData>(saveActualWeekAction, idle);
  const [values, setValues] = useState<Values>(() => (editing ? weekToFormValues(editing) : blankWeek(suggestedWeek)));
  const [clientErrors, setClientErrors] = useState<Record<string, string[] | undefined> | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [moreOpen, setMoreOpen] = useState(() => WEEK_FIELDS.some((field) => field.more && editing && editing[field.key] !== null));

  // A refused save echoes what was typed; a saved new week moves the form on to the next one.
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    setClientErrors(null);
    if (state.ok && state.saved && !editing) setValues(blankWeek(nextWeek(state.saved.weekStart)));
    else if (!state.ok && state.values) setValues((current) => ({ ...current, ...state.values }));
  }
  // A saved edit ends the edit (the parent's state, so after this render).
  useEffect(() => {
    if (editing && state.ok && state.saved) onEditDone();
  }, [editing, state, onEditDone]);

  const errors = clientErrors ?? state.fieldErrors;
  const message = clientErrors ? FIX_FIELDS_MESSAGE : state.ok ? null : state.message;
  const week = weekOf(values.weekStart ?? '');
  const replacing = !editing && week !== null && logged.includes(week);
  const moreHasErrors = WEEK_FIELDS.some((field) => field.more && errors[field.key]);

  // The form is mounted afresh for each week edited (its key), so this runs once per edit.
  const editingWeek = editing?.weekStart;
  useEffect(() => {
    if (editingWeek) formRef.current?.querySelector<HTMLInputElement>('input[name="visitors"]')?.focus({ preventScroll: true });
  }, [editingWeek]);

  function set(key: string, value: string) {
    setValues((current) => ({ ...current, [key]: value }));
    if (errors[key]) setClientErrors({ ...errors, [key]: undefined });
  }

  function validateBeforeSubmit(event: React.FormEvent<HTMLFormElement>) {
    if (pending) {
      event.preventDefault();
      return;
    }
    const parsed = actualWeekFormSchema.safeParse(values);
    if (parsed.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    const fieldErrors = fieldErrorsOf(parsed.error);
    flushSync(() => {
      setClientErrors(fieldErrors);
      if (WEEK_FIELDS.some((field) => field.more && fieldErrors[field.key])) setMoreOpen(true);
    });
    const first = Object.keys(fieldErrors)[0];
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  }

  const figureField = (field: WeekField) => (
    <Field key={field.key} id={`week-${field.key}`} label={field.label} help={field.help} error={errors[field.key]}>
      {(control) => (
        <input
          {...control}
          name={field.key}
          type="text"
          inputMode={inputMode(field)}
          autoComplete="off"
          value={values[field.key] ?? ''}
          onChange={(event) => set(field.key, event.target.value)}
          className={`mt-1 ${inputClass} text-right tabular-nums`}
        />
      )}
    </Field>
  );

  return (
    <form ref={formRef} action={formAction} onSubmit={validateBeforeSubmit} noValidate className="space-y-4">
      <input type="hidden" name="ideaId" value={ideaId} />
      {message && (
        <div role="alert" className="rounded-md border border-fail/40 bg-fail-soft px-4 py-3 text-sm text-fail">
          {message}
        </div>
      )}
      {state.ok && state.message && !editing && (
        <p role="status" className="rounded-md border border-robust/30 bg-robust-soft px-4 py-2 text-sm text-robust">
          {state.message}
        </p>
      )}
      <div className="grid grid-cols-2 gap-x-3 gap-y-4 sm:grid-cols-3 lg:grid-cols-6">
        {editing ? (
          <div className="col-span-2 sm:col-span-3 lg:col-span-1">
            <p className="block text-sm font-medium">Week</p>
            <p className="mt-1 py-2 text-sm font-medium">{formatWeek(editing.weekStart)}</p>
            <input type="hidden" name="weekStart" value={editing.weekStart} />
            <p className="mt-1 text-xs text-muted">{formatWeekSpan(editing.weekStart)}</p>
          </div>
        ) : (
          <Field
            id="week-weekStart"
            label="Week"
            className="col-span-2 sm:col-span-3 lg:col-span-1"
            help={week ? (replacing ? `${formatWeekSpan(week)}. Already logged: saving replaces it.` : formatWeekSpan(week)) : 'Any day of the week.'}
            error={errors.weekStart}
          >
            {(control) => (
              <input
                {...control}
                name="weekStart"
                type="date"
                value={values.weekStart ?? ''}
                // Any day stands for its week: the picker shows the Monday the week is saved under.
                onChange={(event) => set('weekStart', weekOf(event.target.value) ?? event.target.value)}
                className={`mt-1 ${inputClass}`}
              />
            )}
          </Field>
        )}
        {WEEK_FIELDS.filter((field) => !field.more).map(figureField)}
      </div>
      <details open={moreOpen || moreHasErrors} onToggle={(event) => setMoreOpen(event.currentTarget.open)} className="text-sm">
        <summary className="cursor-pointer font-medium text-brand">More figures: money refunded, fees</summary>
        <div className="mt-3 grid grid-cols-2 gap-x-3 gap-y-4 sm:grid-cols-3 lg:grid-cols-6">{WEEK_FIELDS.filter((field) => field.more).map(figureField)}</div>
      </details>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending} pendingText="Saving…">
          {editing ? 'Save changes' : 'Save week'}
        </SubmitButton>
        {editing && (
          <button type="button" onClick={onEditDone} className="rounded-md border border-line bg-white px-4 py-2 text-sm font-medium hover:bg-paper">
            Cancel
          </button>
        )}
        <p className="text-xs text-muted">Leave a figure blank if you do not know it: blank is “not logged”, not zero.</p>
      </div>
    </form>
  );
}
