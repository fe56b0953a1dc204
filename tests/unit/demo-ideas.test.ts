import { describe, expect, it } from 'vitest';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';
import { assumptionsOf, ideaInputSchema } from '@/lib/ideas/schema';
import { underwrite } from '@/lib/underwrite';

const run = (index: number) => underwrite(assumptionsOf(ideaInputSchema.parse(DEMO_IDEAS[index]!.input)));

describe('demo ideas', () => {
  it('show a newcomer each verdict: robust, fragile and fail', () => {
    expect(DEMO_IDEAS.map((d) => d.verdict)).toEqual(['robust', 'fragile', 'fail']);
    for (const [index, demo] of DEMO_IDEAS.entries()) {
      expect(run(index).verdict.level, demo.input.name).toBe(demo.verdict);
    }
  });

  it('carry every field of the worksheet, the service package and the founder’s hours included', () => {
    for (const demo of DEMO_IDEAS) {
      // Spelled out, not left to the schema's defaults: the seed shows what a worksheet holds.
      for (const key of Object.keys(ideaInputSchema.shape)) expect(demo.input, `${demo.input.name}: ${key}`).toHaveProperty(key);
    }
  });

  it('include a hybrid: the course sells a 1:1 package that brings money and takes hours, and stays fragile', () => {
    const course = run(1);
    expect(DEMO_IDEAS[1]!.input.productType).toBe('course');
    expect(course.base.totalServiceRevenue).toBeGreaterThan(0);
    expect(course.base.months.some((m) => m.serviceHours > 0)).toBe(true);
    // A side income, not a service business with a product attached.
    expect(course.warnings.map((w) => w.code)).not.toContain('SERVICE_DEPENDENT');
    expect(course.verdict.level).toBe('fragile');
  });

  it('fail the membership on the founder’s hours, which its reasons blame, not on conversion', () => {
    const membership = run(2);
    expect(membership.base.cashNetResult, 'in money alone it earns').toBeGreaterThan(0);
    expect(membership.base.netResult).toBeLessThan(0);
    const reasons = membership.verdict.reasons.join(' ');
    expect(reasons).toContain('your hours, not the sales, are what sink it');
    expect(reasons).toMatch(/In money it earns \$[\d,]+, but it takes [\d,.]+ hours of your time/);
    expect(reasons).not.toMatch(/conversion rate of/);
    expect(membership.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['TIME_COST_EXCEEDS_CASH', 'OVER_CAPACITY']));
  });
});
