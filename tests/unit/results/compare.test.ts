import { describe, expect, it } from 'vitest';
import { assumptionsOf } from '@/lib/ideas/schema';
import { cumulativeSeries } from '@/lib/results/chart-series';
import { COMPARE_ROWS, compareIdea, leftOutNotes, parseCompareIds } from '@/lib/results/compare';
import { summarize } from '@/lib/results/idea-summary';
import { keyNumbers } from '@/lib/results/key-numbers';
import { DEFAULT_STRESS, underwrite } from '@/lib/underwrite';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';

const A = '3f2b7c1e-0000-4000-8000-00000000000a';
const B = '3f2b7c1e-0000-4000-8000-00000000000b';

describe('parseCompareIds', () => {
  it('reads ?ids=a,b and ?ids=a&ids=b alike, in order, ignoring blanks and spaces', () => {
    expect(parseCompareIds(`${A},${B}`)).toEqual({ ids: [A, B], malformed: 0, repeated: 0, beyond: 0 });
    expect(parseCompareIds([B, ` ${A} `, ''])).toEqual({ ids: [B, A], malformed: 0, repeated: 0, beyond: 0 });
    expect(parseCompareIds(undefined)).toEqual({ ids: [], malformed: 0, repeated: 0, beyond: 0 });
  });

  it('counts malformed ids and repeats (case-blind, like PostgreSQL’s uuids) without keeping them', () => {
    expect(parseCompareIds(`${A},nope,${A.toUpperCase()},${B},${B},' OR 1=1`)).toEqual({ ids: [A, B], malformed: 2, repeated: 2, beyond: 0 });
  });

  it('looks up at most 20 ids and counts the rest', () => {
    const many = Array.from({ length: 23 }, (_, i) => `3f2b7c1e-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const parsed = parseCompareIds(many.join(','));
    expect(parsed.ids).toEqual(many.slice(0, 20));
    expect(parsed.beyond).toBe(3);
  });
});

describe('leftOutNotes', () => {
  it('says how many could not be shown, never which or whose', () => {
    expect(leftOutNotes({ missing: 1, repeated: 0, extra: 0 })).toEqual(['1 idea could not be shown: it does not exist or is not yours.']);
    expect(leftOutNotes({ missing: 3, repeated: 0, extra: 0 })).toEqual(['3 ideas could not be shown: they do not exist or are not yours.']);
    expect(leftOutNotes({ missing: 0, repeated: 0, extra: 0 })).toEqual([]);
  });

  it('explains repeats and the limit of four apart', () => {
    expect(leftOutNotes({ missing: 0, repeated: 1, extra: 2 })).toEqual([
      '1 idea was listed more than once: each is shown once.',
      'Compare shows up to 4 ideas: the first 4 are shown and 2 others were left out.',
    ]);
  });
});

describe('compareIdea', () => {
  const stress = { ...DEFAULT_STRESS, trafficChange: -0.6 };
  const idea = {
    ...DEMO_IDEAS[1]!.input,
    id: A,
    createdAt: new Date('2026-11-01T00:00:00Z'),
    stress,
    buildTests: [],
    checklist: [{ done: true }, { done: false }],
  };
  const today = new Date('2026-11-20T00:00:00Z');
  const result = underwrite(assumptionsOf(idea), stress);

  it('shows each key number exactly as the idea page words it, with the saved stress profile', () => {
    const view = compareIdea(idea, today);
    const rows = new Map(keyNumbers(result).map((row) => [row.key, row]));
    for (const { key } of COMPARE_ROWS) {
      expect(view.cells[key].base, `${key} base`).toEqual(rows.get(key)!.base);
      expect(view.cells[key].stress, `${key} stress`).toEqual(rows.get(key)!.stress);
    }
    expect(view.summary).toEqual(summarize(idea, today));
    expect(view.cumulative).toEqual(cumulativeSeries(result.base, result.stress));
  });

  it('ranks on the stress case’s payback, the base case’s hourly rate and its hours', () => {
    const { rank } = compareIdea(idea, today);
    const hours = result.base.assumptions.upfrontHours + result.base.months.reduce((t, m) => t + m.operatingHours, 0);
    expect(rank).toEqual({
      id: A,
      name: idea.name,
      stressPaysBack: result.stress.paybackMonth !== null,
      hourlyRate: result.base.effectiveHourlyRate,
      hours,
    });
  });
});
