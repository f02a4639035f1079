import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  calendarCacheSizes,
  isBusinessDay,
  isWithinWindow,
  isoWeekday,
  nextBusinessDay,
  parseClockTime,
  publicHolidays,
  rollToBusinessDay,
  sendWindowOn,
} from './calendar';
import { addDays } from './dates';

const officeHours = { weekdays: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' };

describe('public holidays (date-holidays, public days only)', () => {
  it('lists Poland 2025 with Christmas Eve, a public holiday from 2025 on', () => {
    expect(publicHolidays('PL', 2025).map((h) => h.date)).toEqual([
      '2025-01-01', '2025-01-06', '2025-04-20', '2025-04-21', '2025-05-01', '2025-05-03', '2025-06-08',
      '2025-06-19', '2025-08-15', '2025-11-01', '2025-11-11', '2025-12-24', '2025-12-25', '2025-12-26',
    ]);
  });
  it.each([
    ['2025-12-24', false],
    ['2026-12-24', false],
    ['2024-12-24', true],
  ])('PL %s business day: %s (24 December is a holiday from 2025)', (date, business) => {
    expect(isBusinessDay(date, 'PL')).toBe(business);
  });
  it.each([
    // Poland
    ['PL', '2026-01-06', false], ['PL', '2026-04-06', false], ['PL', '2026-06-04', false], ['PL', '2026-11-11', false],
    ['PL', '2026-04-03', true], ['PL', '2025-10-03', true],
    // Germany (nationwide public days)
    ['DE', '2025-04-18', false], ['DE', '2025-10-03', false], ['DE', '2026-05-14', false], ['DE', '2026-05-25', false],
    ['DE', '2026-01-06', true], ['DE', '2025-11-11', true],
    // United Kingdom, including the substitute for Boxing Day 2026 (a Saturday)
    ['GB', '2025-05-05', false], ['GB', '2025-05-26', false], ['GB', '2026-04-03', false], ['GB', '2026-12-28', false],
    ['GB', '2026-05-01', true], ['GB', '2026-01-06', true],
  ])('%s %s business day: %s', (country, date, business) => {
    expect(isBusinessDay(date, country)).toBe(business);
  });
  it('knows no holidays for an unknown country but still rests at weekends', () => {
    expect(publicHolidays('XX', 2026)).toEqual([]);
    expect(isBusinessDay('2026-01-01', 'XX')).toBe(true);
    expect(isBusinessDay('2026-01-03', 'XX')).toBe(false);
  });
  it('accepts a lower-case country code', () => {
    expect(isBusinessDay('2026-11-11', 'pl')).toBe(false);
  });
  it('rests on Friday and Saturday where the week ends then', () => {
    expect(isBusinessDay('2026-01-16', 'IL')).toBe(false);
    expect(isBusinessDay('2026-01-18', 'IL')).toBe(true);
  });
});

describe('business-day arithmetic', () => {
  it('numbers ISO weekdays from Monday', () => {
    expect(isoWeekday('2026-01-05')).toBe(1);
    expect(isoWeekday('2026-01-11')).toBe(7);
  });
  it.each([
    ['a business day stays', '2026-03-04', 'PL', '2026-03-04'],
    ['Saturday moves to Monday', '2026-03-07', 'PL', '2026-03-09'],
    ['Easter Sunday and Monday move to Tuesday', '2026-04-05', 'PL', '2026-04-07'],
    ['Christmas Eve 2025 moves past the holidays and the weekend', '2025-12-24', 'PL', '2025-12-29'],
    ['Boxing Day 2026 in the UK moves past its substitute day', '2026-12-26', 'GB', '2026-12-29'],
  ])('next business day: %s', (_, date, country, expected) => {
    expect(nextBusinessDay(date, country)).toBe(expected);
  });
  it('rolls a due date on a weekend or holiday to the next business day', () => {
    expect(rollToBusinessDay('2026-05-01', 'PL')).toBe('2026-05-04');
    expect(rollToBusinessDay('2026-05-01', 'GB')).toBe('2026-05-01');
  });
  it.each([
    ['Friday + 1 is Monday', '2026-03-06', 1, '2026-03-09'],
    ['+5 across Easter Monday', '2026-04-02', 5, '2026-04-10'],
    ['Monday − 1 is Friday', '2026-03-09', -1, '2026-03-06'],
    ['0 keeps the day', '2026-03-07', 0, '2026-03-07'],
    ['from Saturday + 1 is Monday', '2026-03-07', 1, '2026-03-09'],
  ])('adds business days: %s', (_, date, days, expected) => {
    expect(addBusinessDays(date, days, 'PL')).toBe(expected);
  });
});

describe('send windows in the customer time zone', () => {
  it.each([
    ['Warsaw in winter (UTC+1)', '2026-01-15', 'Europe/Warsaw', '2026-01-15T08:00:00.000Z', '2026-01-15T16:00:00.000Z'],
    ['Warsaw on the spring DST day (UTC+2 from 02:00)', '2026-03-29', 'Europe/Warsaw', '2026-03-29T07:00:00.000Z', '2026-03-29T15:00:00.000Z'],
    ['Warsaw on the autumn DST day (UTC+1 from 03:00)', '2026-10-25', 'Europe/Warsaw', '2026-10-25T08:00:00.000Z', '2026-10-25T16:00:00.000Z'],
    ['Warsaw the day before autumn DST (UTC+2)', '2026-10-24', 'Europe/Warsaw', '2026-10-24T07:00:00.000Z', '2026-10-24T15:00:00.000Z'],
    ['New York in winter (UTC−5)', '2026-01-15', 'America/New_York', '2026-01-15T14:00:00.000Z', '2026-01-15T22:00:00.000Z'],
    ['New York on its spring DST day (UTC−4)', '2026-03-08', 'America/New_York', '2026-03-08T13:00:00.000Z', '2026-03-08T21:00:00.000Z'],
    ['New York between the two DST switches (Warsaw still UTC+1)', '2026-03-20', 'America/New_York', '2026-03-20T13:00:00.000Z', '2026-03-20T21:00:00.000Z'],
    ['Tokyo, no DST (UTC+9)', '2026-07-01', 'Asia/Tokyo', '2026-07-01T00:00:00.000Z', '2026-07-01T08:00:00.000Z'],
  ])('%s', (_, date, zone, from, until) => {
    expect(sendWindowOn(date, zone, officeHours)).toEqual({ from, until });
  });
  it.each([
    ['09:00 Warsaw on a Monday', '2026-03-30T07:00:00Z', 'Europe/Warsaw', true],
    ['08:59 Warsaw', '2026-03-30T06:59:00Z', 'Europe/Warsaw', false],
    ['16:59 Warsaw', '2026-03-30T14:59:00Z', 'Europe/Warsaw', true],
    ['17:00 Warsaw is already outside', '2026-03-30T15:00:00Z', 'Europe/Warsaw', false],
    ['10:00 Warsaw on a Saturday', '2026-03-28T09:00:00Z', 'Europe/Warsaw', false],
    ['late Friday UTC is Saturday morning in Tokyo', '2026-03-27T23:30:00Z', 'Asia/Tokyo', false],
    ['noon in New York is evening in Warsaw', '2026-03-30T16:00:00Z', 'America/New_York', true],
    ['the same instant in Warsaw', '2026-03-30T16:00:00Z', 'Europe/Warsaw', false],
  ])('isWithinWindow: %s', (_, instant, zone, inside) => {
    expect(isWithinWindow(instant, zone, officeHours)).toBe(inside);
  });
  it('reads clock times strictly', () => {
    expect(parseClockTime('09:30')).toBe(570);
    expect(parseClockTime('24:00')).toBeNull();
    expect(parseClockTime('9:30')).toBeNull();
  });
});

describe('cached calendar answers', () => {
  // Every day from 2024 to 2027: both DST changes of each year and every holiday, including movable ones.
  const days = Array.from({ length: 4 * 366 }, (_, i) => addDays('2024-01-01', i));
  const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
  const worksOn = (date: string, country: string) => {
    const weekend = country === 'IL' ? [5, 6] : [6, 7];
    const holidays = publicHolidays(country, Number(date.slice(0, 4))).map((h) => h.date);
    return !weekend.includes(weekday(date)) && !holidays.includes(date);
  };

  it.each(['PL', 'DE', 'GB', 'IL', 'XX'])('%s: business days and the next business day agree with the holiday list, asked once or again', (country) => {
    for (const round of ['first', 'cached']) {
      for (const date of days) {
        expect({ round, date, business: isBusinessDay(date, country) }).toEqual({ round, date, business: worksOn(date, country) });
        let next = date;
        while (!worksOn(next, country)) next = addDays(next, 1);
        expect({ round, date, next: nextBusinessDay(date, country) }).toEqual({ round, date, next });
      }
    }
  });

  it.each(['Europe/Warsaw', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata'])('%s: send windows agree with the zone rules every day, asked once or again', (zone) => {
    const at = (date: string, hours: number) => {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      return new Date(new TZDate(y, m - 1, d, hours, 30, 0, zone).getTime()).toISOString();
    };
    const window = { weekdays: [1, 2, 3, 4, 5], from: '08:30', to: '16:30' };
    for (const round of ['first', 'cached']) {
      for (const date of days) {
        expect({ round, date, ...sendWindowOn(date, zone, window) }).toEqual({ round, date, from: at(date, 8), until: at(date, 16) });
      }
    }
  });

  it('hands out a copy of a cached window, so changing it changes nothing cached', () => {
    const first = sendWindowOn('2026-03-30', 'Europe/Warsaw', officeHours);
    first.from = 'changed';
    expect(sendWindowOn('2026-03-30', 'Europe/Warsaw', officeHours)).toEqual({ from: '2026-03-30T07:00:00.000Z', until: '2026-03-30T15:00:00.000Z' });
  });

  it('refuses malformed windows and dates whether or not a good one was cached', () => {
    sendWindowOn('2026-03-30', 'Europe/Warsaw', officeHours);
    expect(() => sendWindowOn('2026-03-30', 'Europe/Warsaw', { ...officeHours, from: '9:00' })).toThrow('send window needs HH:MM times');
    isBusinessDay('2026-03-30', 'PL');
    expect(() => isBusinessDay('2026-3-30', 'PL')).toThrow('not an ISO date');
  });

  it('stays within its bound over a long-running process, and answers right after forgetting', () => {
    const { maxEntries } = calendarCacheSizes().businessDays;
    let date = '1950-01-01';
    for (let i = 0; i < maxEntries + 1_000; i++) {
      isBusinessDay(date, 'XX');
      date = addDays(date, 1);
    }
    const sizes = calendarCacheSizes();
    for (const cache of Object.values(sizes)) expect(cache.size).toBeLessThanOrEqual(cache.maxEntries);
    expect(sizes.businessDays.size).toBeLessThan(maxEntries);
    expect(isBusinessDay('2025-12-24', 'PL')).toBe(false);
    expect(isBusinessDay('2024-12-24', 'PL')).toBe(true);
  });
});
