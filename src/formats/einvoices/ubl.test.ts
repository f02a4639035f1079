import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EInvoice } from './e-invoice';
import { readEInvoiceXml } from './read-e-invoices';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/einvoice/ubl/${name}`, import.meta.url));

function invoiceOf(bytes: Uint8Array): EInvoice {
  const read = readEInvoiceXml(bytes);
  if (!read.accepted) throw new Error(`refused: ${read.refusal.reason}`);
  return read.invoice;
}

describe('UBL 2.1 / Peppol BIS 3.0', () => {
  it('reads a Peppol BIS 3.0 invoice', () => {
    const invoice = invoiceOf(fixture('BIS3_Invoice_positive.XML'));
    expect(invoice.source).toEqual({ format: 'ubl', version: '2.1', customization: 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0' });
    expect(invoice.kind).toEqual({ type: 'invoice' });
    expect(invoice.number).toBe('12345');
    expect(invoice.issueDate).toBe('2019-01-25');
    expect(invoice.saleDate).toBe('2019-01-25');
    expect(invoice.dueDate).toBe('2019-02-24');
    expect(invoice.currency).toBe('DKK');
    expect(invoice.grossTotalMinor).toBe(78217943);
    expect(invoice.netTotalMinor).toBe(62574354);
    expect(invoice.vatTotalMinor).toBe(15643589);
    expect(invoice.amountDueMinor).toBe(78217943);
    expect(invoice.buyer).toEqual({
      name: 'Company B',
      taxId: { type: 'vat', value: 'DK87654321', country: 'DK' },
      country: 'DK',
      addressLines: ['Bjerkåsholmen 125', 'NO-3470 Slemmestad'],
      customerNumber: null,
    });
    expect(invoice.seller.bankAccounts).toEqual([{ number: '1234567891234', validIban: false, bic: null, holder: 'seller' }]);
  });

  it('reads an invoice with two accounts and a buyer known only by the seller’s number', () => {
    const invoice = invoiceOf(fixture('ubl-tc434-example1.xml'));
    expect(invoice.number).toBe('12115118');
    expect(invoice.dueDate).toBe('2015-01-09');
    expect(invoice.currency).toBe('EUR');
    expect(invoice.grossTotalMinor).toBe(25033);
    expect(invoice.vatTotalMinor).toBe(2073);
    expect(invoice.buyer.taxId).toBeNull();
    expect(invoice.buyer.customerNumber).toBe('10202');
    expect(invoice.seller.taxId).toEqual({ type: 'vat', value: 'NL820098395B01', country: 'NL' });
    expect(invoice.seller.bankAccounts.map((a) => [a.number, a.validIban])).toEqual([
      ['NL57RABO0107307510', true],
      ['NL03INGB0004489902', true],
    ]);
    expect(invoice.lineCount).toBe(20);
  });

  it('reads the prepaid amount and what is left to pay', () => {
    const invoice = invoiceOf(fixture('ubl-tc434-example2.xml'));
    expect(invoice.number).toBe('TOSL108');
    expect(invoice.issueDate).toBe('2013-06-30');
    expect(invoice.dueDate).toBe('2013-07-20');
    expect(invoice.currency).toBe('NOK');
    expect(invoice.grossTotalMinor).toBe(180178);
    expect(invoice.amountDueMinor).toBe(80178);
    expect(invoice.paymentsRecorded).toEqual([{ amountMinor: 100000, date: null }]);
    expect(invoice.paymentTerms).toBe('2 % discount if paid within 2 days Penalty percentage 10% from due date');
    expect(invoice.buyer.taxId).toEqual({ type: 'vat', value: 'NO987654321MVA', country: 'NO' });
    expect(invoice.seller.bankAccounts).toEqual([{ number: 'NO9386011117947', validIban: true, bic: 'DNBANOKK', holder: 'seller' }]);
  });

  it('reads an invoice whose buyer has no tax id', () => {
    const invoice = invoiceOf(fixture('ubl-tc434-example4.xml'));
    expect(invoice.number).toBe('TOSL110');
    expect(invoice.dueDate).toBe('2013-05-10');
    expect(invoice.saleDate).toBe('2013-04-15');
    expect(invoice.grossTotalMinor).toBe(467500);
    expect(invoice.buyer.name).toBe('Buyercompany ltd');
    expect(invoice.buyer.taxId).toBeNull();
    expect(invoice.seller.bankAccounts[0]?.number).toBe('DK1212341234123412');
  });

  it('reads a credit note without a due date', () => {
    const invoice = invoiceOf(fixture('ubl-tc434-creditnote1.xml'));
    expect(invoice.kind).toEqual({ type: 'creditNote', corrects: [] });
    expect(invoice.number).toBe('018304 / 28865');
    expect(invoice.issueDate).toBe('2019-09-23');
    expect(invoice.dueDate).toBeNull();
    expect(invoice.dueDateSource).toBe('customer-terms');
    expect(invoice.currency).toBe('EUR');
    expect(invoice.grossTotalMinor).toBe(10011);
    expect(invoice.buyer.taxId).toEqual({ type: 'vat', value: 'BE0000000295', country: 'BE' });
    expect(invoice.seller.bankAccounts).toEqual([{ number: 'BE91000000143476', validIban: true, bic: 'BPOTBEB1', holder: 'seller' }]);
  });
});

const doc = (root: 'Invoice' | 'CreditNote', body: string) =>
  new TextEncoder().encode(
    `<x:${root} xmlns:x="urn:oasis:names:specification:ubl:schema:xsd:${root}-2" xmlns:a="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:b="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">` +
      `<b:ID>INV-7</b:ID><b:IssueDate>2026-01-10</b:IssueDate>${body}<b:DocumentCurrencyCode>EUR</b:DocumentCurrencyCode>` +
      `<a:AccountingSupplierParty><a:Party><a:PartyName><b:Name>S</b:Name></a:PartyName></a:Party></a:AccountingSupplierParty>` +
      `<a:AccountingCustomerParty><a:Party><a:PostalAddress><a:Country><b:IdentificationCode>PL</b:IdentificationCode></a:Country></a:PostalAddress>` +
      `<a:PartyTaxScheme><b:CompanyID>PL 545-182-41-19</b:CompanyID><a:TaxScheme><b:ID>VAT</b:ID></a:TaxScheme></a:PartyTaxScheme></a:Party></a:AccountingCustomerParty>` +
      `<a:PaymentMeans><b:PaymentDueDate>2026-02-10</b:PaymentDueDate><a:PayeeFinancialAccount><b:ID>61 1090 1014 0000 0712 1981 2874</b:ID></a:PayeeFinancialAccount></a:PaymentMeans>` +
      `<a:LegalMonetaryTotal><b:PayableAmount currencyID="EUR">99.50</b:PayableAmount></a:LegalMonetaryTotal></x:${root}>`,
  );

