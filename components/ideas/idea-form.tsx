'use client';

import Link from 'next/link';
import { useActionState, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { z } from 'zod';
import { createIdeaAction, updateIdeaAction } from '@/app/ideas/actions';
import { SubmitButton } from '@/components/ui/submit-button';
import { FIX_FIELDS_MESSAGE, idle } from '@/lib/actions/result';
import { FIELD_GROUPS, FIELDS } from '@/lib/ideas/fields';
import type { ProductType } from '@/lib/ideas/product-types';
import { ideaFormSchema } from '@/lib/ideas/schema';
import { defaultFormValues, type FormValues } from '@/lib/results/form-values';
import type { PricingModel } from '@/lib/underwrite/schema';
import { ConflictPanel } from './conflict-panel';
import { FieldGroupSection } from './field-group';
import { IdeaDetailsFields } from './worksheet-fields';

type Values = FormValues;

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
    // Rendered at once, so a folded group with an error has opened before its field is focused.
    flushSync(() => setClientErrors(fieldErrors));
    const first = Object.keys(fieldErrors)[0];
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
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
