import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FileFormatError } from '../file-format-error';
import type { EInvoice, EInvoiceRefusal } from './e-invoice';
import { readEInvoiceXml } from './read-e-invoices';

const fixture = (path: string) => readFileSync(new URL(`../../../test/fixtures/einvoice/ksef/${path}`, import.meta.url));

function invoiceOf(path: string): EInvoice {
  const read = readEInvoiceXml(fixture(path));
  if (!read.accepted) throw new Error(`${path} was refused: ${read.refusal.reason}`);
  return read.invoice;
}

function refusalOf(path: string): EInvoiceRefusal {
  const read = readEInvoiceXml(fixture(path));
  if (read.accepted) throw new Error(`${path} was accepted`);
  return read.refusal;
}

const xml = (text: string) => new TextEncoder().encode(text);

describe('KSeF FA(2)', () => {
  it('reads a leasing invoice with a due date, a supply period and the seller account', () => {
    const invoice = invoiceOf('fa2/podstawowa/FA_2_Przyklad_9.xml');
    expect(invoice.source).toEqual({ format: 'ksef', version: 'FA(2)' });
    expect(invoice.kind).toEqual({ type: 'invoice' });
    expect(invoice.number).toBe('FV2022/02/150');
    expect(invoice.issueDate).toBe('2022-02-15');
    expect(invoice.saleDate).toBe('2022-01-01');
    expect(invoice.dueDate).toBe('2022-03-15');
    expect(invoice.dueDateSource).toBe('document');
    expect(invoice.currency).toBe('PLN');
    expect(invoice.grossTotalMinor).toBe(276000);
    expect(invoice.netTotalMinor).toBe(230000);
    expect(invoice.vatTotalMinor).toBe(46000);
    expect(invoice.amountDueMinor).toBe(276000);
    expect(invoice.buyer).toEqual({
      name: 'Gmina Bzdziszewo',
      taxId: { type: 'nip', value: '1111111111' },
      country: 'PL',
      addressLines: ['Bzdziszewo 1', '00-007 Bzdziszewo'],
      customerNumber: 'fdfd778343',
    });
    expect(invoice.seller.name).toBe('ABC Leasing S.A.');
    expect(invoice.seller.taxId).toEqual({ type: 'nip', value: '9999999999' });
    expect(invoice.seller.bankAccounts).toEqual([
      { number: 'PL73111111111111111111111111', validIban: true, bic: null, holder: 'seller' },
    ]);
    expect(invoice.lineCount).toBe(2);
  });

  it('leaves the due date to the customer terms when the invoice has none', () => {
    const invoice = invoiceOf('fa2/podstawowa/FA_2_Przyklad_19.xml');
    expect(invoice.number).toBe('FM2022/02/150');
    expect(invoice.issueDate).toBe('2022-01-27');
    expect(invoice.saleDate).toBe('2022-01-27');
    expect(invoice.dueDate).toBeNull();
    expect(invoice.dueDateSource).toBe('customer-terms');
    expect(invoice.grossTotalMinor).toBe(300000);
    expect(invoice.netTotalMinor).toBe(281300);
    expect(invoice.vatTotalMinor).toBe(18700);
    expect(invoice.buyer.taxId).toEqual({ type: 'nip', value: '1111111111' });
    expect(invoice.seller.bankAccounts).toEqual([]);
  });

  it('reads a simplified invoice whose buyer is only a NIP', () => {
    const invoice = invoiceOf('fa2/uproszczona/FA_2_Przyklad_15.xml');
    expect(invoice.kind).toEqual({ type: 'invoice' });
    expect(invoice.number).toBe('FV2022/02/150');
    expect(invoice.saleDate).toBe('2022-01-03');
    expect(invoice.grossTotalMinor).toBe(45000);
    expect(invoice.dueDate).toBeNull();
    expect(invoice.buyer).toEqual({ name: null, taxId: { type: 'nip', value: '1111111111' }, country: null, addressLines: [], customerNumber: null });
  });

  it('reads a corrective invoice with the invoice it corrects', () => {
    const invoice = invoiceOf('fa2/korygujaca/FA_2_Przyklad_2.xml');
    expect(invoice.kind).toEqual({
      type: 'correction',
      corrects: [{ number: 'FV2022/02/150', issueDate: '2022-02-15', ksefNumber: '9999999999-20230908-8BEF280C8D35-4D' }],
      reason: 'obniżka ceny o 200 zł z uwagi na uszkodzenia estetyczne',
    });
    expect(invoice.number).toBe('FK2022/03/200');
    expect(invoice.issueDate).toBe('2022-03-15');
    expect(invoice.grossTotalMinor).toBe(-20000);
    expect(invoice.netTotalMinor).toBe(-16260);
    expect(invoice.vatTotalMinor).toBe(-3740);
    expect(invoice.buyer.taxId).toEqual({ type: 'nip', value: '1111111111' });
  });

  it('refuses an advance invoice, saying why', () => {
    const refusal = refusalOf('fa2/zaliczkowa/FA_2_Przyklad_10.xml');
    expect(refusal.code).toBe('advance_invoice');
    expect(refusal.number).toBe('FZ2022/02/150');
    expect(refusal.reason).toContain('advance invoice');
  });

  it('refuses an invoice whose recorded part payments cover the whole amount', () => {
    const refusal = refusalOf('fa2/podstawowa/FA_2_Przyklad_4.xml');
    expect(refusal).toMatchObject({ code: 'already_paid', number: '15/2024' });
    expect(refusal.reason).toBe('15/2024 records payments of 600.00 EUR against 123.00 EUR to pay, so there is nothing to collect.');
  });
});

