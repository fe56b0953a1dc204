import { describe, expect, it } from 'vitest';
import { BUILD_TESTS, CHECKLIST_ITEMS, checklistProgress, type BuildTestAnswer } from '@/lib/ideas/checklist';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';
import { parseSort, sortSummaries, summarize, type IdeaSummary } from '@/lib/results/idea-summary';
import { SIMULATION } from '@/lib/results/simulation';
import { assumptionsOf } from '@/lib/ideas/schema';
import { DEFAULT_STRESS } from '@/lib/underwrite';
import { simulate } from '@/lib/underwrite/simulate';

const row = (over: Partial<IdeaSummary>): IdeaSummary => ({
  id: over.name ?? 'x',
  name: 'x',
  createdAt: new Date(0),
  verdict: 'fail',
  gate: null,
  baseNet: 0,
  stressNet: 0,
  basePayback: null,
  chance: null,
  checklistDone: 0,
  checklistTotal: 5,
  customStress: [],
  ...over,
});

const answers = (proven: BuildTestAnswer) =>
  BUILD_TESTS.map(({ test }) => ({ test, answer: test === 'proven_demand' ? proven : ('yes' as const), note: '' }));
const DAY = 86_400_000;

describe('idea list summary', () => {
  it('summarizes a demo idea with its verdict and checklist progress', () => {
    const demo = DEMO_IDEAS[1]!;
    const s = summarize({
      ...demo.input,
      id: '1',
      createdAt: new Date(0),
      stress: DEFAULT_STRESS,
      buildTests: answers('unknown'),
      checklist: [{ done: true }, { done: false }, { done: true }, { done: false }, { done: false }],
    }, new Date(0));
    expect(s.verdict).toBe('fragile');
    expect(s.baseNet).toBeGreaterThan(0);
    expect(s.stressNet).toBeLessThan(0);
    expect([s.checklistDone, s.checklistTotal]).toEqual([2, 5]);
    // The list's chance is the idea page's: simulate() with the app's seed and trials.
    expect(s.chance).toBe(simulate(assumptionsOf(demo.input), demo.input.ranges, SIMULATION).probabilityPayback);
    expect(s.chance).toBeGreaterThan(0);
    expect(s.chance).toBeLessThan(1);
    expect(s.gate).toBeNull();
  });

  it('puts the build-it-once gate over the verdict, and keeps the verdict', () => {
    const input = { ...DEMO_IDEAS[0]!.input, id: '1', createdAt: new Date(0), stress: DEFAULT_STRESS, checklist: [] };
    const on = (day: number) => new Date((day - 1) * DAY);
    const no = summarize({ ...input, buildTests: answers('no') }, on(1));
    expect([no.gate, no.verdict]).toEqual(['stop', 'robust']);
    expect(summarize({ ...input, buildTests: answers('unknown') }, on(30)).gate).toBeNull();
    expect(summarize({ ...input, buildTests: answers('unknown') }, on(31)).gate).toBe('unproven');
    expect(summarize({ ...input, buildTests: answers('yes') }, on(31)).gate).toBeNull();
  });

  it('names the levers of a saved profile that differ from the default, and none for the default', () => {
    const input = { ...DEMO_IDEAS[1]!.input, id: '1', createdAt: new Date(0), checklist: [], buildTests: answers('yes') };
    expect(summarize({ ...input, stress: DEFAULT_STRESS }, new Date(0)).customStress).toEqual([]);
    const softened = summarize({ ...input, stress: { ...DEFAULT_STRESS, trafficChange: 0 } }, new Date(0));
    expect(softened.customStress).toEqual([{ key: 'trafficChange', label: 'traffic', value: '0 %', standard: '−40 %' }]);
  });

  it('counts checklist progress as the idea page does, out of the five items', () => {
    const demo = DEMO_IDEAS[0]!;
    const input = { ...demo.input, id: '1', createdAt: new Date(0), stress: DEFAULT_STRESS, buildTests: answers('yes') };
    // An idea whose stored rows are incomplete has still done 1 of the 5 items, not 1 of 2.
    const checklist = [{ done: true }, { done: false }];
    const s = summarize({ ...input, checklist }, new Date(0));
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

  it('sorts Stop after every Fail, and Unproven after the ideas of its verdict without the mark', () => {
    const fail = row({ name: 'Fail', verdict: 'fail', stressNet: -900 });
    const stop = row({ name: 'Stop', verdict: 'robust', gate: 'stop', stressNet: 900 });
    const robust = row({ name: 'Robust', verdict: 'robust', stressNet: 10 });
    const unproven = row({ name: 'Unproven', verdict: 'robust', gate: 'unproven', stressNet: 500 });
    const fragile = row({ name: 'Fragile', verdict: 'fragile', stressNet: -1 });
    const order = sortSummaries([stop, fail, fragile, unproven, robust], 'verdict').map((r) => r.name);
    expect(order).toEqual(['Robust', 'Unproven', 'Fragile', 'Fail', 'Stop']);
    // Only the verdict sort looks at the gate: the others rank the numbers.
    expect(sortSummaries([fail, stop, robust], 'stress').map((r) => r.name)).toEqual(['Stop', 'Robust', 'Fail']);
  });

  it('falls back to the verdict for an unknown sort key', () => {
    expect(parseSort('base')).toBe('base');
    expect(parseSort(['stress', 'base'])).toBe('stress');
    expect(parseSort('drop table')).toBe('verdict');
    expect(parseSort(undefined)).toBe('verdict');
  });

  it('sorts by chance of payback, highest first, with ideas without ranges last', () => {
    const sorted = sortSummaries([row({ name: 'none', chance: null }), row({ name: 'low', chance: 0.2 }), row({ name: 'zero', chance: 0 }), row({ name: 'high', chance: 0.9 })], 'chance');
    expect(sorted.map((r) => r.name)).toEqual(['high', 'low', 'zero', 'none']);
    expect(parseSort('chance')).toBe('chance');
  });
});
