import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agingBucket } from './aging';
import { addDays, addMonths, dateInZone, daysBetween, epochDay, excelSerialToIsoDate, isIsoDate, parseCalendarDate } from './dates';

describe('calendar dates', () => {
  it('validates real days only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('26-01-01')).toBe(false);
  });
  it('adds days across months, years and DST changes', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
  });
  it('adds months, clamping to the month end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });
  it('finds the calendar day of an instant in a zone', () => {
    const lateEvening = new Date('2026-11-23T23:30:00Z');
    expect(dateInZone(lateEvening, 'Europe/Warsaw')).toBe('2026-11-24');
    expect(dateInZone(lateEvening, 'America/New_York')).toBe('2026-11-23');
  });
  it.each([
    ['2026-03-31', '2026-03-31'],
    ['2026/3/31', '2026-03-31'],
    ['31.03.2026', '2026-03-31'],
    ['31-03-2026', '2026-03-31'],
    ['31/03/2026', '2026-03-31'],
    ['1.3.2026', '2026-03-01'],
    ['31.03.26', '2026-03-31'],
    ['20260331', '2026-03-31'],
    ['2026-03-31T10:00:00Z', '2026-03-31'],
    ['31.02.2026', null],
    ['yesterday', null],
    ['', null],
  ])('parses %j as %s', (text, expected) => {
    expect(parseCalendarDate(text)).toBe(expected);
  });
  it('reads month-first dates when told', () => {
    expect(parseCalendarDate('03/31/2026', 'mdy')).toBe('2026-03-31');
    expect(parseCalendarDate('03/31/2026')).toBeNull();
  });
  it('converts spreadsheet serial days', () => {
    expect(excelSerialToIsoDate(46112)).toBe('2026-03-31');
  });
});

describe('aging buckets', () => {
  it.each([
    ['2026-11-30', 'notDue'],
    ['2026-11-23', 'notDue'],
    ['2026-11-22', 'd1to30'],
    ['2026-10-24', 'd1to30'],
    ['2026-10-23', 'd31to60'],
    ['2026-09-24', 'd31to60'],
    ['2026-09-23', 'd61to90'],
    ['2026-08-25', 'd61to90'],
    ['2026-08-24', 'd90plus'],
  ])('due %s is %s on 2026-11-23', (due, bucket) => {
    expect(agingBucket(due, '2026-11-23')).toBe(bucket);
  });
});

// The Date-based arithmetic the day numbers replaced, kept as the reference they must match.
const MS_PER_DAY = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
function referenceUtcMs(date: string): number {
  const m = ISO.exec(date);
  if (!m) throw new Error(`not an ISO date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}
const referenceDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const referenceIsIsoDate = (text: string) => {
  const m = ISO.exec(text);
  return m !== null && referenceDate(referenceUtcMs(text)) === text && Number(m[1]) >= 1900 && Number(m[1]) <= 2200;
};
const outcome = (f: () => unknown) => {
  try {
    return { value: f() };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

describe('day-number arithmetic agrees with Date', () => {
  const day = fc.integer({ min: Date.UTC(1900, 0, 1) / MS_PER_DAY, max: Date.UTC(2200, 11, 31) / MS_PER_DAY }).map((n) => referenceDate(n * MS_PER_DAY));
  // Written like a date, but also with month 00 or 13, day 00 or 31 in any month, and years 0000–0099 or 9999.
  const written = fc
    .tuple(fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1890, max: 2210 }), fc.constant(9999)), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  const anything = fc.oneof(written, fc.string({ maxLength: 12 }), fc.constantFrom('2026-3-01', '2026/03/01', '2026-03-01 ', '２０２６-03-01', '2026-0a-01'));

  it('adds days and counts days between like UTC midnights do', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -40_000, max: 40_000 }), day, (date, days, other) => {
        expect(addDays(date, days)).toBe(referenceDate(referenceUtcMs(date) + days * MS_PER_DAY));
        expect(daysBetween(date, other)).toBe(Math.round((referenceUtcMs(other) - referenceUtcMs(date)) / MS_PER_DAY));
      }),
      { numRuns: 2_000 },
    );
  });
  it('treats odd and wrong input as before: overflowing days roll on, other text is refused', () => {
    fc.assert(
      fc.property(anything, fc.integer({ min: -400, max: 400 }), (text, days) => {
        expect(isIsoDate(text)).toBe(referenceIsIsoDate(text));
        expect(outcome(() => addDays(text, days))).toEqual(outcome(() => referenceDate(referenceUtcMs(text) + days * MS_PER_DAY)));
        expect(outcome(() => daysBetween(text, '2026-03-11'))).toEqual(
          outcome(() => Math.round((referenceUtcMs('2026-03-11') - referenceUtcMs(text)) / MS_PER_DAY)),
        );
        expect(outcome(() => addMonths(text, days % 30))).toEqual(outcome(() => referenceAddMonths(text, days % 30)));
      }),
      { numRuns: 3_000 },
    );
  });
  it('keeps the edge cases of the calendar', () => {
    expect(addDays('2026-02-30', 0)).toBe('2026-03-02');
    expect(addDays('2026-13-01', 0)).toBe('2027-01-01');
    expect(addDays('2026-00-10', 0)).toBe('2025-12-10');
    expect(addDays('0050-01-01', 0)).toBe('1950-01-01');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('9999-12-31', 1)).toBe('+010000-01');
    expect(addDays('2026-03-11', 0.5)).toBe('2026-03-11');
    expect(() => addDays('2026-03-11', Number.NaN)).toThrow(RangeError);
    expect(() => addDays('2026-3-11', 1)).toThrow('not an ISO date: 2026-3-11');
    expect(epochDay('1970-01-01')).toBe(0);
    expect(epochDay('1969-12-31')).toBe(-1);
  });
});

function referenceAddMonths(date: string, months: number): string {
  const d = new Date(referenceUtcMs(date));
  const dayOfMonth = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(dayOfMonth, lastDay));
  return referenceDate(d.getTime());
}
