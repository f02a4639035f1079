import { describe, expect, it } from 'vitest';
import { invoiceNumberKey, isOneSlipApart, isShortNumberKey, numberKeysInText } from './invoice-number';

describe('invoiceNumberKey: one key however the number is written', () => {
  it.each([
    ['FV/2026/03/0012', '2026030012'],
    ['fv 2026/03/0012', '2026030012'],
    ['FV-2026-03-0012', '2026030012'],
    ['Faktura nr FV/2026/03/0012', '2026030012'],
    ['fakt. 2026/03/0012', '2026030012'],
    ['Invoice No. 2026/03/0012', '2026030012'],
    ['Rechnung Nr. 2026-03-0012', '2026030012'],
    ['FA12/2026', '122026'],
    ['FS/12/2026', 'FS122026'],
    ['Faktura', ''],
  ])('%s → %s', (number, key) => {
    expect(invoiceNumberKey(number)).toBe(key);
  });
  it('calls keys of four characters or fewer short', () => {
    expect(isShortNumberKey('12')).toBe(true);
    expect(isShortNumberKey('122026')).toBe(false);
  });
});

describe('numberKeysInText: whole words only, dates left out', () => {
  it.each<[string, string, boolean]>([
    ['finds a number split by spaces', 'zaplata FV 12 / 2026', true],
    ['finds a number glued to its prefix', 'FV12/2026 dziekuje', true],
    ['finds a number after "faktura nr"', 'Zapłata za fakturę nr 12/2026', true],
    ['finds a number with spaces around its slash', 'FV 12 / 2026', true],
    ['finds a number written like a date right after "FV"', 'FV 12-2026', true],
    ['does not find it inside a longer number', 'FV 112/2026', false],
    ['does not find it in an order number', 'ZAM/12/2026', false],
  ])('%s', (_, title, found) => {
    expect(numberKeysInText(title).includes('122026')).toBe(found);
  });
  it('does not read "12" out of "0012" or a date', () => {
    const keys = numberKeysInText('FV 0012 z dnia 12.03.2026 oraz 2026-03-12');
    expect(keys).toContain('0012');
    expect(keys).not.toContain('12');
    expect(keys).not.toContain('12032026');
    expect(keys).not.toContain('20260312');
  });
  it('reads a date-shaped word after "FV" or "nr" as a number', () => {
    expect(numberKeysInText('FV 12-03-2026')).toContain('12032026');
    expect(numberKeysInText('z dnia 12-03-2026')).not.toContain('12032026');
  });
  it('reads a short number only as a whole word', () => {
    expect(numberKeysInText('faktura 12')).toContain('12');
    expect(numberKeysInText('faktura 123')).not.toContain('12');
  });
});

describe('isOneSlipApart: one typing slip', () => {
  it.each<[string, string, boolean]>([
    ['2026030012', '2026030021', true], // neighbours swapped
    ['2026030012', '2026030013', true], // one replaced
    ['2026030012', '202603012', true], // one missed
    ['2026030012', '20260300112', true], // one added
    ['2026030012', '2026030012', false], // the same is no slip
    ['2026030012', '2026031021', false], // two slips
    ['1234', '1243', false], // too short to say anything
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(isOneSlipApart(a, b)).toBe(expected);
    expect(isOneSlipApart(b, a)).toBe(expected);
  });
});
