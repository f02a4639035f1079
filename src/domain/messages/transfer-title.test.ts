import { describe, expect, it } from 'vitest';
import { maxTransferTitleLength, transferTitle } from './transfer-title';

describe('transferTitle', () => {
  it('lists the invoice numbers when they fit', () => {
    expect(transferTitle(['FV/2026/001', 'FV/2026/002'])).toBe('FV/2026/001, FV/2026/002');
  });

  it('names each number once and ignores blanks', () => {
    expect(transferTitle(['FV/1', ' FV/1 ', '', 'FV/2'])).toBe('FV/1, FV/2');
  });

  it('keeps whole numbers and counts the rest when too many fit in 140 characters', () => {
    const numbers = Array.from({ length: 30 }, (_, i) => `FV/2026/04/${String(i + 1).padStart(4, '0')}`);
    const title = transferTitle(numbers);
    expect(title.length).toBeLessThanOrEqual(maxTransferTitleLength);
    const [listed, rest] = title.split(' +');
    const shown = listed!.split(', ');
    expect(shown).toEqual(numbers.slice(0, shown.length));
    expect(Number(rest)).toBe(numbers.length - shown.length);
  });

  it('respects a shorter limit, e.g. a payment code field', () => {
    expect(transferTitle(['FV/2026/0001', 'FV/2026/0002', 'FV/2026/0003'], 32)).toBe('FV/2026/0001, FV/2026/0002 +1');
  });

  it('cuts a single number longer than the limit', () => {
    expect(transferTitle(['X'.repeat(200)])).toHaveLength(maxTransferTitleLength);
    expect(transferTitle(['X'.repeat(50), 'Y'], 20)).toBe(`${'X'.repeat(17)} +1`);
  });
});
