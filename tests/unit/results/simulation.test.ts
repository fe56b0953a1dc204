import { describe, expect, it } from 'vitest';
import { assumptionsOf } from '@/lib/ideas/schema';
import { chanceOfIdea, memory, SIMULATION, simulateIdea } from '@/lib/results/simulation';
import { simulate } from '@/lib/underwrite/simulate';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';

const demo = DEMO_IDEAS[1]!.input;
const a = assumptionsOf(demo);

describe('the app’s simulation of an idea', () => {
  it('is simulate() with the app’s seed and trials, and nothing without ranges', () => {
    expect(simulateIdea(a, demo.ranges)).toEqual(simulate(a, demo.ranges, SIMULATION));
    expect(simulateIdea(a, {})).toBeNull();
    expect(chanceOfIdea(a, {})).toBeNull();
  });

  it('answers the same input from memory, and a changed input afresh', () => {
    const first = simulateIdea(a, demo.ranges);
    expect(simulateIdea({ ...a }, { ...demo.ranges })).toBe(first);
    const cheaper = simulateIdea({ ...a, price: a.price * 0.5 }, { ...demo.ranges });
    expect(cheaper).not.toBe(first);
    expect(cheaper!.probabilityPayback).toBeLessThan(first!.probabilityPayback);
  });

  it('gives the list the idea page’s chance, whether or not the page ran first', () => {
    const other = { ...a, conversionRate: 0.011 };
    const fromTrialsAlone = chanceOfIdea(other, demo.ranges);
    expect(fromTrialsAlone).toBe(simulate(other, demo.ranges, SIMULATION).probabilityPayback);
    expect(chanceOfIdea(a, demo.ranges)).toBe(simulateIdea(a, demo.ranges)!.probabilityPayback);
  });

  it('stays bounded: the least recently used input is forgotten first', () => {
    const m = memory<number>(2);
    let computed = 0;
    const get = (key: string) => m.remember(key, () => ++computed);
    expect([get('a'), get('b'), get('a')]).toEqual([1, 2, 1]);
    get('c'); // Over the limit: 'b' was used least recently.
    expect(m.peek('b')).toBeUndefined();
    expect([get('a'), get('c'), get('b')]).toEqual([1, 3, 4]);
  });
});
