import { describe, expect, it } from 'vitest';
import { formatIban, ibanFromBban, isValidIban, normalizeIban } from './iban';
import { isValidNip, looksLikeVatId, nipWithCheckDigit, normalizeNip, normalizeVatId } from './tax-ids';

describe('NIP', () => {
  it('checks the weighted check digit', () => {
    expect(isValidNip('5260250274')).toBe(true); // Ministry of Finance
    expect(isValidNip('526-025-02-74')).toBe(true);
    expect(isValidNip('PL5260250274')).toBe(true);
    expect(isValidNip('5260250275')).toBe(false);
    expect(isValidNip('526025027')).toBe(false);
  });
  it('completes nine digits to a valid NIP', () => {
    const nip = nipWithCheckDigit('526025027');
    expect(nip).toBe('5260250274');
    expect(normalizeNip('PL 526 025 02 74')).toBe('5260250274');
  });
  it('normalizes EU VAT ids', () => {
    expect(normalizeVatId('de 123.456.789')).toBe('DE123456789');
    expect(looksLikeVatId('DE123456789')).toBe(true);
    expect(looksLikeVatId('XX123')).toBe(false);
  });
});

describe('IBAN', () => {
  it('validates checksums and lengths', () => {
    expect(isValidIban('PL61 1090 1014 0000 0712 1981 2874')).toBe(true);
    expect(isValidIban('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(isValidIban('PL61 1090 1014 0000 0712 1981 2875')).toBe(false);
    expect(isValidIban('DE89 3704 0044 0532 0130 0')).toBe(false);
  });
  it('accepts a bare Polish NRB and builds IBANs', () => {
    expect(normalizeIban('61 1090 1014 0000 0712 1981 2874')).toBe('PL61109010140000071219812874');
    const built = ibanFromBban('PL', '109010140000071219812874');
    expect(built).toBe('PL61109010140000071219812874');
    expect(isValidIban(built)).toBe(true);
    expect(formatIban(built)).toBe('PL61 1090 1014 0000 0712 1981 2874');
  });
});
