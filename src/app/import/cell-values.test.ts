import { describe, expect, it } from 'vitest';
import {
  cellText,
  numberText,
  parseAmountCell,
  parseBooleanCell,
  parseCurrencyCell,
  parseDateCell,
  parseIntegerCell,
  splitList,
} from './cell-values';

const value = <T>(result: { ok: true; value: T } | { ok: false; message: string }) => (result.ok ? result.value : result.message);

describe('numberText and cellText', () => {
  it('writes numbers as a spreadsheet shows them, without binary noise', () => {
    expect(numberText(1234.5)).toBe('1234.5');
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(1.005 * 1000)).toBe('1005');
    expect(numberText(12345678901234567)).toBe('12345678901234568');
    expect(cellText(new Date(Date.UTC(2026, 2, 31)))).toBe('2026-03-31');
    expect(cellText('  Alfa ')).toBe('Alfa');
    expect(cellText(null)).toBe('');
  });
});

describe('parseAmountCell', () => {
  it('reads decimal commas and dots, thousands separators and currency signs', () => {
    expect(value(parseAmountCell('1 234,56', 'PLN'))).toBe(123_456);
    expect(value(parseAmountCell('1.234,56', 'PLN'))).toBe(123_456);
    expect(value(parseAmountCell('1,234.56', 'EUR'))).toBe(123_456);
    expect(value(parseAmountCell('12,5 zł', 'PLN'))).toBe(1_250);
    expect(value(parseAmountCell('-7,00', 'PLN'))).toBe(-700);
    expect(value(parseAmountCell('1500', 'JPY'))).toBe(1_500);
  });

  it('reads spreadsheet numbers digit by digit, never multiplying floats', () => {
    expect(value(parseAmountCell(1230.5, 'PLN'))).toBe(123_050);
    expect(value(parseAmountCell(0.1 + 0.2, 'PLN'))).toBe(30);
    expect(value(parseAmountCell(19.99, 'EUR'))).toBe(1_999);
    expect(value(parseAmountCell(1234, 'PLN'))).toBe(123_400);
    expect(value(parseAmountCell(1234.567, 'PLN'))).toBe('"1234.567" has more decimals than PLN has');
  });

  it('says what is wrong', () => {
    expect(value(parseAmountCell('abc', 'PLN'))).toBe('"abc" is not an amount');
    expect(value(parseAmountCell('12,345', 'KWD'))).toBe(12_345);
    expect(value(parseAmountCell('1,2345', 'PLN'))).toBe('"1,2345" has more decimals than PLN has');
  });
});

describe('parseDateCell', () => {
  it('reads the common written formats', () => {
    for (const text of ['2026-03-31', '31.03.2026', '31/03/2026', '31-03-2026', '20260331', '2026-03-31T10:15:00Z', '2026/03/31']) {
      expect(value(parseDateCell(text))).toBe('2026-03-31');
    }
  });

  it('reads spreadsheet dates, serial day numbers and YYYYMMDD numbers', () => {
    expect(value(parseDateCell(new Date(Date.UTC(2026, 2, 31))))).toBe('2026-03-31');
    expect(value(parseDateCell(new Date(Date.UTC(2026, 2, 31, 23, 59))))).toBe('2026-03-31');
    expect(value(parseDateCell(46112))).toBe('2026-03-31');
    expect(value(parseDateCell(20260331))).toBe('2026-03-31');
  });

  it('refuses days that do not exist', () => {
    expect(value(parseDateCell('31.02.2026'))).toContain('"31.02.2026" is not a date');
    expect(value(parseDateCell('jutro'))).toContain('is not a date');
    expect(value(parseDateCell(-3))).toBe('"-3" is not a date');
  });
});

describe('parseIntegerCell', () => {
  it('reads whole numbers with a unit of days in any of the languages', () => {
    expect(value(parseIntegerCell('14', 0, 365))).toBe(14);
    expect(value(parseIntegerCell('14 dni', 0, 365))).toBe(14);
    expect(value(parseIntegerCell('30 days', 0, 365))).toBe(30);
    expect(value(parseIntegerCell('30 Tage', 0, 365))).toBe(30);
    expect(value(parseIntegerCell('45 дней', 0, 365))).toBe(45);
    expect(value(parseIntegerCell(21, 0, 365))).toBe(21);
    expect(value(parseIntegerCell('14,5', 0, 365))).toBe('"14,5" is not a whole number');
    expect(value(parseIntegerCell('400', 0, 365))).toBe('"400" must be between 0 and 365');
  });
});

describe('parseBooleanCell', () => {
  it('reads yes and no in four languages, and an empty cell as no', () => {
    for (const yes of ['tak', 'TAK', 'yes', 'true', '1', 'x', 'ja', 'да', true]) expect(value(parseBooleanCell(yes))).toBe(true);
    for (const no of ['nie', 'no', 'false', '0', 'nein', 'нет', '', null, false]) expect(value(parseBooleanCell(no))).toBe(false);
    expect(value(parseBooleanCell('może'))).toBe('"może" is not yes or no (tak/nie, yes/no, 1/0)');
  });
});

describe('parseCurrencyCell', () => {
  it('reads ISO codes in any case and the common symbols', () => {
    expect(value(parseCurrencyCell('pln'))).toBe('PLN');
    expect(value(parseCurrencyCell('zł'))).toBe('PLN');
    expect(value(parseCurrencyCell('€'))).toBe('EUR');
    expect(value(parseCurrencyCell('XYZ'))).toBe('"XYZ" is not a currency code such as PLN or EUR');
  });
});

describe('splitList', () => {
  it('splits on commas, semicolons and line breaks, dropping blanks and repeats', () => {
    expect(splitList('vip, budowa;vip\n\nhurt')).toEqual(['vip', 'budowa', 'hurt']);
    expect(splitList(null)).toEqual([]);
  });
});
