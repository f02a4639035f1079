import { describe, expect, it } from 'vitest';
import { dateFormatsFitting, readWrittenDate } from './written-dates';

describe('written dates', () => {
  it('reads each format, with one-digit days and months and a time after the date', () => {
    expect(readWrittenDate('2026-03-05', 'YYYY-MM-DD')).toBe('2026-03-05');
    expect(readWrittenDate('2026.3.5', 'YYYY.MM.DD')).toBe('2026-03-05');
    expect(readWrittenDate('5.3.2026', 'DD.MM.YYYY')).toBe('2026-03-05');
    expect(readWrittenDate('05-03-2026', 'DD-MM-YYYY')).toBe('2026-03-05');
    expect(readWrittenDate('05/03/2026', 'DD/MM/YYYY')).toBe('2026-03-05');
    expect(readWrittenDate('05/03/2026', 'MM/DD/YYYY')).toBe('2026-05-03');
    expect(readWrittenDate('2026-03-05 14:05:31', 'YYYY-MM-DD')).toBe('2026-03-05');
    expect(readWrittenDate('05.03.2026 14:05', 'DD.MM.YYYY')).toBe('2026-03-05');
  });

  it('refuses days that do not exist and text written another way', () => {
    expect(readWrittenDate('2026-02-29', 'YYYY-MM-DD')).toBeNull();
    expect(readWrittenDate('31.04.2026', 'DD.MM.YYYY')).toBeNull();
    expect(readWrittenDate('2026-03-05', 'DD-MM-YYYY')).toBeNull();
    expect(readWrittenDate('2026-03-05 later', 'YYYY-MM-DD')).toBeNull();
  });

  it('names every format a text fits: day and month apart only with a day above 12', () => {
    expect(dateFormatsFitting('05/03/2026')).toEqual(['DD/MM/YYYY', 'MM/DD/YYYY']);
    expect(dateFormatsFitting('25/03/2026')).toEqual(['DD/MM/YYYY']);
    expect(dateFormatsFitting('2026-03-25')).toEqual(['YYYY-MM-DD']);
    expect(dateFormatsFitting('FV 1')).toEqual([]);
  });
});
