// When a customer may be contacted: business days and public holidays of its
// country, and a send window in its own time zone. Holidays come from date-holidays
// (public days only: bank, school and observance days are working days for a
// payables department); windows are computed per day so DST changes are exact.
import Holidays from 'date-holidays';
import { TZDate } from '@date-fns/tz';
import { boundedCache } from './bounded-cache';
import { addDays, epochDay, isIsoDate, type IsoDate } from './dates';

export type PublicHoliday = { date: IsoDate; name: string };

/** A daily window in local wall-clock time on some ISO weekdays (1 = Monday … 7 = Sunday). */
export type DailyWindow = { weekdays: readonly number[]; from: string; to: string };

const MS_PER_DAY = 86_400_000;

// Most of the world rests on Saturday and Sunday; these countries on Friday and Saturday.
const fridaySaturdayWeekend = new Set(['IL', 'SA', 'EG', 'KW', 'QA', 'BH', 'OM', 'JO', 'DZ', 'IQ', 'YE', 'SY', 'LY', 'SD']);

// A run asks these for every invoice and customer; a few countries times a few years
// of days is far below the bounds, which only stop a long-lived process from growing.
const businessDays = boundedCache<boolean>(50_000);
const nextBusinessDays = boundedCache<IsoDate>(50_000);
const sendWindows = boundedCache<{ from: string; until: string }>(50_000);

/** How many answers the calendar caches hold, and may hold, each (for tests and monitoring). */
export function calendarCacheSizes(): Record<'businessDays' | 'nextBusinessDays' | 'sendWindows', { size: number; maxEntries: number }> {
  const sizeOf = (cache: { size: number; maxEntries: number }) => ({ size: cache.size, maxEntries: cache.maxEntries });
  return { businessDays: sizeOf(businessDays), nextBusinessDays: sizeOf(nextBusinessDays), sendWindows: sizeOf(sendWindows) };
}

const calendars = new Map<string, Holidays | null>();
const holidaysByYear = new Map<string, { list: PublicHoliday[]; dates: ReadonlySet<IsoDate> }>();

function countryCalendar(country: string): Holidays | null {
  const code = country.trim().toUpperCase();
  if (!calendars.has(code)) {
    const known = /^[A-Z]{2}$/.test(code) && Object.hasOwn(new Holidays().getCountries(), code);
    calendars.set(code, known ? new Holidays(code, { types: ['public'] }) : null);
  }
  return calendars.get(code) ?? null;
}

function holidayYear(country: string, year: number): { list: PublicHoliday[]; dates: ReadonlySet<IsoDate> } {
  const cacheKey = `${country.toUpperCase()}:${year}`;
  const cached = holidaysByYear.get(cacheKey);
  if (cached) return cached;
  const calendar = countryCalendar(country);
  const list: PublicHoliday[] = [];
  for (const holiday of calendar?.getHolidays(year) ?? []) {
    if (holiday.type !== 'public') continue;
    const first = holiday.date.slice(0, 10);
    // A holiday may span several days; its start and end are instants in the country.
    const span = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / MS_PER_DAY));
    for (let i = 0; i < span; i++) list.push({ date: addDays(first, i), name: holiday.name });
  }
  list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.name.localeCompare(b.name)));
  const entry = { list, dates: new Set(list.map((h) => h.date)) };
  holidaysByYear.set(cacheKey, entry);
  return entry;
}

/** The public holidays of a country (ISO 3166 alpha-2) in a year; none for an unknown country. */
export function publicHolidays(country: string, year: number): readonly PublicHoliday[] {
  return holidayYear(country, year).list;
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  if (!isIsoDate(date)) throw new Error(`not an ISO date: ${date}`);
  // Day 0, 1970-01-01, was a Thursday.
  const fromSunday = (((epochDay(date) + 4) % 7) + 7) % 7;
  return fromSunday === 0 ? 7 : fromSunday;
}

