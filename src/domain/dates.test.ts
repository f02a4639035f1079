import { describe, expect, it } from 'vitest';
import { agingBucket } from './aging';
import { addDays, addMonths, dateInZone, daysBetween, excelSerialToIsoDate, isIsoDate, parseCalendarDate } from './dates';

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
