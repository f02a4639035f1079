import { describe, expect, it } from 'vitest';
import { creditorReferenceFor } from '../creditor-reference';
import { creditorReferencesInText, splitPaymentInvoiceNumber, taxIdKey, taxIdsInText } from './title-clues';

describe('title clues', () => {
  it('reads the /INV/ field of a split payment, slashes and all', () => {
    expect(splitPaymentInvoiceNumber('/VAT/230,00/IDC/5260250274/INV/FV/12/2026/TXT/zaplata')).toBe('FV/12/2026');
    expect(splitPaymentInvoiceNumber('/VAT/230,00/IDC/5260250274/INV/FV 12/2026')).toBe('FV 12/2026');
    expect(splitPaymentInvoiceNumber('zaplata FV 12/2026')).toBeNull();
  });
  it('finds valid creditor references, spaced or not, and ignores bad check digits', () => {
    const reference = creditorReferenceFor('0123456789ABCDEF')!;
    const spaced = reference.replace(/(.{4})/g, '$1 ');
    expect(creditorReferencesInText(`zaplata ${spaced.toLowerCase()} dziekuje`)).toEqual([reference]);
    const broken = `RF${reference.slice(2, 4) === '00' ? '01' : '00'}${reference.slice(4)}`;
    expect(creditorReferencesInText(broken)).toEqual([]);
  });
  it('finds NIPs with a correct check digit and VAT ids', () => {
    expect(taxIdsInText('NIP 526-025-02-74 FV 1/2026')).toEqual(['5260250274']);
    expect(taxIdsInText('NIP 5260250275')).toEqual([]);
    expect(taxIdsInText('USt-IdNr DE811907980')).toEqual(['DE811907980']);
    expect(taxIdKey('PL 526-025-02-74')).toBe('5260250274');
  });
});
