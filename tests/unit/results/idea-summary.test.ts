import { describe, expect, it } from 'vitest';
import { CHECKLIST_ITEMS, checklistProgress } from '@/lib/ideas/checklist';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';
import { parseSort, sortSummaries, summarize, type IdeaSummary } from '@/lib/results/idea-summary';
import { DEFAULT_STRESS } from '@/lib/underwrite';

const row = (over: Partial<IdeaSummary>): IdeaSummary => ({
  id: over.name ?? 'x',
  name: 'x',
  createdAt: new Date(0),
  verdict: 'fail',
  baseNet: 0,
  stressNet: 0,
  basePayback: null,
  checklistDone: 0,
  checklistTotal: 5,
  customStress: [],
  ...over,
});

describe('idea list summary', () => {
  it('summarizes a demo idea with its verdict and checklist progress', () => {
    const demo = DEMO_IDEAS[1]!;
    const s = summarize({
      ...demo.input,
      id: '1',
      createdAt: new Date(0),
      stress: DEFAULT_STRESS,
      checklist: [{ done: true }, { done: false }, { done: true }, { done: false }, { done: false }],
    });
    expect(s.verdict).toBe('fragile');
    expect(s.baseNet).toBeGreaterThan(0);
    expect(s.stressNet).toBeLessThan(0);
    expect([s.checklistDone, s.checklistTotal]).toEqual([2, 5]);
  });

  it('names the levers of a saved profile that differ from the default, and none for the default', () => {
    const input = { ...DEMO_IDEAS[1]!.input, id: '1', createdAt: new Date(0), checklist: [] };
    expect(summarize({ ...input, stress: DEFAULT_STRESS }).customStress).toEqual([]);
    const softened = summarize({ ...input, stress: { ...DEFAULT_STRESS, trafficChange: 0 } });
    expect(softened.customStress).toEqual([{ key: 'trafficChange', label: 'traffic', value: '0 %', standard: '−40 %' }]);
  });

  it('counts checklist progress as the idea page does, out of the five items', () => {
    const demo = DEMO_IDEAS[0]!;
    const input = { ...demo.input, id: '1', createdAt: new Date(0), stress: DEFAULT_STRESS };
    // An idea whose stored rows are incomplete has still done 1 of the 5 items, not 1 of 2.
    const checklist = [{ done: true }, { done: false }];
    const s = summarize({ ...input, checklist });
    expect({ done: s.checklistDone, total: s.checklistTotal }).toEqual(checklistProgress(checklist));
    expect(s.checklistTotal).toBe(CHECKLIST_ITEMS.length);
  });

  it('sorts best first by each key, ties broken by the stress net result', () => {
    const a = row({ name: 'A', verdict: 'fail', baseNet: 500, stressNet: -10, checklistDone: 5, createdAt: new Date(3) });
    const b = row({ name: 'B', verdict: 'robust', baseNet: 100, stressNet: 50, checklistDone: 1, createdAt: new Date(1) });
    const c = row({ name: 'C', verdict: 'fragile', baseNet: 300, stressNet: -5, checklistDone: 3, createdAt: new Date(2) });
    const d = row({ name: 'D', verdict: 'robust', baseNet: 90, stressNet: 80, checklistDone: 3, createdAt: new Date(0) });
    const names = (key: Parameters<typeof sortSummaries>[1]) => sortSummaries([a, b, c, d], key).map((r) => r.name);
    expect(names('verdict')).toEqual(['D', 'B', 'C', 'A']);
    expect(names('base')).toEqual(['A', 'C', 'B', 'D']);
    expect(names('stress')).toEqual(['D', 'B', 'C', 'A']);
    expect(names('checklist')).toEqual(['A', 'D', 'C', 'B']);
    expect(names('name')).toEqual(['A', 'B', 'C', 'D']);
    expect(names('newest')).toEqual(['A', 'C', 'B', 'D']);
  });

  it('falls back to the verdict for an unknown sort key', () => {
    expect(parseSort('base')).toBe('base');
    expect(parseSort(['stress', 'base'])).toBe('stress');
    expect(parseSort('drop table')).toBe('verdict');
    expect(parseSort(undefined)).toBe('verdict');
  });
});
