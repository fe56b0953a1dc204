'use client';

import { useState } from 'react';
import { rangeKey } from '@/lib/ideas/schema';
import { withTypicalRanges, type FormValues } from '@/lib/results/form-values';
import { RANGE_MEANING } from '@/lib/results/labels';
import { RANGE_FIELDS } from '@/lib/underwrite/ranges';

const button = 'rounded-md border border-line bg-white px-3 py-1.5 text-sm font-medium hover:bg-paper';

/**
 * Above the worksheet's numbers: what a range is, and one click to put a
 * typical range on every input that has none (or to take them all off).
 * Fields the founder ranged stay as they are.
 */
export function RangesBar({ values, replace }: { values: FormValues; replace: (next: FormValues) => void }) {
  const [note, setNote] = useState<string | null>(null);
  const count = RANGE_FIELDS.filter((f) => values[rangeKey(f, 'Low')]?.trim() || values[rangeKey(f, 'High')]?.trim()).length;

  function applyTypical() {
    const next = withTypicalRanges(values);
    if (!next) {
      setNote('Fix the values marked in red first: a range is drawn around each value.');
      return;
    }
    const added = RANGE_FIELDS.filter((f) => next[rangeKey(f, 'Low')] && !values[rangeKey(f, 'Low')]?.trim()).length;
    setNote(added === 0 ? 'Every input that can take a typical range has one.' : `Added ${added} typical ${added === 1 ? 'range' : 'ranges'}. Adjust any you know better.`);
    replace(next);
  }

  function clearAll() {
    replace({ ...values, ...Object.fromEntries(RANGE_FIELDS.flatMap((f) => [[rangeKey(f, 'Low'), ''], [rangeKey(f, 'High'), '']])) });
    setNote('Ranges removed. The Uncertainty section needs at least one.');
  }

  return (
    <section aria-labelledby="ranges-heading" className="rounded-lg border border-line bg-white p-4 sm:p-6">
      <h2 id="ranges-heading" className="text-base font-semibold">
        How sure are you? <span className="text-sm font-normal text-muted">({count === 0 ? 'no ranges yet' : `${count} ${count === 1 ? 'range' : 'ranges'}`})</span>
      </h2>
      <p className="mt-1 text-sm text-muted">{RANGE_MEANING} Put a range under any number you guessed.</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" onClick={applyTypical} className={button}>
          Use typical ranges
        </button>
        {count > 0 && (
          <button type="button" onClick={clearAll} className={button}>
            Remove all ranges
          </button>
        )}
      </div>
      <p aria-live="polite" className="mt-2 text-sm text-muted" data-testid="ranges-note">
        {note}
      </p>
    </section>
  );
}