describe('UBL edge cases', () => {
  it('handles other prefixes, a Polish VAT id, a NRB and a due date in the payment means', () => {
    const invoice = invoiceOf(doc('Invoice', '<b:InvoiceTypeCode>380</b:InvoiceTypeCode>'));
    expect(invoice.buyer.taxId).toEqual({ type: 'nip', value: '5451824119' });
    expect(invoice.dueDate).toBe('2026-02-10');
    expect(invoice.grossTotalMinor).toBe(9950);
    expect(invoice.seller.bankAccounts[0]).toMatchObject({ number: 'PL61109010140000071219812874', validIban: true });
  });

  it('reads a corrected invoice with the invoice it corrects', () => {
    const body = '<b:InvoiceTypeCode>384</b:InvoiceTypeCode><a:BillingReference><a:InvoiceDocumentReference><b:ID>INV-1</b:ID><b:IssueDate>2025-12-01</b:IssueDate></a:InvoiceDocumentReference></a:BillingReference>';
    const invoice = invoiceOf(doc('Invoice', body).slice());
    expect(invoice.kind).toEqual({ type: 'correction', corrects: [{ number: 'INV-1', issueDate: '2025-12-01', ksefNumber: null }], reason: null });
  });

  it('refuses prepayment invoices and pro formas', () => {
    expect(readEInvoiceXml(doc('Invoice', '<b:InvoiceTypeCode>386</b:InvoiceTypeCode>'))).toMatchObject({ accepted: false, refusal: { code: 'advance_invoice', number: 'INV-7' } });
    expect(readEInvoiceXml(doc('Invoice', '<b:InvoiceTypeCode>325</b:InvoiceTypeCode>'))).toMatchObject({ accepted: false, refusal: { code: 'not_payable_document' } });
  });

  it('names an amount in another currency than the document', () => {
    const bytes = new TextEncoder().encode(new TextDecoder().decode(doc('Invoice', '')).replace('currencyID="EUR"', 'currencyID="USD"'));
    expect(() => readEInvoiceXml(bytes)).toThrow(/x:Invoice\/a:LegalMonetaryTotal\/b:PayableAmount is in USD, but the document currency is EUR/);
  });
});
