import type { NumbersView } from '@/lib/results/checklist-numbers';
import { NumbersActions } from './numbers-actions';

const TITLE: Record<number, { title: string; empty: string }> = {
  5: {
    title: 'Demand test',
    empty: 'Put up a pre-sale or waitlist page, send people to it, and record how many of the visitors paid or signed up: that is your conversion, measured.',
  },
  1: { title: 'Price and fees', empty: 'Confirm the price you will charge and what your payment platform takes, and record them.' },
};

/**
 * A task's numbers (items 5 and 1): what was recorded and what applying it
 * would change in the worksheet, rendered on the server; only the buttons
 * are the browser's (the idea page is at its JavaScript budget).
 */
export function NumbersSummary({ ideaId, version, view, readOnly }: { ideaId: string; version: number; view: NumbersView; readOnly: boolean }) {
  const words = TITLE[view.item]!;
  return (
    <div className="rounded-md border border-line bg-paper p-3 text-sm" data-numbers={view.item}>
      <p className="font-medium">{words.title}</p>
      {view.recorded ? (
        <p className="mt-0.5" data-testid="numbers-recorded">
          Recorded {view.recordedOn}: {view.recorded}.
        </p>
      ) : (
        <p className="mt-0.5 text-xs text-muted">{words.empty}</p>
      )}
      {view.recorded && view.applied && (
        <p className="mt-1 text-xs font-medium text-robust">
          <span aria-hidden>✓ </span>In the worksheet, marked measured.
        </p>
      )}
      {view.recorded && !view.applied && view.changes.length > 0 && (
        <div className="mt-2">
          <p className="text-xs text-muted">Applying sets, and marks measured:</p>
          <ul className="text-xs">
            {view.changes.map((change) => (
              <li key={change} className="font-mono tabular-nums">
                {change}
              </li>
            ))}
          </ul>
        </div>
      )}
      {/* The shared link's view records and applies nothing. */}
      {!readOnly && <NumbersActions ideaId={ideaId} version={version} view={view} canApply={Boolean(view.recorded) && !view.applied} />}
    </div>
  );
}
