// Calendar dates are ISO `YYYY-MM-DD` strings: a due date is a day, not an instant,
// so no time zone can shift it. Arithmetic counts days from 1970-01-01, as Date.UTC does
// with its midnights.

export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const DASH = 45;
const ZERO = 48;
const twoDigits = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

// The follow-up run does date arithmetic hundreds of thousands of times; a regex and
// a Date for each step were most of its cost. Dates are therefore read digit by digit
// and turned into day numbers (days since 1970-01-01) with the civil-calendar formulas
// of the proleptic Gregorian calendar, which is what Date.UTC counts in.

/** The number written in `count` ASCII digits from `from`, or NaN when any of them is no digit. */
function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (!(digit >= 0 && digit <= 9)) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

function hasIsoShape(text: unknown): text is string {
  return typeof text === 'string' && text.length === 10 && text.charCodeAt(4) === DASH && text.charCodeAt(7) === DASH;
}

/** Year, month and day as written in YYYY-MM-DD text (not checked to be a real day), or null for other text. */
export function isoDateFields(text: string): { year: number; month: number; day: number } | null {
  if (!hasIsoShape(text)) return null;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  return Number.isNaN(year + month + day) ? null : { year, month, day };
}

// Month and day may overflow (month 13, day 31 in February) and roll on, as in Date.UTC.
function civilToDayNumber(year: number, month: number, day: number): number {
  const y0 = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Days since 1970-01-01 (negative before), for arithmetic on many dates; throws unless written YYYY-MM-DD. */
export function epochDay(date: IsoDate): number {
  if (!hasIsoShape(date)) throw new Error(`not an ISO date: ${date}`);
  const year = digitsAt(date, 0, 4);
  const month = digitsAt(date, 5, 2);
  const day = digitsAt(date, 8, 2);
  if (Number.isNaN(year + month + day)) throw new Error(`not an ISO date: ${date}`);
  // Date.UTC reads years 0–99 as 1900–1999; such odd input keeps that reading.
  if (year < 100) return Date.UTC(year, month - 1, day) / MS_PER_DAY;
  return civilToDayNumber(year, month, day);
}

function dateOfEpochDay(dayNumber: number): IsoDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  // Outside four-digit years (or for no number at all) Date decides: an expanded year, or a RangeError.
  if (!(year >= 0 && year <= 9999)) return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
  return `${year >= 1000 ? year : String(year).padStart(4, '0')}-${twoDigits[month]}-${twoDigits[day]}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for an existing calendar day written as YYYY-MM-DD (no 2026-02-30). */
export function isIsoDate(text: string): boolean {
  if (!hasIsoShape(text)) return false;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  return year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const dayNumber = epochDay(date);
  if (Number.isInteger(days)) return dateOfEpochDay(dayNumber + days);
  // A fraction of a day (never asked for by the engine) keeps Date's rounding of the instant.
  return new Date(dayNumber * MS_PER_DAY + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return epochDay(to) - epochDay(from);
}

/** Days past the due date on `today`; 0 or negative when not yet due. */
export function daysOverdue(dueDate: IsoDate, today: IsoDate): number {
  return daysBetween(dueDate, today);
}

export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = new Date(epochDay(date) * MS_PER_DAY);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return dateOfEpochDay(d.getTime() / MS_PER_DAY);
}

/** The calendar date of an instant in a time zone, e.g. today in Europe/Warsaw. */
export function dateInZone(instant: Date, timeZone: string): IsoDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/**
 * Reads a date as it appears in spreadsheets and exports: 2026-03-31, 2026/03/31,
 * 31.03.2026, 31-03-2026, 31/03/2026 (day first unless `order` says 'mdy'),
 * 20260331, and ISO timestamps (the date part). Returns null when it is no real date.
 */
export function parseCalendarDate(text: string, order: DateOrder = 'dmy'): IsoDate | null {
  const s = text.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/.exec(s);
  if (m) return validIso(m[1]!, m[2]!, m[3]!);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?: .*)?$/.exec(s);
  if (m) return order === 'mdy' ? validIso(m[3]!, m[1]!, m[2]!) : validIso(m[3]!, m[2]!, m[1]!);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2})$/.exec(s);
  if (m) {
    const year = `20${m[3]}`;
    return order === 'mdy' ? validIso(year, m[1]!, m[2]!) : validIso(year, m[2]!, m[1]!);
  }
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return validIso(m[1]!, m[2]!, m[3]!);
  return null;
}

function validIso(year: string, month: string, day: string): IsoDate | null {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** A spreadsheet serial day number (1900 system, as Excel and LibreOffice write it). */
export function excelSerialToIsoDate(serial: number): IsoDate {
  return addDays('1899-12-30', Math.floor(serial));
}
