'use client';

import { useId, useState, useTransition } from 'react';
import { saveChecklistNumbersAction } from '@/app/ideas/evidence-actions';
import type { ActionResult } from '@/lib/actions/result';
import { checklistNumbersFormSchema, DEMAND_TEST_ITEM, DEMAND_TEST_KINDS, DEMAND_TEST_LABELS, type ChecklistNumbersText } from '@/lib/ideas/checklist-numbers';
import type { NumbersView } from '@/lib/results/checklist-numbers';
import { NO_ANSWER } from './note-field';

type Text = Omit<ChecklistNumbersText, 'ideaId' | 'item'>;
type Key = keyof Text;

const input =
  'mt-1 w-full rounded-md border border-line bg-white px-2 py-1.5 text-sm shadow-xs aria-[invalid=true]:border-fail aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-fail';

/**
 * Records a task's numbers: item 5's demand test (pre-sales or waitlist
 * sign-ups out of visitors) or item 1's confirmed price and fees, typed as
 * in the worksheet ("3k", "$29", "5.9 %"). Checked here with the action's
 * own schema, so a mistake is explained before anything is sent. Blank
 * figures clear the task's numbers.
 */
export function NumbersForm({ ideaId, view, onClose }: { ideaId: string; view: NumbersView; onClose: () => void }) {
  const id = useId();
  const [text, setText] = useState<Text>(view.text);
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const demand = view.item === DEMAND_TEST_ITEM;
  const counted = DEMAND_TEST_LABELS[(text.kind as keyof typeof DEMAND_TEST_LABELS) ?? 'presale'] ?? DEMAND_TEST_LABELS.presale;

  const set = (key: Key, value: string) => {
    setText((t) => ({ ...t, [key]: value }));
    if (errors[key]) setErrors((e) => ({ ...e, [key]: undefined }));
  };

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const payload = { ideaId, item: view.item, ...text };
    const parsed = checklistNumbersFormSchema.safeParse(payload);
    if (!parsed.success) {
      const found: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (found[String(issue.path[issue.path.length - 1])] ??= []).push(issue.message);
      setErrors(found);
      setMessage(null);
      return;
    }
    startTransition(async () => {
      let result: ActionResult | null;
      try {
        result = await saveChecklistNumbersAction(payload);
      } catch {
        result = null;
      }
      if (result?.ok) {
        onClose();
        return;
      }
      setErrors(result?.fieldErrors ?? {});
      setMessage(`Not recorded: ${result?.message ?? NO_ANSWER}`);
    });
  }

  const field = (key: Key, label: string, hint?: string) => (
    <label className="block min-w-0 text-xs font-medium">
      {label}
      {hint && <span className="font-normal text-muted"> {hint}</span>}
      <input
        name={key}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text[key] ?? ''}
        onChange={(e) => set(key, e.target.value)}
        aria-invalid={errors[key]?.length ? true : undefined}
        aria-describedby={errors[key]?.length ? `${id}-${key}-error` : undefined}
        className={input}
      />
      {errors[key]?.length ? (
        <span id={`${id}-${key}-error`} className="mt-1 block font-normal text-fail">
          {errors[key]![0]}
        </span>
      ) : null}
    </label>
  );

  return (
    <form onSubmit={submit} noValidate className="mt-3 space-y-3 border-t border-line pt-3" aria-label={demand ? 'Record the demand test' : 'Record the price and fees'}>
      {demand ? (
        <>
          <fieldset>
            <legend className="text-xs font-medium">What you counted</legend>
            <div className="mt-1 flex flex-wrap gap-2">
              {DEMAND_TEST_KINDS.map((kind) => (
                <label key={kind} className="flex cursor-pointer items-center gap-1.5 rounded-md border border-line bg-white px-2 py-1 text-xs has-[:checked]:border-brand has-[:checked]:bg-blue-50">
                  <input type="radio" name={`${id}-kind`} value={kind} checked={text.kind === kind} onChange={() => set('kind', kind)} />
                  {DEMAND_TEST_LABELS[kind].option}
                </label>
              ))}
            </div>
            {text.kind === 'waitlist' && (
              <p className="mt-1 text-xs text-muted">A sign-up is not a sale: a waitlist’s rate is the most your conversion could be.</p>
            )}
          </fieldset>
          <div className="grid grid-cols-2 gap-2">
            {field('visitors', 'Visitors', 'to the page')}
            {field('signUps', counted.count)}
          </div>
        </>
      ) : (
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
          {field('price', 'Price', '($)')}
          {field('feeRate', 'Fees', '(% of a sale)')}
          {field('feePerTransaction', 'Fixed fee', '($ a payment)')}
        </div>
      )}
      {message && (
        <p role="alert" className="text-xs text-fail">
          {message}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="submit"
          aria-disabled={pending}
          className="inline-flex items-center gap-1.5 rounded-md bg-brand px-3 py-1.5 text-xs font-medium text-white hover:bg-brand-dark aria-disabled:cursor-wait aria-disabled:opacity-70"
        >
          {pending && <span aria-hidden className="size-3 animate-spin rounded-full border-2 border-white/40 border-t-white" />}
          {pending ? 'Recording…' : 'Record numbers'}
        </button>
        <button type="button" onClick={onClose} className="rounded-md px-2 py-1.5 text-xs text-muted underline">
          Cancel
        </button>
      </div>
      <p className="text-xs text-muted">Leave every figure blank to clear them.</p>
    </form>
  );
}
