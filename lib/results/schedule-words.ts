import { WINDOW_DAYS, type ItemSchedule } from '@/lib/ideas/checklist';
import { formatDate } from './format';

/*
 * A checklist item's state in words, for the checklist panel and the
 * one-page report alike. A module of its own: the panel is browser code,
 * and the report's view model need not come with it.
 */

export type ScheduleTone = 'done' | 'late' | 'today' | 'ahead';

/** A schedule's state in words (never colour alone), and whether it is a worry. */
export function scheduleWords(schedule: ItemSchedule, doneAt: Date | null): { text: string; tone: ScheduleTone } {
  switch (schedule.state) {
    case 'done':
      return { text: `Done${doneAt ? ` ${formatDate(doneAt)}` : ''}${schedule.doneDay !== null ? ` (day ${schedule.doneDay})` : ''}`, tone: 'done' };
    case 'overdue':
      return { text: `Overdue by ${schedule.daysLate} ${schedule.daysLate === 1 ? 'day' : 'days'}`, tone: 'late' };
    case 'due_today':
      return { text: 'Due today', tone: 'today' };
    case 'upcoming':
      return { text: `${schedule.daysLeft} ${schedule.daysLeft === 1 ? 'day' : 'days'} left`, tone: 'ahead' };
  }
}


/** "Due Mar 9, 2026 · day 6 of 30". */
export const dueWords = (schedule: ItemSchedule): string => `Due ${formatDate(schedule.dueDate)} · day ${schedule.dueDay} of ${WINDOW_DAYS}`;
