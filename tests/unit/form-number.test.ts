import { describe, expect, it } from 'vitest';
import type { FieldUnit } from '@/lib/ideas/fields';
import { formNumberValue, parseFormNumber } from '@/lib/ideas/form-number';
import { fieldErrorsOf, ideaFormSchema } from '@/lib/ideas/worksheet-form';
import { defaultAssumptions } from '@/lib/ideas/product-types';
import { toFormValues } from '@/lib/results/form-values';

const DOT = 'Use a dot for decimals';
type Expected = number | undefined | { message: string } | 'not a number';

// [typed, unit, expected]: a number (in the field's unit), blank, the refusal's words, or a bare refusal.
const SPELLINGS: [string, FieldUnit | undefined, Expected][] = [
  // The misreadings of issue 14, now refused with what to type.
  ['2,5', 'percent', { message: `${DOT}: 2.5` }],
  ['29,99', 'money', { message: `${DOT}: 29.99` }],
  ['0,30', 'money', { message: `${DOT}: 0.30` }],
  ['3.000', 'count', { message: 'Did you mean 3000? Type thousands without dots, or use a dot only for decimals.' }],
  // Decimal commas elsewhere, in any field and with thousands groups before them.
  ['2,5', 'count', { message: `${DOT}: 2.5` }],
  ['1,5', 'hours', { message: `${DOT}: 1.5` }],
  ['-2,5', 'percent', { message: `${DOT}: −2.5` }],
  ['2,5 %', 'percent', { message: `${DOT}: 2.5` }],
  ['29,99 $', 'money', { message: `${DOT}: 29.99` }],
  ['$29,99', 'money', { message: `${DOT}: 29.99` }],
  ['1.000,50', 'money', { message: `${DOT}: 1000.50` }],
  ['1 000,5', 'count', { message: `${DOT}: 1000.5` }],
  ['1,0000', 'count', { message: `${DOT}: 1.0000` }],
  ['0,125', 'count', { message: `${DOT}: 0.125` }],
  ['1,5k', 'count', { message: `${DOT}: 1.5k` }],
  // No percentage reaches 1,000 %: a comma there is a decimal comma, even before three digits.
  ['2,500', 'percent', { message: `${DOT}: 2.500` }],
  ['1,234,5', 'count', { message: `${DOT}, and commas only between groups of three digits: 1,234.5` }],
  ['12,34,567', 'money', { message: `${DOT}, and commas only between groups of three digits: 1,234.5` }],
  // Dot thousands in a count, money, hours or months.
  ['1.500.000', 'count', { message: 'Did you mean 1500000? Type thousands without dots, or use a dot only for decimals.' }],
  ['2.500', 'money', { message: 'Did you mean 2500? Type thousands without dots, or use a dot only for decimals.' }],
  ['1.000', 'months', { message: 'Did you mean 1000? Type thousands without dots, or use a dot only for decimals.' }],
  // Accepted: thousands groups, spaces, k, currency where the field is money.
  ['3,000', 'count', 3000],
  ['1,000', undefined, 1000],
  ['1,234,567', 'count', 1234567],
  ['1,299.50', 'money', 1299.5],
  ['3 000', 'count', 3000],
  ['3\u00a0000', 'count', 3000],
  ['3\u202f000,', 'count', { message: `${DOT}, and commas only between groups of three digits: 1,234.5` }],
  ['1 234 567.5', 'count', 1234567.5],
  ['3k', 'count', 3000],
  ['2.5k', 'count', 2500],
  ['1.1K', 'money', 1100],
  ['$3k', 'money', 3000],
  ['US$ 29.00', 'money', 29],
  ['US$29', 'money', 29],
  ['USD 29', 'money', 29],
  ['29 USD', 'money', 29],
  ['29 $', 'money', 29],
  ['29$', 'money', 29],
  ['$ 1,299', 'money', 1299],
  ['-$5', 'money', -5],
  ['$-5', 'money', -5],
  // Dots are decimals where no thousands form is possible.
  ['2.500', 'percent', 2.5],
  ['0.125', 'count', 0.125],
  ['3.10', 'count', 3.1],
  ['12.5', 'hours', 12.5],
  ['.5', 'count', 0.5],
  ['5.', 'count', 5],
  ['1e3', 'count', 1000],
  ['3%', 'percent', 3],
  ['3 %', 'percent', 3],
  ['−3', 'percent', -3],
  ['+3', 'percent', 3],
  [' 1,000 ', 'count', 1000],
  // Blank is missing.
  ['', 'count', undefined],
  ['   ', 'money', undefined],
  // Not numbers (the schema says "must be a number").
  ['twenty', 'money', 'not a number'],
  ['0x10', 'count', 'not a number'],
  ['12abc', 'count', 'not a number'],
  ['1_000', 'count', 'not a number'],
  ['1.2.3', 'percent', 'not a number'],
  ['--1', 'count', 'not a number'],
  ['+-1', 'money', 'not a number'],
  ['$', 'money', 'not a number'],
  ['$5', 'count', 'not a number'],
  ['$5', 'percent', 'not a number'],
  ['5%', 'money', 'not a number'],
  ['€29', 'money', 'not a number'],
  ['1e3k', 'count', 'not a number'],
  ['3kk', 'count', 'not a number'],
  ['Infinity', 'count', 'not a number'],
  ['3 00', 'count', 'not a number'],
];

