import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, guessDateOrder, isoDay, mondayOf, parseDay, parseFlag, parseScaled, SCALE } from '@/lib/actuals/values';

const MS_PER_DAY = 86_400_000;
const day = (text: string, order?: 'dmy' | 'mdy') => {
  const parsed = parseDay(text, order);
  return parsed.ok ? isoDay(parsed.value) : parsed.problem;
};
const amount = (text: string, decimalComma = false) => {
  const parsed = parseScaled(text, decimalComma);
  return parsed.ok ? parsed.value / SCALE : parsed.problem;
};

describe('days and weeks', () => {
  it('agree with Date in UTC on every day from 1970 to 2199', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: daysFromCivil(2199, 12, 31) }), (days) => {
        const date = new Date(days * MS_PER_DAY);
        expect(isoDay(days)).toBe(date.toISOString().slice(0, 10));
        expect(daysFromCivil(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())).toBe(days);
        const monday = mondayOf(days);
        expect(new Date(monday * MS_PER_DAY).getUTCDay()).toBe(1);
        expect(days - monday).toBeGreaterThanOrEqual(0);
        expect(days - monday).toBeLessThan(7);
      }),
      { numRuns: 2000 },
    );
  });

  it('start on Monday: Sunday 13 Sep 2026 is in the week of Monday 7 Sep', () => {
    expect(isoDay(mondayOf(daysFromCivil(2026, 9, 13)))).toBe('2026-09-07');
    expect(isoDay(mondayOf(daysFromCivil(2026, 9, 14)))).toBe('2026-09-14');
  });
});

describe('parseDay', () => {
  it('reads the formats exports write', () => {
    expect(day('2026-09-07')).toBe('2026-09-07');
    expect(day(' 2026-9-7 ')).toBe('2026-09-07');
    expect(day('2026/09/07')).toBe('2026-09-07');
    expect(day('20260907')).toBe('2026-09-07');
    expect(day('2026-09-07 11:48:45')).toBe('2026-09-07');
    expect(day('2026-09-07T22:58:00Z')).toBe('2026-09-07');
    expect(day('2026-09-07T22:58:00.123Z')).toBe('2026-09-07');
    expect(day('2026-09-07 22:58:00 UTC')).toBe('2026-09-07');
    expect(day('7 Sep 2026')).toBe('2026-09-07');
    expect(day('September 7, 2026')).toBe('2026-09-07');
    expect(day('09/07/2026 11:48 PM', 'mdy')).toBe('2026-09-07');
  });

  it('puts a time with an offset on its UTC day', () => {
    expect(day('2026-09-06T23:30:00-02:00')).toBe('2026-09-07');
    expect(day('2026-09-07T01:00:00+0200')).toBe('2026-09-06');
    expect(day('2026-09-07T12:00:00+05:30')).toBe('2026-09-07');
  });

  it('tells missing, unreadable, impossible and ambiguous apart', () => {
    expect(day('  ')).toBe('missing');
    expect(day('next tuesday')).toBe('unreadable');
    expect(day('Sepember 7, 2026')).toBe('unreadable');
    expect(day('2026-13-40 10:00:00')).toBe('impossible');
    expect(day('2026-02-29')).toBe('impossible');
    expect(day('2028-02-29')).toBe('2028-02-29');
    expect(day('2026-09-07 24:00')).toBe('impossible');
    expect(day('0026-09-07')).toBe('impossible');
    expect(day('03/04/2026')).toBe('ambiguous');
    expect(day('03/04/2026', 'dmy')).toBe('2026-04-03');
    expect(day('03/04/2026', 'mdy')).toBe('2026-03-04');
    expect(day('13/04/2026')).toBe('2026-04-13');
    expect(day('04/04/2026')).toBe('2026-04-04');
  });

  it('guesses a file’s date order from the dates that can only be read one way', () => {
    expect(guessDateOrder(['03/04/2026', '13/04/2026'])).toBe('dmy');
    expect(guessDateOrder(['03/04/2026', '04/13/2026'])).toBe('mdy');
    expect(guessDateOrder(['03/04/2026', '2026-09-07'])).toBeUndefined();
    expect(guessDateOrder(['13/04/2026', '04/13/2026'])).toBeUndefined();
  });
});

describe('parseScaled', () => {
  it('reads money as exports write it, exactly', () => {
    expect(amount('29.00')).toBe(29);
    expect(amount('1.14')).toBe(1.14);
    expect(amount('$1,234.50')).toBe(1234.5);
    expect(amount('1 234.50 USD')).toBe(1234.5);
    expect(amount('.5')).toBe(0.5);
    expect(amount('12.')).toBe(12);
    expect(amount('-29.00')).toBe(-29);
    expect(amount('(29.00)')).toBe(-29);
    expect(amount('-$29')).toBe(-29);
    expect(amount('1.23456')).toBe(1.2346);
    expect(amount('1.234,50', true)).toBe(1234.5);
    expect(amount('29,00', true)).toBe(29);
  });

  it('says which cells are not numbers', () => {
    expect(amount('')).toBe('missing');
    expect(amount('twenty-nine')).toBe('unreadable');
    expect(amount('29,00')).toBe('unreadable');
    expect(amount('1,23,456')).toBe('unreadable');
    expect(amount('1.2.3')).toBe('unreadable');
    expect(amount('$')).toBe('unreadable');
    expect(amount('1e5')).toBe('unreadable');
    expect(amount('1234567890123')).toBe('too-large');
  });

  it('sums without float drift: 7 × 1.14 is 7.98', () => {
    const fee = parseScaled('1.14');
    expect(fee.ok && (fee.value * 7) / SCALE).toBe(7.98);
  });
});

describe('parseFlag', () => {
  it('reads yes/no cells, blank as no', () => {
    expect(['true', 'TRUE', 'yes', '1', ' y '].map((v) => parseFlag(v))).toEqual(Array(5).fill({ ok: true, value: true }));
    expect(['false', '', 'No', '0'].map((v) => parseFlag(v))).toEqual(Array(4).fill({ ok: true, value: false }));
    expect(parseFlag('maybe')).toEqual({ ok: false, problem: 'unreadable' });
  });
});
