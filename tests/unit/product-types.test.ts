import { describe, expect, it } from 'vitest';
import { assumptionsSchema } from '@/lib/underwrite';
import { defaultAssumptions, PRODUCT_TYPES, STREAMS, type Effort, type ProductType } from '@/lib/ideas/product-types';

const RANK: Record<Effort, number> = { Low: 0, Medium: 1, High: 2 };

/** Every pair of types where `a` is rated more effort than `b` on `effort`. */
function strictlyMore(effort: 'upfrontWork' | 'upkeep'): [ProductType, ProductType][] {
  return PRODUCT_TYPES.flatMap((a) => PRODUCT_TYPES.filter((b) => RANK[STREAMS[a][effort]] > RANK[STREAMS[b][effort]]).map((b): [ProductType, ProductType] => [a, b]));
}

describe('product-type defaults follow seed 001\'s stream table', () => {
  it('takes more build hours wherever the table says more up-front work', () => {
    for (const [more, less] of strictlyMore('upfrontWork')) {
      expect(defaultAssumptions(more).upfrontHours, `${more} vs ${less}`).toBeGreaterThan(defaultAssumptions(less).upfrontHours);
    }
  });

  it('takes more upkeep hours wherever the table says more upkeep', () => {
    for (const [more, less] of strictlyMore('upkeep')) {
      expect(defaultAssumptions(more).upkeepHoursPerMonth, `${more} vs ${less}`).toBeGreaterThan(defaultAssumptions(less).upkeepHoursPerMonth);
    }
  });

  it('quotes the seed\'s rows as written', () => {
    expect(STREAMS.template).toMatchObject({ seedRow: 'Digital products', upfrontWork: 'High', upkeep: 'Low' });
    expect(STREAMS.course).toMatchObject({ seedRow: 'Online course', upfrontWork: 'High', upkeep: 'Medium' });
    expect(STREAMS.content_library).toMatchObject({ seedRow: 'Evergreen content library', upfrontWork: 'Medium', upkeep: 'Low' });
  });

  it('gives every type valid assumptions with no service package and 40 hours a month', () => {
    for (const type of PRODUCT_TYPES) {
      const a = defaultAssumptions(type);
      expect(assumptionsSchema.safeParse(a).success, type).toBe(true);
      expect(a).toMatchObject({ servicePackageRate: 0, availableHoursPerMonth: 40, horizonMonths: 24 });
    }
  });
});
