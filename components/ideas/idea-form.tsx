'use client';

import Link from 'next/link';
import { useActionState, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { createIdeaAction, updateIdeaAction } from '@/app/ideas/actions';
import { SubmitButton } from '@/components/ui/submit-button';
import { FIX_FIELDS_MESSAGE, idle } from '@/lib/actions/result';
import { FIELD_GROUPS } from '@/lib/ideas/fields';
import type { ProductType } from '@/lib/ideas/product-types';
import { rangeKey } from '@/lib/ideas/schema';
import { fieldErrorsOf, IDEA_FORM_KEYS, ideaFormSchema } from '@/lib/ideas/worksheet-form';
import { NEW_IDEA_RANGED_FIELDS } from '@/lib/ideas/typical-ranges';
import type { RangeField } from '@/lib/underwrite/ranges';
import { defaultFormValues, withTypicalRanges, type FormValues } from '@/lib/results/form-values';
import type { PricingModel } from '@/lib/underwrite/schema';
import { ConflictPanel } from './conflict-panel';
import { FieldGroupSection } from './field-group';
import { RangesBar } from './ranges-bar';
import { IdeaDetailsFields } from './worksheet-fields';

type Values = FormValues;

// What a new idea's product type fills in: the pricing model, the numbers and their ranges.
const RANGED: ReadonlySet<string> = new Set(NEW_IDEA_RANGED_FIELDS);
const TRAFFIC_RANGES: RangeField[] = ['monthlyVisitors', 'visitorGrowthRate'];
const TRAFFIC_KEYS: ReadonlySet<string> = new Set([...TRAFFIC_RANGES, 'horizonMonths']);
const NUMBER_KEYS = IDEA_FORM_KEYS.filter((key) => !['name', 'productType', 'problem', 'audience'].includes(key));

type Props =
  | {
      mode: 'create';
      /** Made by the server per opened form, so a double submit or a retry creates one idea. */
      createKey: string;
      initial?: undefined;
    }
  | { mode: 'edit'; initial: { id: string; version: number; values: Values } };

/** The worksheet, for a new idea (createIdeaAction) or an existing one (updateIdeaAction). */
export function IdeaForm(props: Props) {
  const [state, formAction, isPending] = useActionState(props.mode === 'create' ? createIdeaAction : updateIdeaAction, idle);
  // After a submit without JavaScript the server renders this form again with
  // the action's state: start from the values it echoed so nothing is lost.
  const [values, setValues] = useState<Values>(
    () => state.values ?? props.initial?.values ?? defaultFormValues('template'),
  );
  const [clientErrors, setClientErrors] = useState<Record<string, string[] | undefined> | null>(null);
  // Fields the founder typed in: switching product type must not overwrite them.
  const touched = useRef(new Set<string>());
  const formRef = useRef<HTMLFormElement>(null);
  // The version this form's save is based on; raised only when the founder
  // chooses to overwrite a newer save they have been shown.
  const [version, setVersion] = useState(props.initial?.version ?? 0);
  const createKeyRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // A form brought back by the Back button keeps its old props: give each
    // mounted form its own key, so a new idea is never mistaken for a retry
    // of the last one. (Without JavaScript the server's key stands.)
    if (createKeyRef.current && typeof crypto.randomUUID === 'function') createKeyRef.current.value = crypto.randomUUID();
  }, []);

  const errors = clientErrors ?? state.fieldErrors;
  const model = (values.pricingModel ?? 'one_time') as PricingModel;

  function set(key: string, value: string) {
    touched.current.add(key);
    setValues((v) => followingRange({ ...v, [key]: value }, key));
    // A range's two inputs share one error.
    const errorKey = key.replace(/(Low|High)$/, 'Range');
    if (errors[key] || errors[errorKey]) setClientErrors({ ...errors, [key]: undefined, [errorKey]: undefined });
  }

  /**
   * On a new idea, a range the form filled in (never typed in) follows its
   * value: typing 10,000 visitors moves the typical range around 10,000
   * rather than leaving the value outside it. Visitors, growth and the
   * horizon share the traffic ceiling, so a change to any of them moves both
   * traffic ranges.
   */
  function followingRange(next: Values, key: string): Values {
    if (props.mode !== 'create') return next;
    const fields = (TRAFFIC_KEYS.has(key) ? TRAFFIC_RANGES : RANGED.has(key) ? [key as RangeField] : []).filter(
      (field) => !touched.current.has(rangeKey(field, 'Low')) && !touched.current.has(rangeKey(field, 'High')),
    );
    return fields.length === 0 ? next : (withTypicalRanges(next, fields) ?? next);
  }

  function changeProductType(type: ProductType) {
    const defaults = defaultFormValues(type);
    setValues((v) => {
      const next: Values = { ...v, productType: type };
      if (props.mode === 'create') {
        for (const key of NUMBER_KEYS) {
          if (!touched.current.has(key)) next[key] = defaults[key] ?? '';
        }
      }
      return next;
    });
  }

  function validateBeforeSubmit(event: React.FormEvent<HTMLFormElement>) {
    // A second click while the first save is in flight would only repeat it.
    if (isPending) {
      event.preventDefault();
      return;
    }
    // The same schema the server action uses: errors show at once, with no round trip.
    const parsed = ideaFormSchema.safeParse(values);
    if (parsed.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    const fieldErrors = fieldErrorsOf(parsed.error);
    // Rendered at once, so a folded group with an error has opened before its field is focused.
    flushSync(() => setClientErrors(fieldErrors));
    const first = Object.keys(fieldErrors)[0];
    // A range's error is under its pair of inputs: focus the low end.
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first.replace(/Range$/, 'Low')}"]`)?.focus();
  }

  const message = clientErrors ? FIX_FIELDS_MESSAGE : state.message;

  return (
    <form ref={formRef} action={formAction} onSubmit={validateBeforeSubmit} noValidate className="space-y-8">
      {props.mode === 'edit' ? (
        <>
          <input type="hidden" name="id" value={props.initial.id} />
          <input type="hidden" name="version" value={version} />
        </>
      ) : (
        <input ref={createKeyRef} type="hidden" name="createKey" defaultValue={props.createKey} />
      )}

      {message && !state.ok && (
        <div role="alert" className="rounded-md border border-fail/40 bg-fail-soft px-4 py-3 text-sm text-fail">
          {message}
        </div>
      )}

      {props.mode === 'edit' && state.conflict && !clientErrors && (
        <ConflictPanel
          conflict={state.conflict}
          reloadHref={`/ideas/${props.initial.id}/edit`}
          overwrite={() => {
            flushSync(() => setVersion(state.conflict!.version));
            formRef.current?.requestSubmit();
          }}
        />
      )}

      <IdeaDetailsFields
        values={values}
        errors={errors}
        model={model}
        describeDefaults={props.mode === 'create'}
        set={set}
        changeProductType={changeProductType}
      />

      <RangesBar values={values} replace={(next) => setValues(next)} />

      {FIELD_GROUPS.map((group) => (
        <FieldGroupSection key={group.key} group={group} model={model} values={values} errors={errors} set={set} />
      ))}

      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={isPending} pendingText="Saving…">
          {props.mode === 'create' ? 'Create idea' : 'Save changes'}
        </SubmitButton>
        <Link href={props.mode === 'edit' ? `/ideas/${props.initial.id}` : '/'} className="text-sm text-muted underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}
