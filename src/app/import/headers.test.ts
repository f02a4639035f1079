import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importKinds } from '../../http/contract';
import { importFields } from './fields';
import { fieldSynonyms, matchColumns, normalizeHeader } from './headers';

describe('normalizeHeader', () => {
  it('ignores case, accents, Polish letters and punctuation', () => {
    for (const header of ['Termin płatności', 'termin_platnosci', 'TERMIN PŁATNOŚCI:', 'Termin-Płatności']) {
      expect(normalizeHeader(header)).toBe('terminplatnosci');
    }
    expect(normalizeHeader('DueDate')).toBe(normalizeHeader('Due date'));
    expect(normalizeHeader('Straße')).toBe('strasse');
    expect(normalizeHeader('Счёт')).toBe(normalizeHeader('счет'));
  });
});

describe('importFields', () => {
  it('never gives one header to two fields of the same kind', () => {
    for (const kind of importKinds) {
      const owner = new Map<string, string>();
      for (const [field, synonyms] of fieldSynonyms(kind)) {
        for (const synonym of synonyms) {
          expect(owner.get(synonym) ?? field, `${kind}: "${synonym}"`).toBe(field);
          owner.set(synonym, field);
        }
      }
    }
  });

  it('is plain data the browser can import', () => {
    const source = readFileSync(new URL('./fields.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/from 'node:/);
    expect(source.match(/^import .*$/gm)).toEqual(["import type { ImportKind } from '../../http/contract';"]);
    expect(importFields.invoices.filter((f) => f.required).map((f) => f.field)).toEqual(['number', 'issueDate', 'grossTotal']);
  });
});

describe('matchColumns', () => {
  it('recognises Polish, English, German and Russian headers', () => {
    expect(matchColumns('invoices', ['Numer faktury', 'NIP', 'Data wystawienia', 'Termin płatności', 'Kwota brutto']).mapping).toEqual({
      number: 'Numer faktury',
      customerTaxId: 'NIP',
      issueDate: 'Data wystawienia',
      dueDate: 'Termin płatności',
      grossTotal: 'Kwota brutto',
    });
    expect(matchColumns('invoices', ['Invoice number', 'Customer', 'Invoice date', 'Payment due', 'Amount']).issues).toEqual([]);
    expect(matchColumns('invoices', ['Rechnungsnummer', 'Kunde', 'Rechnungsdatum', 'Fällig am', 'Bruttobetrag']).columns.size).toBe(5);
    expect(matchColumns('invoices', ['Номер счета', 'ИНН', 'Дата', 'Срок оплаты', 'Сумма']).mapping).toMatchObject({
      number: 'Номер счета',
      customerTaxId: 'ИНН',
      dueDate: 'Срок оплаты',
    });
  });

  it('prefers the better header when several fit, and ignores a currency in brackets', () => {
    const match = matchColumns('invoices', ['Nr', 'Klient', 'Data', 'Kwota (PLN)', 'Kwota brutto [PLN]', 'Uwagi']);
    expect(match.mapping).toMatchObject({ grossTotal: 'Kwota brutto [PLN]', customerName: 'Klient' });
    expect(match.issues).toEqual([]);
  });

  it('the same words mean what the kind of file means', () => {
    expect(matchColumns('customers', ['Nazwa', 'Termin płatności']).mapping).toEqual({ name: 'Nazwa', paymentTermsDays: 'Termin płatności' });
    expect(matchColumns('payments', ['Data', 'Kwota', 'Kontrahent']).mapping).toEqual({ paymentDate: 'Data', amount: 'Kwota', payerName: 'Kontrahent' });
  });

  it('takes the mapping over the headers, by exact or loosely equal header, and leaves a field unread on ""', () => {
    const match = matchColumns('invoices', ['Dok', 'Kod klienta', 'Wyst', 'Termin', 'Suma', 'Kwota'], {
      number: 'dok',
      issueDate: 'Wyst',
      grossTotal: 'Suma',
      dueDate: '',
    });
    expect(match.issues).toEqual([]);
    expect(match.mapping).toEqual({ number: 'Dok', customerExternalId: 'Kod klienta', issueDate: 'Wyst', grossTotal: 'Suma' });
  });

  it('explains what is missing: required fields, the customer, and wrong mappings', () => {
    expect(matchColumns('invoices', ['Numer', 'Data', 'Kwota']).issues).toEqual([
      {
        field: 'customerExternalId|customerTaxId|customerName',
        message: expect.stringMatching(/^no column names the customer: one of customerExternalId .*columns are: "Numer", "Data", "Kwota"$/),
      },
    ]);
    expect(matchColumns('invoices', ['Numer', 'Klient', 'Kwota']).issues).toEqual([
      { field: 'issueDate', message: expect.stringContaining('no column for the required field issueDate') },
    ]);
    expect(matchColumns('customers', ['Nazwa'], { nip: 'NIP', taxId: 'Numer NIP' }).issues).toEqual([
      { field: 'nip', message: expect.stringContaining('unknown field "nip"') },
      { field: 'taxId', message: 'the mapping reads taxId from column "Numer NIP", which the file does not have; its columns are: "Nazwa"' },
    ]);
  });

  it('says when the first row is data, not headers', () => {
    const match = matchColumns('invoices', ['FV/1', 'K001', '2026-01-05', '100,00']);
    expect(match.issues).toHaveLength(1);
    expect(match.issues[0]!.message).toMatch(/^the first row is not a header row: .*found "FV\/1", "K001", "2026-01-05", "100,00"$/);
  });
});
