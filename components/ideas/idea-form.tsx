'use client';

import Link from 'next/link';
import { useActionState, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { z } from 'zod';
import { FieldError } from '@/components/ui/field-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { idle, type ActionResult, type Conflict } from '@/lib/actions/result';
import { FIELD_GROUPS, FIELDS, type FieldInfo } from '@/lib/ideas/fields';
import { defaultFormValues, type FormValues } from '@/lib/ideas/form-values';
import { PRODUCT_TYPE_INFO, PRODUCT_TYPES, type ProductType } from '@/lib/ideas/product-types';
import { ideaFormSchema, NAME_MAX, TEXT_MAX } from '@/lib/ideas/schema';
import type { PricingModel } from '@/lib/underwrite/schema';

type Values = FormValues;

type Props =
  | {
      mode: 'create';
      action: (prev: ActionResult, data: FormData) => Promise<ActionResult>;
      /** Made by the server per opened form, so a double submit or a retry creates one idea. */
      createKey: string;
      initial?: undefined;
    }
  | {
      mode: 'edit';
      action: (prev: ActionResult, data: FormData) => Promise<ActionResult>;
      initial: { id: string; version: number; values: Values };
    };

const inputClass =
  'w-full rounded-md border border-line bg-white px-3 py-2 text-sm shadow-xs aria-[invalid=true]:border-fail aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-fail';

export function IdeaForm(props: Props) {
  const [state, formAction, isPending] = useActionState(props.action, idle);
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
    setValues((v) => ({ ...v, [key]: value }));
    if (errors[key]) setClientErrors({ ...errors, [key]: undefined });
  }

  function changeProductType(type: ProductType) {
    const defaults = defaultFormValues(type);
    setValues((v) => {
      const next: Values = { ...v, productType: type };
      if (props.mode === 'create') {
        for (const key of ['pricingModel', ...FIELDS.map((f) => f.key)]) {
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
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
    setClientErrors(fieldErrors);
    const first = Object.keys(fieldErrors)[0];
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  }

  const message = clientErrors ? 'Some values need fixing: see the highlighted fields.' : state.message;

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

      <section aria-labelledby="idea-heading" className="space-y-4 rounded-lg border border-line bg-white p-4 sm:p-6">
        <h2 id="idea-heading" className="text-base font-semibold">
          The idea
        </h2>
        <TextField
          name="name"
          label="Name"
          help="A short name you will recognise in the list."
          value={values.name ?? ''}
          error={errors.name}
          onChange={(v) => set('name', v)}
          maxLength={NAME_MAX}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="productType" className="block text-sm font-medium">
              Product type
            </label>
            <select
              id="productType"
              name="productType"
              value={values.productType}
              onChange={(e) => changeProductType(e.target.value as ProductType)}
              aria-describedby="productType-help"
              aria-invalid={Boolean(errors.productType) || undefined}
              className={`mt-1 ${inputClass}`}
            >
              {PRODUCT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {PRODUCT_TYPE_INFO[type].label}
                </option>
              ))}
            </select>
            <p id="productType-help" className="mt-1 text-xs text-muted">
              {PRODUCT_TYPE_INFO[(values.productType ?? 'template') as ProductType]?.blurb}
              {props.mode === 'create' && ' Changing it fills in that type’s typical numbers (fields you edited stay).'}
            </p>
            <FieldError name="productType" error={errors.productType} />
          </div>
          <fieldset>
            <legend className="block text-sm font-medium">Pricing</legend>
            <div className="mt-1 flex gap-2">
              {(['one_time', 'subscription'] as const).map((m) => (
                <label
                  key={m}
                  className="flex flex-1 cursor-pointer items-center gap-2 rounded-md border border-line bg-white px-3 py-2 text-sm has-[:checked]:border-brand has-[:checked]:bg-blue-50"
                >
                  <input
                    type="radio"
                    name="pricingModel"
                    value={m}
                    checked={model === m}
                    onChange={() => set('pricingModel', m)}
                  />
                  {m === 'one_time' ? 'One-time sale' : 'Subscription'}
                </label>
              ))}
            </div>
            <FieldError name="pricingModel" error={errors.pricingModel} />
          </fieldset>
        </div>
        <TextArea
          name="problem"
          label="The problem"
          help="What painful, recurring problem does it solve? In your buyers’ words if you have them."
          value={values.problem ?? ''}
          error={errors.problem}
          onChange={(v) => set('problem', v)}
        />
        <TextArea
          name="audience"
          label="The audience"
          help="Who buys it, and what evidence do you have that they want it?"
          value={values.audience ?? ''}
          error={errors.audience}
          onChange={(v) => set('audience', v)}
        />
      </section>

      {FIELD_GROUPS.map((group) => (
        <section
          key={group.title}
          aria-labelledby={`group-${group.title}`}
          className="rounded-lg border border-line bg-white p-4 sm:p-6"
        >
          <h2 id={`group-${group.title}`} className="text-base font-semibold">
            {group.title}
          </h2>
          <p className="mt-1 text-sm text-muted">{group.description}</p>
          <div className="mt-4 grid gap-x-6 gap-y-5 sm:grid-cols-2">
            {group.fields.map((field) => (
              <NumberField
                key={field.key}
                field={field}
                model={model}
                value={values[field.key] ?? ''}
                error={errors[field.key]}
                onChange={(v) => set(field.key, v)}
              />
            ))}
          </div>
        </section>
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

function ConflictPanel({
  conflict,
  reloadHref,
  overwrite,
}: {
  conflict: Conflict;
  reloadHref: string;
  overwrite: () => void;
}) {
  return (
    <section aria-labelledby="conflict-heading" className="rounded-md border border-fragile/40 bg-fragile-soft p-4 text-sm" data-testid="conflict">
      <h2 id="conflict-heading" className="font-semibold">
        What changed since you opened this form
      </h2>
      {conflict.changes.length === 0 ? (
        <p className="mt-1">The saved values are the same as yours; saving again is safe.</p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left">
            <thead>
              <tr className="text-xs text-muted">
                <th scope="col" className="py-1 pr-3 font-medium">Field</th>
                <th scope="col" className="py-1 pr-3 font-medium">Saved now</th>
                <th scope="col" className="py-1 font-medium">Yours</th>
              </tr>
            </thead>
            <tbody>
              {conflict.changes.map((c) => (
                <tr key={c.field} className="border-t border-black/10" data-field={c.field}>
                  <th scope="row" className="py-1 pr-3 font-medium">{c.label}</th>
                  <td className="py-1 pr-3">{c.saved}</td>
                  <td className="py-1">{c.yours}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        {/* A full load, so the form starts again from what is saved. */}
        <a href={reloadHref} className="rounded-md border border-line bg-white px-3 py-2 font-medium hover:bg-paper">
          Discard mine and load the saved version
        </a>
        <button type="button" onClick={overwrite} className="rounded-md bg-fragile px-3 py-2 font-medium text-white">
          Overwrite with my values
        </button>
      </div>
    </section>
  );
}

function describedBy(name: string, error?: string[]) {
  return [`${name}-help`, error?.length ? `${name}-error` : null].filter(Boolean).join(' ');
}

function TextField(props: {
  name: string;
  label: string;
  help: string;
  value: string;
  error?: string[];
  maxLength: number;
  onChange: (v: string) => void;
}) {
  return (
    <div>
      <label htmlFor={props.name} className="block text-sm font-medium">
        {props.label}
      </label>
      <input
        id={props.name}
        name={props.name}
        type="text"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={Boolean(props.error?.length) || undefined}
        aria-describedby={describedBy(props.name, props.error)}
        className={`mt-1 ${inputClass}`}
        autoComplete="off"
      />
      <p id={`${props.name}-help`} className="mt-1 text-xs text-muted">
        {props.help} Up to {props.maxLength} characters.
      </p>
      <FieldError name={props.name} error={props.error} />
    </div>
  );
}

function TextArea(props: {
  name: string;
  label: string;
  help: string;
  value: string;
  error?: string[];
  onChange: (v: string) => void;
}) {
  return (
    <div>
      <label htmlFor={props.name} className="block text-sm font-medium">
        {props.label} <span className="font-normal text-muted">(optional)</span>
      </label>
      <textarea
        id={props.name}
        name={props.name}
        rows={3}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={Boolean(props.error?.length) || undefined}
        aria-describedby={describedBy(props.name, props.error)}
        className={`mt-1 ${inputClass}`}
      />
      <p id={`${props.name}-help`} className="mt-1 flex justify-between gap-2 text-xs text-muted">
        <span>{props.help}</span>
        <span aria-hidden className={props.value.length > TEXT_MAX ? 'text-fail' : ''}>
          {props.value.length.toLocaleString('en-US')}/{TEXT_MAX.toLocaleString('en-US')}
        </span>
      </p>
      <FieldError name={props.name} error={props.error} />
    </div>
  );
}

function NumberField(props: {
  field: FieldInfo;
  model: PricingModel;
  value: string;
  error?: string[];
  onChange: (v: string) => void;
}) {
  const { field, model } = props;
  const ignored = field.subscriptionOnly && model === 'one_time';
  return (
    // Not dimmed with opacity, which fails contrast: the help text says it is ignored.
    <div className={ignored ? 'rounded-md border border-dashed border-line p-2' : undefined}>
      <label htmlFor={field.key} className="block text-sm font-medium">
        {field.label}
      </label>
      <div className="mt-1 flex items-stretch">
        <input
          id={field.key}
          name={field.key}
          type="text"
          inputMode="decimal"
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          aria-invalid={Boolean(props.error?.length) || undefined}
          aria-describedby={describedBy(field.key, props.error)}
          className={`${inputClass} rounded-r-none`}
          autoComplete="off"
        />
        <span className="inline-flex items-center whitespace-nowrap rounded-r-md border border-l-0 border-line bg-paper px-2 text-xs text-muted">
          {field.suffix(model)}
        </span>
      </div>
      <p id={`${field.key}-help`} className="mt-1 text-xs text-muted">
        {field.help}
        {ignored && ' Ignored for one-time sales.'}
      </p>
      <FieldError name={field.key} error={props.error} />
    </div>
  );
}