describe('KSeF FA(3)', () => {
  it('reads an invoice without payment details', () => {
    const invoice = invoiceOf('fa3/podstawowa/FA_3_Przyklad_1.xml');
    expect(invoice.source).toEqual({ format: 'ksef', version: 'FA(3)' });
    expect(invoice.number).toBe('llcdpk88gk-2025-06-24');
    expect(invoice.issueDate).toBe('2025-11-13');
    expect(invoice.saleDate).toBeNull();
    expect(invoice.dueDate).toBeNull();
    expect(invoice.grossTotalMinor).toBe(400149);
    expect(invoice.netTotalMinor).toBe(400149);
    expect(invoice.vatTotalMinor).toBeNull();
    expect(invoice.buyer.taxId).toEqual({ type: 'nip', value: '3935777054' });
    expect(invoice.buyer.name).toBe('CeDeE s.c.');
    expect(invoice.buyer.customerNumber).toBe('12345');
  });

  it('reads an invoice with no sale date and no due date', () => {
    const invoice = invoiceOf('fa3/podstawowa/FA_3_Przyklad_5.xml');
    expect(invoice.number).toBe('5t4343trgfds');
    expect(invoice.issueDate).toBe('2026-02-11');
    expect(invoice.grossTotalMinor).toBe(95571);
    expect(invoice.vatTotalMinor).toBe(17871);
    expect(invoice.dueDateSource).toBe('customer-terms');
  });

  it('takes the factor accounts as where payments go', () => {
    const invoice = invoiceOf('fa3/podstawowa/FA_3_przyklad_rachunek_bankowy_faktora.xml');
    expect(invoice.dueDate).toBe('2026-04-26');
    expect(invoice.seller.bankAccounts).toEqual([
      { number: 'PL62101000000000001234567890', validIban: false, bic: 'AGRIPLPR', holder: 'factor' },
      { number: 'PL27102010260000098765432101', validIban: false, bic: 'AGRIPLPR', holder: 'factor' },
    ]);
  });

  it('takes the amount to pay from the settlement of charges and deductions', () => {
    const invoice = invoiceOf('fa3/obciazeniowa/FA_3_obciazeniowa.xml');
    expect(invoice.number).toBe('FA/001/2026/F');
    expect(invoice.issueDate).toBe('2026-02-04');
    expect(invoice.dueDate).toBe('2026-02-15');
    expect(invoice.grossTotalMinor).toBe(1592605);
    expect(invoice.amountDueMinor).toBe(73901);
    expect(invoice.buyer.taxId).toEqual({ type: 'nip', value: '9876543210' });
    expect(invoice.buyer.addressLines).toEqual(['ul. Testowa 10, 20-001 Miasto']);
    expect(invoice.seller.bankAccounts.map((a) => a.number)).toEqual(['PL12345678901234567890123456']);
  });

  it('reads a correction whose buyer has a PL-prefixed EU VAT number as a NIP', () => {
    const invoice = invoiceOf('fa3/korygujaca/FA_3_Przyklad_1.xml');
    expect(invoice.kind).toEqual({
      type: 'correction',
      corrects: [{ number: '29903413', issueDate: '2025-03-10', ksefNumber: '5210415750-20250310-FF4861C9CC3F-BA' }],
      reason: null,
    });
    expect(invoice.buyer.taxId).toEqual({ type: 'nip', value: '1234560670' });
    expect(invoice.buyer.country).toBe('NL');
    expect(invoice.dueDate).toBe('2024-04-02');
    expect(invoice.paymentTerms).toBe('Do dnia 02.04.2024 bez rabatu');
    expect(invoice.grossTotalMinor).toBe(0);
    expect(invoice.seller.bankAccounts).toEqual([
      { number: 'PL50175011070000000038433814', validIban: true, bic: 'PPABPLPKXXX', holder: 'seller' },
    ]);
  });

  it('reads a correction of several invoices, in euro, with a foreign account', () => {
    const invoice = invoiceOf('fa3/korygujaca/FA_3_Przyklad_4.xml');
    expect(invoice.currency).toBe('EUR');
    expect(invoice.grossTotalMinor).toBe(-241589);
    expect(invoice.kind.type).toBe('correction');
    if (invoice.kind.type !== 'correction') return;
    expect(invoice.kind.corrects.map((c) => c.number)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(invoice.kind.corrects[5]).toEqual({ number: '6', issueDate: '2025-05-16', ksefNumber: null });
    expect(invoice.seller.bankAccounts[0]).toEqual({ number: 'AT193100000154171012', validIban: true, bic: 'RZBAATWW', holder: 'seller' });
  });

  it('refuses an invoice marked paid', () => {
    const refusal = refusalOf('fa3/podstawowa/FA_3_Przyklad_2.xml');
    expect(refusal).toMatchObject({ code: 'already_paid', number: 'llcdpk88gk-2025-06-24' });
    expect(refusal.reason).toContain('paid in full on 2022-02-15');
  });

  it('refuses an invoice whose part payments cover it, and an advance invoice', () => {
    expect(refusalOf('fa3/podstawowa/FA_3_Przyklad_4_EUR.xml')).toMatchObject({ code: 'already_paid', number: '15/2024' });
    expect(refusalOf('fa3/zaliczkowa/FA_3_Przyklad_3.xml')).toMatchObject({
      code: 'advance_invoice',
      number: '2026/02/000001/ZAL/1',
      source: { format: 'ksef', version: 'FA(3)' },
    });
  });
});

const FA3 = 'http://crd.gov.pl/wzor/2025/06/25/13775/';
const synthetic = (fa: string, prefix = '') => {
  const p = prefix ? `${prefix}:` : '';
  return xml(
    `<?xml version="1.0" encoding="UTF-8"?>\n<${p}Faktura xmlns${prefix ? `:${prefix}` : ''}="${FA3}">` +
      `<${p}Podmiot1><${p}DaneIdentyfikacyjne><${p}NIP>5451824119</${p}NIP><${p}Nazwa>Sprzedawca</${p}Nazwa></${p}DaneIdentyfikacyjne></${p}Podmiot1>` +
      `<${p}Podmiot2><${p}DaneIdentyfikacyjne><${p}KodUE>DE</${p}KodUE><${p}NrVatUE>123456789</${p}NrVatUE><${p}Nazwa>Kunde &amp; Co</${p}Nazwa></${p}DaneIdentyfikacyjne></${p}Podmiot2>` +
      `<${p}Fa>${fa}</${p}Fa></${p}Faktura>`,
  );
};

describe('KSeF edge cases', () => {
  const base = (extra = '', type = 'VAT') =>
    `<KodWaluty>PLN</KodWaluty><P_1>2026-03-01</P_1><P_2>FV/1/2026</P_2><P_15>1230.10</P_15><RodzajFaktury>${type}</RodzajFaktury>${extra}`;

  it('reads prefixed elements like default-namespace ones, and an EU VAT id with its prefix', () => {
    const read = readEInvoiceXml(synthetic(base().replace(/<(\/?)/g, '<$1k:'), 'k'));
    expect(read.accepted).toBe(true);
    if (!read.accepted) return;
    expect(read.invoice.grossTotalMinor).toBe(123010);
    expect(read.invoice.buyer.taxId).toEqual({ type: 'vat', value: 'DE123456789', country: 'DE' });
    expect(read.invoice.buyer.name).toBe('Kunde & Co');
  });

  it('takes the latest of several payment terms as the due date', () => {
    const terms =
      '<Platnosc><TerminPlatnosci><Termin>2026-05-01</Termin></TerminPlatnosci>' +
      '<TerminPlatnosci><Termin>2026-04-01</Termin><TerminOpis><Ilosc>30</Ilosc><Jednostka>dni</Jednostka><ZdarzeniePoczatkowe>od wystawienia</ZdarzeniePoczatkowe></TerminOpis></TerminPlatnosci></Platnosc>';
    const read = readEInvoiceXml(synthetic(base(terms)));
    if (!read.accepted) throw new Error(read.refusal.reason);
    expect(read.invoice.dueDate).toBe('2026-05-01');
    expect(read.invoice.paymentTerms).toBe('30 dni od wystawienia');
  });

  it('keeps part payments and leaves the rest due', () => {
    const paid = '<Platnosc><ZnacznikZaplatyCzesciowej>1</ZnacznikZaplatyCzesciowej><ZaplataCzesciowa><KwotaZaplatyCzesciowej>230.10</KwotaZaplatyCzesciowej><DataZaplatyCzesciowej>2026-03-05</DataZaplatyCzesciowej></ZaplataCzesciowa></Platnosc>';
    const read = readEInvoiceXml(synthetic(base(paid)));
    if (!read.accepted) throw new Error(read.refusal.reason);
    expect(read.invoice.paymentsRecorded).toEqual([{ amountMinor: 23010, date: '2026-03-05' }]);
    expect(read.invoice.amountDueMinor).toBe(100000);
  });

  it('refuses a correction of an advance invoice', () => {
    const read = readEInvoiceXml(synthetic(base('', 'KOR_ZAL')));
    expect(read).toMatchObject({ accepted: false, refusal: { code: 'advance_invoice', number: 'FV/1/2026' } });
  });

  it('names the element of a bad amount, date, currency or invoice type', () => {
    expect(() => readEInvoiceXml(synthetic(base().replace('1230.10', '12,30')))).toThrow(/Faktura\/Fa\/P_15 holds "12,30", not an amount/);
    expect(() => readEInvoiceXml(synthetic(base().replace('1230.10', '1.234')))).toThrow(/P_15 holds "1.234", more decimal places than PLN has/);
    expect(() => readEInvoiceXml(synthetic(base().replace('2026-03-01', '01.03.2026')))).toThrow(/Faktura\/Fa\/P_1 holds "01.03.2026", not a date/);
    expect(() => readEInvoiceXml(synthetic(base().replace('PLN', 'ZLOTY')))).toThrow(/KodWaluty holds "ZLOTY", not an ISO 4217/);
    expect(() => readEInvoiceXml(synthetic(base('', 'XYZ')))).toThrow(/RodzajFaktury holds "XYZ"/);
    expect(() => readEInvoiceXml(synthetic(base().replace(/<P_2>.*<\/P_2>/, '')))).toThrow(/Faktura\/Fa has no P_2 \(invoice number\)/);
    expect(() => readEInvoiceXml(synthetic(base('', 'KOR')))).toThrow(/corrective invoice without DaneFaKorygowanej/);
    expect(() => readEInvoiceXml(synthetic(base().replace('1230.10', 'x')))).toThrow(FileFormatError);
  });
});
