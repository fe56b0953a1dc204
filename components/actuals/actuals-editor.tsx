'use client';

import { useState } from 'react';
import type { ActualWeek } from '@/lib/ideas/actuals-schema';
import { formatWeek } from '@/lib/results/format-week';
import { WeekForm } from './week-form';
import { WeeksTable } from './weeks-table';

type Props = { ideaId: string; weeks: ActualWeek[]; suggestedWeek: string };

/** Logging a week and the weeks logged, sharing which week is being edited. */
export function ActualsEditor({ ideaId, weeks, suggestedWeek }: Props) {
  const [editing, setEditing] = useState<ActualWeek | null>(null);
  const logged = weeks.map((week) => week.weekStart);
  return (
    <>
      <section aria-labelledby="log-heading" className="rounded-lg border border-line bg-white p-4 sm:p-6">
        <h2 id="log-heading" className="text-base font-semibold">
          {editing ? `Edit the week of ${formatWeek(editing.weekStart)}` : 'Log a week'}
        </h2>
        <p className="mt-1 text-sm text-muted">One row a week, Monday to Sunday, with the figures you have.</p>
        <div className="mt-4">
          {/* A new key per week edited: the form starts from that week's figures, and logging starts afresh after. */}
          <WeekForm
            key={editing?.weekStart ?? 'new'}
            ideaId={ideaId}
            logged={logged}
            suggestedWeek={suggestedWeek}
            editing={editing}
            onEditDone={() => setEditing(null)}
          />
        </div>
      </section>
      <section aria-labelledby="weeks-heading" className="rounded-lg border border-line bg-white p-4 sm:p-6">
        <h2 id="weeks-heading" className="text-base font-semibold">
          Logged weeks
        </h2>
        <div className="mt-3">
          <WeeksTable
            ideaId={ideaId}
            weeks={weeks}
            editingWeek={editing?.weekStart ?? null}
            onEdit={(week) => {
              setEditing(week);
              document.getElementById('log-heading')?.scrollIntoView({ block: 'start', behavior: 'smooth' });
            }}
          />
        </div>
      </section>
    </>
  );
}
