import { describe, expect, it } from 'vitest';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';
import { assumptionsOf, ideaInputSchema } from '@/lib/ideas/schema';
import { underwrite } from '@/lib/underwrite';

describe('demo ideas', () => {
  it('show a newcomer each verdict: robust, fragile and fail', () => {
    expect(DEMO_IDEAS.map((d) => d.verdict)).toEqual(['robust', 'fragile', 'fail']);
    for (const demo of DEMO_IDEAS) {
      const input = ideaInputSchema.parse(demo.input);
      expect(underwrite(assumptionsOf(input)).verdict.level, demo.input.name).toBe(demo.verdict);
    }
  });
});
