import { describe, expect, it } from 'vitest';
import { rankIdeas, rankingSentence, type RankInput } from '@/lib/results/ranking';

const idea = (name: string, stressPaysBack: boolean, hourlyRate: number | null, hours: number): RankInput => ({
  id: `id-${name}`,
  name,
  stressPaysBack,
  hourlyRate,
  hours,
});
const names = (ideas: RankInput[]) => rankIdeas(ideas).map((i) => i.name);

describe('rankIdeas', () => {
  it('puts every idea whose stress case pays back first, whatever the others earn an hour', () => {
    expect(names([idea('Rich but fragile', false, 500, 10), idea('Modest but robust', true, 20, 900)])).toEqual(['Modest but robust', 'Rich but fragile']);
  });

  it('then ranks by what an hour earns, higher first, negative rates included', () => {
    expect(names([idea('A', true, 30, 100), idea('B', true, 80, 100), idea('C', true, -5, 100), idea('D', false, -1, 10), idea('E', false, -50, 10)])).toEqual([
      'B',
      'A',
      'C',
      'D',
      'E',
    ]);
  });

  it('then by hours, fewer first, when the rates are equal', () => {
    expect(names([idea('Long', true, 40, 600), idea('Short', true, 40, 120)])).toEqual(['Short', 'Long']);
  });

  it('places an idea without hours (no rate) after those with a rate, and breaks exact ties by name', () => {
    expect(names([idea('No hours', true, null, 0), idea('Some', true, -10, 50)])).toEqual(['Some', 'No hours']);
    expect(names([idea('Beta', true, 40, 100), idea('Alpha', true, 40, 100)])).toEqual(['Alpha', 'Beta']);
  });

  it('does not depend on the order it is given, and does not change its input', () => {
    const ideas = [idea('A', false, 90, 50), idea('B', true, 10, 500), idea('C', true, 10, 400), idea('D', true, 60, 800)];
    const copy = [...ideas];
    const expected = ['D', 'C', 'B', 'A'];
    expect(names(ideas)).toEqual(expected);
    expect(names([...ideas].reverse())).toEqual(expected);
    expect(ideas).toEqual(copy);
  });
});

describe('rankingSentence', () => {
  it('names each idea in order with the three figures that placed it', () => {
    expect(rankingSentence([idea('Templates', false, 95, 120), idea('Course', true, 48.2, 320.5), idea('Empty', false, null, 0)])).toBe(
      'Ranked by the seeds’ priorities, a stress case that pays back first, then what an hour of yours earns, then fewer hours: ' +
        '1. Course (stress case pays back, $48.20/h over 320.5 hours); ' +
        '2. Templates (stress case does not pay back, $95.00/h over 120 hours); ' +
        '3. Empty (stress case does not pay back, no hours at all).',
    );
  });
});
