import { describe, expect, it } from 'vitest';
import { exampleIdea } from '@/lib/ideas/examples';
import { defaultAssumptions, PRODUCT_TYPES } from '@/lib/ideas/product-types';
import { NEW_IDEA_RANGED_FIELDS } from '@/lib/ideas/typical-ranges';

describe('the example ideas', () => {
  it.each(PRODUCT_TYPES)('%s: a valid worksheet with its type’s defaults and a new idea’s ranges', (type) => {
    const idea = exampleIdea(type);
    expect(idea).toMatchObject({ productType: type, ...defaultAssumptions(type) });
    expect(idea.name).toMatch(/^Example: /);
    expect(Object.keys(idea.ranges).sort()).toEqual([...NEW_IDEA_RANGED_FIELDS].sort());
    expect(idea.problem.length).toBeGreaterThan(20);
  });
});
