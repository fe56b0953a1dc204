'use client';

import dynamic from 'next/dynamic';
import { useState, useTransition } from 'react';
import { applyChecklistNumbersAction } from '@/app/ideas/evidence-actions';
import type { ActionResult } from '@/lib/actions/result';
import type { NumbersView } from '@/lib/results/checklist-numbers';
import { NO_ANSWER } from './note-field';

// The record form (and the rules it checks with) loads when it is opened: the idea page is at its JavaScript budget.
const NumbersForm = dynamic(() => import('./numbers-form').then((m) => m.NumbersForm), {
  ssr: false,
  loading: () => <p className="mt-2 text-xs text-muted">Opening…</p>,
});

const button =
  'inline-flex items-center gap-1.5 rounded-md border px-3 py-1.5 text-xs font-medium aria-disabled:cursor-wait aria-disabled:opacity-70';

/**
 * A task's buttons: the one click that applies its numbers to the worksheet
 * (with the worksheet's version guard), and the record form, loaded when
 * opened.
 */
export function NumbersActions({ ideaId, version, view, canApply }: { ideaId: string; version: number; view: NumbersView; canApply: boolean }) {
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  function apply() {
    if (pending) return;
    setStatus(null);
    startTransition(async () => {
      let result: ActionResult | null;
      try {
        result = await applyChecklistNumbersAction({ ideaId, item: view.item, version });
      } catch {
        result = null;
      }
      setStatus(result?.ok ? { ok: true, text: result.message ?? 'Applied.' } : { ok: false, text: `Not applied: ${result?.message ?? NO_ANSWER}` });
    });
  }

  return (
    <>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        {canApply && (
          <button type="button" onClick={apply} aria-disabled={pending} className={`${button} border-brand bg-brand text-white hover:bg-brand-dark`}>
            {pending && <span aria-hidden className="size-3 animate-spin rounded-full border-2 border-white/40 border-t-white" />}
            {pending ? 'Applying…' : 'Apply to worksheet'}
          </button>
        )}
        {!open && (
          <button type="button" onClick={() => setOpen(true)} className={`${button} border-line bg-white hover:bg-paper`}>
            {view.recorded ? 'Change numbers' : 'Record numbers'}
          </button>
        )}
      </div>
      <p aria-live="polite" className={`mt-1 text-xs empty:hidden ${status?.ok ? 'text-robust' : 'text-fail'}`}>
        {status?.text}
      </p>
      {open && <NumbersForm ideaId={ideaId} view={view} onClose={() => setOpen(false)} />}
    </>
  );
}
