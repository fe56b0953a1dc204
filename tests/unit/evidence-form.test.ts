import { describe, expect, it } from 'vitest';
import { defaultAssumptions } from '@/lib/ideas/product-types';
import { EVIDENCE_FIELDS, isoDay } from '@/lib/ideas/evidence';
import { fieldErrorsOf, ideaFormSchema, IDEA_FORM_KEYS } from '@/lib/ideas/worksheet-form';
import { describeChanges } from '@/lib/results/diff';
import { toFormValues } from '@/lib/results/form-values';
import type { IdeaInput } from '@/lib/ideas/schema';

const idea: IdeaInput = { name: 'Pack', productType: 'template', problem: '', audience: '', ...defaultAssumptions('template'), ranges: {} };
const form = (extra: Record<string, string> = {}) => ({ ...toFormValues(idea), ...extra });
const errorsFor = (values: Record<string, unknown>) => {
  const parsed = ideaFormSchema.safeParse(values);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

describe('evidence in the worksheet form', () => {
  it('starts every estimate guessed (a product type’s default is a guess), which stores no marks', () => {
    const values = form();
    for (const field of EVIDENCE_FIELDS) expect(values[`${field}Evidence`]).toBe('guessed');
    expect(values.horizonMonthsEvidence).toBeUndefined();
    expect(ideaFormSchema.parse(values).evidence).toEqual({});
  });

  it('reads a benchmark with its source and a measurement with its day and value, in the field’s unit', () => {
    const parsed = ideaFormSchema.parse(
      form({
        feeRateEvidence: 'benchmark',
        feeRateSource: '  Gumroad pricing page ',
        conversionRateEvidence: 'measured',
        conversionRateSource: 'Pre-sale page',
        conversionRateMeasuredOn: '2026-03-03',
        conversionRateMeasuredValue: '1.2 %',
        priceEvidence: 'measured',
        priceSource: 'Ten buyers paid',
        priceMeasuredOn: '2026-03-04',
        priceMeasuredValue: '',
      }),
    );
    expect(parsed.evidence).toEqual({
      feeRate: { kind: 'benchmark', source: 'Gumroad pricing page' },
      conversionRate: { kind: 'measured', source: 'Pre-sale page', measuredOn: '2026-03-03', value: expect.closeTo(0.012, 12) },
      // A measured value left blank measured the worksheet's own value.
      price: { kind: 'measured', source: 'Ten buyers paid', measuredOn: '2026-03-04', value: idea.price },
    });
  });

  it('explains a missing source, a bad day or an impossible measured value under each input', () => {
    const errors = errorsFor(
      form({
        feeRateEvidence: 'benchmark',
        feeRateSource: ' ',
        conversionRateEvidence: 'measured',
        conversionRateSource: 'Pre-sale page',
        conversionRateMeasuredOn: isoDay(new Date(), 3),
        conversionRateMeasuredValue: '140',
        refundRateEvidence: 'measured',
        refundRateSource: 'Stripe',
        refundRateMeasuredOn: '3/3/2026',
        refundRateMeasuredValue: '2,5',
        priceEvidence: 'hunch',
      }),
    );
    expect(errors).toEqual({
      feeRateSource: ['Say where this number comes from.'],
      conversionRateMeasuredOn: ['A measurement cannot be dated in the future.'],
      conversionRateMeasuredValue: ['Measured value: Conversion rate must be between 0 % and 100 %.'],
      refundRateMeasuredOn: ['Give the day you measured it, e.g. 2026-03-14.'],
      refundRateMeasuredValue: ['Measured value: Use a dot for decimals: 2.5'],
      priceEvidence: ['Mark the number guessed, benchmark or measured.'],
      priceSource: ['Say where this number comes from.'],
    });
  });

  it('keeps the stored marks when a form sends none (a form from before them)', () => {
    const values = Object.fromEntries(Object.entries(form()).filter(([key]) => !/(Evidence|Source|MeasuredOn|MeasuredValue)$/.test(key)));
    expect(ideaFormSchema.parse(values).evidence).toBeUndefined();
  });

  it('round-trips marks through the form, and posts every evidence input', () => {
    const evidence = {
      conversionRate: { kind: 'measured', source: 'Pre-sale page', measuredOn: '2026-03-03', value: 0.04 },
      upfrontHours: { kind: 'benchmark', source: 'My last template' },
    } as const;
    const values = toFormValues({ ...idea, evidence });
    expect(values).toMatchObject({ conversionRateEvidence: 'measured', conversionRateMeasuredValue: '4', upfrontHoursSource: 'My last template' });
    expect(ideaFormSchema.parse(values).evidence).toEqual(evidence);
    for (const key of Object.keys(values)) expect(IDEA_FORM_KEYS).toContain(key);
  });

  it('names a changed mark in a refused save’s comparison', () => {
    const mine = { ...idea, evidence: { conversionRate: { kind: 'measured', source: 'Pre-sale page', measuredOn: '2026-03-03', value: 0.04 } } } as const;
    expect(describeChanges({ ...idea, evidence: {} }, mine)).toEqual([
      {
        field: 'conversionRateEvidence',
        label: 'Conversion rate: where it comes from',
        saved: 'guessed',
        yours: 'measured 4 % of visitors on Mar 3, 2026 (Pre-sale page)',
      },
    ]);
  });
});
