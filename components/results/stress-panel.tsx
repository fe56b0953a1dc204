'use client';

import { memo, useActionState } from 'react';
import { saveStressProfileAction } from '@/app/ideas/actions';
import { SubmitButton } from '@/components/ui/submit-button';
import { idle } from '@/lib/actions/result';
import { formatStress, leverValue, sliderPosition, STRESS_CONTROLS, stressHelp } from '@/lib/results/stress-controls';
import type { Assumptions, StressProfile } from '@/lib/underwrite';

type Props = {
  ideaId: string;
  stress: StressProfile;
  /** The profile stored when the page was rendered (the server renders it again after each save). */
  saved: StressProfile;
  /** The base and the stressed assumptions, to show what each setting does to its input. */
  base: Assumptions;
  stressed: Assumptions;
  onChange: (next: StressProfile) => void;
  onReset: () => void;
  /** The shared link's view: the sliders alone, with no save. */
  readOnly: boolean;
};

const sameProfile = (a: StressProfile, b: StressProfile) =>
  STRESS_CONTROLS.every(({ key }) => Math.abs(a[key] - b[key]) < 1e-9);

/**
 * The stress case's settings. Moving a slider recomputes every number on the
 * page in the browser (the engine is pure); only Save talks to the server.
 */
export const StressPanel = memo(function StressPanel({ ideaId, stress, saved, base, stressed, onChange, onReset, readOnly }: Props) {
  const [state, formAction, pending] = useActionState(saveStressProfileAction, idle);
  // Compared with what the last save really stored, not with the sliders as
  // they are when its answer comes: a slider moved while the save was in
  // flight is still unsaved.
  const dirty = !sameProfile(stress, state.saved ?? saved);

  const sliders = (
    <>
      {STRESS_CONTROLS.map((control) => {
        const ignored = control.subscriptionOnly && stressed.pricingModel === 'one_time';
        const id = `stress-${control.key}`;
        const value = stress[control.key];
        const help = stressHelp(control.key, value, base, stressed);
        return (
          // Not dimmed with opacity: that fails contrast; the help text says it is ignored.
          <div key={control.key} className={ignored ? 'rounded-md border border-dashed border-line p-2' : undefined}>
            <div className="flex items-baseline justify-between gap-2">
              <label htmlFor={id} className="text-sm font-medium">
                {control.label}
              </label>
              <output htmlFor={id} className="font-mono text-sm tabular-nums" data-testid={`${id}-value`}>
                {formatStress(control, value)}
              </output>
            </div>
            <input
              id={id}
              type="range"
              min={0}
              max={control.reach}
              step={control.step}
              value={sliderPosition(control, value)}
              // The help is the value's meaning, read out as the slider moves (a description is read only on focus).
              aria-valuetext={`${formatStress(control, value)}: ${help}`}
              onChange={(e) => onChange({ ...stress, [control.key]: leverValue(control, Number(e.target.value)) })}
              className="mt-1 w-full accent-[#c2410c]"
            />
            {!readOnly && <input type="hidden" name={control.key} value={value} />}
            <p className="text-xs text-muted" data-testid={`${id}-help`}>
              {help}
            </p>
          </div>
        );
      })}
    </>
  );

  return (
    <section aria-labelledby="stress-heading" className="rounded-lg border border-line bg-white p-4 sm:p-5">
      <h2 id="stress-heading" className="text-base font-semibold">
        Stress case
      </h2>
      <p className="mt-1 text-xs text-muted">
        What goes wrong in the stress case, applied to {readOnly ? 'the' : 'your'} base numbers. Each slider runs from as planned, on the left, to
        worse; everything on the page updates as you move one.
      </p>
      {readOnly ? (
        <div className="mt-4 space-y-4">
          {sliders}
          <p className="text-xs text-muted">Moving a slider changes the numbers on this page only; nothing is saved.</p>
        </div>
      ) : (
        <form action={formAction} className="mt-4 space-y-4">
          <input type="hidden" name="id" value={ideaId} />
          {sliders}
          <div className="flex flex-wrap items-center gap-2 pt-1">
            <SubmitButton pending={pending} pendingText="Saving…">
              Save profile
            </SubmitButton>
            <button
              type="button"
              onClick={onReset}
              className="rounded-md border border-line px-3 py-2 text-sm font-medium hover:bg-paper"
            >
              Reset to defaults
            </button>
          </div>
          <p aria-live="polite" className="min-h-5 text-xs" data-testid="stress-status">
            {state.message && !state.ok ? (
              <span className="text-fail">{state.message}</span>
            ) : dirty ? (
              <span className="text-fragile">Unsaved changes: the saved profile is still used on the list page.</span>
            ) : state.ok ? (
              <span className="text-robust">Saved.</span>
            ) : null}
          </p>
        </form>
      )}
    </section>
  );
});
