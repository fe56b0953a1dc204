'use client';

import { useState, useTransition } from 'react';
import { deleteActualWeekAction } from '@/app/ideas/actuals-actions';
import type { ActualWeek } from '@/lib/ideas/actuals-schema';
import { WEEK_FIELDS, type WeekField } from '@/lib/ideas/actuals-form';
import { formatCents, formatNumber } from '@/lib/results/format';
import { formatWeek } from '@/lib/results/format-week';
import { UNEXPECTED_MESSAGE } from '@/lib/actions/result';

/** The unit is in the column's header: "Revenue ($)", "Hours". */
const figureText = (field: WeekField, value: number): string => (field.unit === 'money' ? formatCents(value) : formatNumber(value, 2));

type Props = {
  ideaId: string;
  /** Oldest first, as stored. */
  weeks: ActualWeek[];
  editingWeek: string | null;
  onEdit: (week: ActualWeek) => void;
};

/**
 * The logged weeks, newest first, each with Edit and Delete. Deleting asks
 * once more in the row itself: a week's figures are gone for good.
 */
export function WeeksTable({ ideaId, weeks, editingWeek, onEdit }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [deleting, setDeleting] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  function remove(weekStart: string) {
    setDeleting(weekStart);
    startTransition(async () => {
      try {
        const result = await deleteActualWeekAction({ ideaId, weekStart });
        setMessage({ ok: result.ok, text: result.message ?? '' });
      } catch {
        // The server could not be reached: nothing was deleted.
        setMessage({ ok: false, text: UNEXPECTED_MESSAGE });
      }
      setConfirming(null);
      setDeleting(null);
    });
  }

  if (weeks.length === 0) return <p className="text-sm text-muted">No week logged yet. Log one above, or import a CSV export below.</p>;
  const newestFirst = [...weeks].reverse();
  return (
    <div className="space-y-3">
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={`text-sm ${message.ok ? 'text-robust' : 'text-fail'}`}>
          {message.text}
        </p>
      )}
      <div role="region" aria-label="Logged weeks, by week" tabIndex={0} className="relative overflow-x-auto rounded-md border border-line">
        <table className="w-full border-collapse text-sm tabular-nums">
          <thead>
            <tr>
              <th scope="col" className="sticky left-0 z-10 border-b border-line bg-paper px-3 py-2 text-left font-medium">
                Week of
              </th>
              {WEEK_FIELDS.map((field) => (
                <th key={field.key} scope="col" className="border-b border-line bg-paper px-3 py-2 text-right font-medium whitespace-nowrap">
                  {field.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((week) => {
              const label = formatWeek(week.weekStart);
              return (
                <tr key={week.weekStart} data-week={week.weekStart} className={`border-b border-line last:border-b-0 ${editingWeek === week.weekStart ? 'bg-brand/5' : ''}`}>
                  {/* The actions sit with the week, in the column that stays put, so a phone reaches them without scrolling sideways. */}
                  <th scope="row" className="sticky left-0 z-10 bg-white px-3 py-2 text-left align-top font-medium whitespace-nowrap">
                    <div className="flex flex-col gap-1.5 sm:flex-row sm:items-center sm:justify-between sm:gap-4">
                      <span>{label}</span>
                      {confirming === week.weekStart ? (
                        <span className="inline-flex items-center gap-2">
                          <button
                            type="button"
                            disabled={pending}
                            onClick={() => remove(week.weekStart)}
                            aria-label={`Delete the week of ${label} for good`}
                            className="rounded-md bg-fail px-2.5 py-1 text-sm font-medium text-white hover:bg-red-800 disabled:cursor-wait disabled:opacity-70"
                          >
                            {deleting === week.weekStart ? 'Deleting…' : 'Delete'}
                          </button>
                          <button type="button" disabled={pending} onClick={() => setConfirming(null)} className="rounded-md border border-line px-2.5 py-1 text-sm">
                            Keep
                          </button>
                        </span>
                      ) : (
                        <span className="inline-flex items-center gap-2">
                          <button
                            type="button"
                            onClick={() => onEdit(week)}
                            aria-label={`Edit the week of ${label}`}
                            className="rounded-md border border-line bg-white px-2.5 py-1 text-sm font-medium hover:bg-paper"
                          >
                            Edit
                          </button>
                          <button
                            type="button"
                            onClick={() => {
                              setMessage(null);
                              setConfirming(week.weekStart);
                            }}
                            aria-label={`Delete the week of ${label}`}
                            className="rounded-md border border-fail/40 px-2.5 py-1 text-sm font-medium text-fail hover:bg-fail-soft"
                          >
                            Delete
                          </button>
                        </span>
                      )}
                    </div>
                  </th>
                  {WEEK_FIELDS.map((field) => {
                    const value = week[field.key];
                    return (
                      <td key={field.key} className="px-3 py-2 text-right whitespace-nowrap">
                        {value === null ? (
                          <>
                            <span aria-hidden className="text-muted">—</span>
                            <span className="sr-only">not logged</span>
                          </>
                        ) : (
                          figureText(field, value)
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