/** True when the country's offices work that day: not a weekend, not a public holiday. */
export function isBusinessDay(date: IsoDate, country: string): boolean {
  return businessDays.get(country, date) ?? businessDays.set(country, date, worksOn(date, country));
}

function worksOn(date: IsoDate, country: string): boolean {
  const weekday = isoWeekday(date);
  const weekend = fridaySaturdayWeekend.has(country.toUpperCase()) ? [5, 6] : [6, 7];
  if (weekend.includes(weekday)) return false;
  return !holidayYear(country, Number(date.slice(0, 4))).dates.has(date);
}

/** The date itself when it is a business day, otherwise the next one. */
export function nextBusinessDay(date: IsoDate, country: string): IsoDate {
  return nextBusinessDays.get(country, date) ?? nextBusinessDays.set(country, date, firstBusinessDayFrom(date, country));
}

function firstBusinessDayFrom(date: IsoDate, country: string): IsoDate {
  let day = date;
  // Even the longest holiday runs (e.g. a week at New Year) end within a month.
  for (let i = 0; i < 60 && !isBusinessDay(day, country); i++) day = addDays(day, 1);
  return day;
}

/** A due date falling on a weekend or holiday moves to the next business day before anything counts from it. */
export function rollToBusinessDay(dueDate: IsoDate, country: string): IsoDate {
  return nextBusinessDay(dueDate, country);
}

/** Moves by a number of business days (negative goes back); from a non-business day the first step lands on the nearest one. */
export function addBusinessDays(date: IsoDate, businessDays: number, country: string): IsoDate {
  const direction = businessDays < 0 ? -1 : 1;
  let day = date;
  for (let left = Math.abs(businessDays); left > 0; ) {
    day = addDays(day, direction);
    if (isBusinessDay(day, country)) left--;
  }
  return day;
}

/** Parses "HH:MM" (00:00–23:59) into minutes after midnight, or null when malformed. */
export function parseClockTime(text: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

function localInstant(date: IsoDate, minutes: number, timeZone: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const local = new TZDate(year, month - 1, day, Math.floor(minutes / 60), minutes % 60, 0, timeZone);
  return new Date(local.getTime()).toISOString();
}

/** The window on a date in a time zone as UTC instants: from inclusive, until exclusive. */
export function sendWindowOn(date: IsoDate, timeZone: string, window: DailyWindow): { from: string; until: string } {
  // Unambiguous only with the fixed lengths of a valid date and valid clock times; anything else is answered without it.
  if (date.length !== 10 || window.from.length !== 5 || window.to.length !== 5) return windowInstants(date, timeZone, window);
  const key = `${date}|${window.from}|${window.to}`;
  const known = sendWindows.get(timeZone, key) ?? sendWindows.set(timeZone, key, windowInstants(date, timeZone, window));
  // A copy: the caller may keep or change what it gets without touching the cache.
  return { from: known.from, until: known.until };
}

function windowInstants(date: IsoDate, timeZone: string, window: DailyWindow): { from: string; until: string } {
  const from = parseClockTime(window.from);
  const to = parseClockTime(window.to);
  if (from === null || to === null) throw new Error(`send window needs HH:MM times, got ${window.from}–${window.to}`);
  return { from: localInstant(date, from, timeZone), until: localInstant(date, to, timeZone) };
}

/** True when an instant falls inside the window as the clock reads in that time zone. */
export function isWithinWindow(instant: string | Date, timeZone: string, window: DailyWindow): boolean {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new Error(`not an instant: ${String(instant)}`);
  const local = new TZDate(ms, timeZone);
  const weekday = local.getDay() === 0 ? 7 : local.getDay();
  if (!window.weekdays.includes(weekday)) return false;
  const minutes = local.getHours() * 60 + local.getMinutes();
  const from = parseClockTime(window.from);
  const to = parseClockTime(window.to);
  if (from === null || to === null) return false;
  return minutes >= from && minutes < to;
}