describe('parseFormNumber', () => {
  it('has a table of at least 40 spellings', () => expect(SPELLINGS.length).toBeGreaterThanOrEqual(40));

  it.each(SPELLINGS)('reads %j as a %s field', (typed, unit, expected) => {
    const parsed = parseFormNumber(typed, unit);
    if (expected === undefined) expect(parsed).toEqual({ kind: 'blank' });
    else if (typeof expected === 'number') expect(parsed).toEqual({ kind: 'number', value: expected });
    else if (expected === 'not a number') expect(parsed).toEqual({ kind: 'invalid' });
    else expect(parsed).toEqual({ kind: 'invalid', message: expected.message });
  });

  it('gives a number, missing or NaN to a schema that wants one', () => {
    expect(formNumberValue(parseFormNumber('2.5'))).toBe(2.5);
    expect(formNumberValue(parseFormNumber(''))).toBeUndefined();
    expect(formNumberValue(parseFormNumber('2,5'))).toBeNaN();
    expect(formNumberValue(parseFormNumber(7))).toBe(7);
    expect(formNumberValue(parseFormNumber(null))).toBeUndefined();
  });
});

describe('the worksheet refuses what it cannot read for sure', () => {
  const valid = () => toFormValues({ name: 'Pack', productType: 'template', problem: '', audience: '', ...defaultAssumptions('template'), ranges: {} });
  const errorsFor = (values: Record<string, string>) => {
    const parsed = ideaFormSchema.safeParse(values);
    return parsed.success ? {} : fieldErrorsOf(parsed.error);
  };

  it('says why next to the field, instead of "must be a number", with every other error at once', () => {
    const errors = errorsFor({ ...valid(), name: '', conversionRate: '2,5', price: '29,99', monthlyVisitors: '3.000', refundRate: 'lots' });
    expect(errors.conversionRate).toEqual([`${DOT}: 2.5`]);
    expect(errors.price).toEqual([`${DOT}: 29.99`]);
    expect(errors.monthlyVisitors).toEqual(['Did you mean 3000? Type thousands without dots, or use a dot only for decimals.']);
    expect(errors.refundRate).toEqual(['Refund rate must be a number.']);
    expect(errors.name).toEqual(['Give the idea a name.']);
  });

  it('says which end of a range, under the range', () => {
    const errors = errorsFor({ ...valid(), conversionRateLow: '0,5', conversionRateHigh: '3' });
    expect(errors.conversionRateRange).toEqual([`Low end: ${DOT}: 0.5`]);
  });

  it('reads the spellings it accepts the same in the worksheet', () => {
    const parsed = ideaFormSchema.parse({ ...valid(), price: 'US$ 29.00', monthlyVisitors: '3 000', upfrontCash: '2k', feePerTransaction: '0.30 $', conversionRate: '2.5 %' });
    expect(parsed).toMatchObject({ price: 29, monthlyVisitors: 3000, upfrontCash: 2000, feePerTransaction: 0.3 });
    expect(parsed.conversionRate).toBeCloseTo(0.025, 12);
  });
});
