import { describe, expect, it } from 'vitest';
import {
  BUILD_TESTS,
  buildGate,
  buildTestsPassed,
  CHECKLIST_ORDER,
  checklistProgress,
  dateOfDay,
  dayNumber,
  dueDay,
  inDueOrder,
  scheduleOf,
  type BuildTestAnswer,
} from '@/lib/ideas/checklist';
import { formatDate } from '@/lib/results/format';

// Created late in the evening UTC: the calendar day, not the hour, counts.
const created = new Date('2026-03-01T22:45:00Z');
const on = (iso: string) => new Date(`${iso}T12:00:00Z`);
const tests = (proven: BuildTestAnswer, others: BuildTestAnswer = 'yes') =>
  BUILD_TESTS.map(({ test }) => ({ test, answer: test === 'proven_demand' ? proven : others }));

describe('the 30-day calendar', () => {
  it('counts the creation day as day 1, by calendar day in UTC', () => {
    expect(dayNumber(created, new Date('2026-03-01T23:59:59Z'))).toBe(1);
    expect(dayNumber(created, new Date('2026-03-02T00:00:00Z'))).toBe(2);
    expect(dayNumber(created, on('2026-03-30'))).toBe(30);
    expect(dayNumber(created, on('2026-04-05'))).toBe(36);
  });

  it('starts with proving the problem (item 5, day 6), then items 1 to 4 every six days, as dates', () => {
    expect(CHECKLIST_ORDER.map(dueDay)).toEqual([6, 12, 18, 24, 30]);
    expect([5, 1, 2, 3, 4].map((k) => formatDate(dateOfDay(created, dueDay(k))))).toEqual([
      'Mar 6, 2026',
      'Mar 12, 2026',
      'Mar 18, 2026',
      'Mar 24, 2026',
      'Mar 30, 2026',
    ]);
  });

  it('lists the items in the order of the 30 days, whatever order they are stored in', () => {
    const stored = [1, 2, 3, 4, 5].map((item) => ({ item }));
    expect(inDueOrder(stored).map((e) => e.item)).toEqual([5, 1, 2, 3, 4]);
    expect(stored.map((e) => e.item)).toEqual([1, 2, 3, 4, 5]);
  });

  it('formats the same date whatever the time of day', () => {
    expect(formatDate(new Date('2026-12-31T00:00:00Z'))).toBe('Dec 31, 2026');
    expect(formatDate(new Date('2026-12-31T23:59:59Z'))).toBe('Dec 31, 2026');
  });
});

describe('where an item stands', () => {
  const undone = (item: number) => ({ item, done: false, doneAt: null });

  it('is upcoming before its day, due on it, and overdue after it when undone', () => {
    expect(scheduleOf(undone(5), created, on('2026-03-04'))).toMatchObject({ state: 'upcoming', dueDay: 6, daysLeft: 2 });
    expect(scheduleOf(undone(5), created, on('2026-03-06'))).toMatchObject({ state: 'due_today', dueDay: 6 });
    expect(scheduleOf(undone(5), created, on('2026-03-09'))).toMatchObject({ state: 'overdue', dueDay: 6, daysLate: 3 });
    expect(scheduleOf(undone(1), created, on('2026-03-09'))).toMatchObject({ state: 'upcoming', dueDay: 12, daysLeft: 3 });
    expect(scheduleOf(undone(4), created, on('2026-03-09'))).toMatchObject({ state: 'upcoming', dueDay: 30, daysLeft: 21 });
  });

  it('is done, never overdue, once ticked, with the day it was done', () => {
    const late = { item: 5, done: true, doneAt: new Date('2026-03-10T08:00:00Z') };
    expect(scheduleOf(late, created, on('2026-04-20'))).toEqual({
      state: 'done',
      dueDay: 6,
      dueDate: new Date('2026-03-06T00:00:00Z'),
      doneDay: 10,
    });
  });
});

describe('progress and the stop rule', () => {
  it('counts ticked items out of five', () => {
    expect(checklistProgress([{ done: true }, { done: false }, { done: true }, { done: false }, { done: false }])).toEqual({
      done: 2,
      total: 5,
    });
  });

  it('counts out of the checklist’s five items, not the rows stored', () => {
    expect(checklistProgress([{ done: true }, { done: false }, { done: true }])).toEqual({ done: 2, total: 5 });
    expect(checklistProgress([])).toEqual({ done: 0, total: 5 });
  });

  it('stops on a definite "no" to proven demand, whatever the day and the other answers', () => {
    expect(buildGate(tests('no'), created, on('2026-03-01'))).toBe('stop');
    expect(buildGate(tests('no', 'no'), created, on('2026-06-01'))).toBe('stop');
    expect(buildGate(tests('unknown', 'no'), created, on('2026-03-05'))).toBeNull();
    expect(buildGate(tests('yes', 'no'), created, on('2026-06-01'))).toBeNull();
  });

  it('calls "not yet known" unproven only after day 30 of the checklist', () => {
    // Mar 30 is day 30 (the last of the window); Mar 31 is day 31.
    expect(buildGate(tests('unknown'), created, on('2026-03-30'))).toBeNull();
    expect(buildGate(tests('unknown'), created, on('2026-03-31'))).toBe('unproven');
    expect(buildGate(tests('unknown', 'no'), created, on('2027-01-01'))).toBe('unproven');
    // The calendar day counts, not 30 × 24 hours: late on day 30 is still day 30.
    expect(buildGate(tests('unknown'), created, new Date('2026-03-30T23:59:59Z'))).toBeNull();
  });

  it('takes a missing answer as not yet known, as the panel shows it', () => {
    expect(buildGate([], created, on('2026-03-10'))).toBeNull();
    expect(buildGate([], created, on('2026-04-10'))).toBe('unproven');
  });

  it('counts the tests passed', () => {
    expect(buildTestsPassed(tests('no'))).toBe(3);
    expect(buildTestsPassed(tests('unknown', 'unknown'))).toBe(0);
  });
});
