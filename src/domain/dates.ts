// Calendar dates are ISO `YYYY-MM-DD` strings: a due date is a day, not an instant,
// so no time zone can shift it. Arithmetic goes through UTC midnight.

export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function toUtcMs(date: IsoDate): number {
  const m = ISO.exec(date);
  if (!m) throw new Error(`not an ISO date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromUtcMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** True for an existing calendar day written as YYYY-MM-DD (no 2026-02-30). */
export function isIsoDate(text: string): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return fromUtcMs(ms) === text && Number(m[1]) >= 1900 && Number(m[1]) <= 2200;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(date) + days * MS_PER_DAY);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / MS_PER_DAY);
}

/** Days past the due date on `today`; 0 or negative when not yet due. */
export function daysOverdue(dueDate: IsoDate, today: IsoDate): number {
  return daysBetween(dueDate, today);
}

export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = new Date(toUtcMs(date));
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return fromUtcMs(d.getTime());
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
