// UBL 2.1 invoices and credit notes, as Peppol BIS Billing 3.0 (EN 16931) profiles
// them: <Invoice> or <CreditNote> in their document namespace, everything else in the
// cac (aggregate) and cbc (basic) namespaces under whatever prefix the file chose.
import { isValidIban, normalizeIban } from '../../domain/iban';
import { minorToDecimalString } from '../../domain/money';
import { childNamed, childrenNamed, type XmlElement } from '../xml/xml-tree';
import type {
  BankAccount,
  EInvoice,
  EInvoiceKind,
  EInvoiceParty,
  EInvoiceRead,
  EInvoiceRefusalCode,
  EInvoiceSource,
  RecordedPayment,
  ReferencedInvoice,
  TaxId,
} from './e-invoice';
import { amountOf, badElement, currencyOf, dateOf, requireChild, requireText, textOf } from './xml-values';

export const ublNamespaces = {
  invoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  creditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
} as const;

const { cac, cbc } = ublNamespaces;

// UNTDID 1001 codes EN 16931 allows on an invoice, less the two that ask for no
// payment of their own: 386 (prepayment invoice) and 325 (pro forma), refused below.
const INVOICE_TYPE_CODES = new Set([
  '71', '80', '82', '84', '102', '218', '219', '326', '331', '380', '382', '383', '384', '388', '389', '393', '395',
  '553', '575', '623', '780', '817', '870', '875', '876', '877',
]);

/** 'invoice' or 'creditNote' for a UBL root element; null for anything else. */
export function ublDocumentOf(root: XmlElement): 'invoice' | 'creditNote' | null {
  if (root.namespace === ublNamespaces.invoice && root.name === 'Invoice') return 'invoice';
  if (root.namespace === ublNamespaces.creditNote && root.name === 'CreditNote') return 'creditNote';
  return null;
}

/** Reads a UBL invoice or credit note; prepayment invoices, pro formas and paid invoices come back refused. */
export function readUblInvoice(root: XmlElement): EInvoiceRead {
  const document = ublDocumentOf(root);
  if (!document) badElement(root, 'is neither a UBL 2.1 Invoice nor a CreditNote');
  const source: EInvoiceSource = { format: 'ubl', version: '2.1', customization: textOf(childNamed(root, 'CustomizationID', cbc)) };
  const basic = (parent: XmlElement | null, name: string) => (parent ? childNamed(parent, name, cbc) : null);
  const aggregate = (parent: XmlElement | null, name: string) => (parent ? childNamed(parent, name, cac) : null);
  const aggregates = (parent: XmlElement | null, name: string) => (parent ? childrenNamed(parent, name, cac) : []);
  const text = (parent: XmlElement | null, name: string) => textOf(basic(parent, name));

  const number = requireText(requireChild(root, 'ID', cbc, 'cbc:ID (invoice number)'));
  const issueDate = dateOf(requireChild(root, 'IssueDate', cbc));
  const currency = currencyOf(requireChild(root, 'DocumentCurrencyCode', cbc));
  const typeCodeElement = basic(root, document === 'invoice' ? 'InvoiceTypeCode' : 'CreditNoteTypeCode');
  const typeCode = textOf(typeCodeElement);

  if (document === 'invoice' && typeCode !== null) {
    if (typeCode === '386') {
      return refuse(
        'advance_invoice',
        `${number} is a prepayment invoice (type 386): it asks for an advance towards an order, and whatever remains is collected through the final invoice, so there is nothing to follow up on it.`,
      );
    }
    if (typeCode === '325') {
      return refuse('not_payable_document', `${number} is a pro forma invoice (type 325): it asks for no payment of its own.`);
    }
    if (!INVOICE_TYPE_CODES.has(typeCode)) {
      return refuse('not_payable_document', `${number} has the document type code ${typeCode}, which is not an invoice Duly follows up.`);
    }
  }

  const totals = requireChild(root, 'LegalMonetaryTotal', cac);
  const money = (element: XmlElement) => {
    const declared = element.attributes['currencyID'];
    if (declared !== undefined && declared !== currency) {
      badElement(element, `is in ${declared}, but the document currency is ${currency}`);
    }
    return amountOf(element, currency);
  };
  const payableMinor = money(requireChild(totals, 'PayableAmount', cbc));
  const prepaid = basic(totals, 'PrepaidAmount');
  const prepaidMinor = prepaid ? money(prepaid) : 0;
  const inclusive = basic(totals, 'TaxInclusiveAmount');
  const exclusive = basic(totals, 'TaxExclusiveAmount');
  const paymentsRecorded: RecordedPayment[] = prepaidMinor !== 0 ? [{ amountMinor: prepaidMinor, date: null }] : [];

  const kind = kindOf(typeCode);
  if (kind.type === 'invoice' && payableMinor <= 0) {
    if (prepaidMinor > 0) {
      return refuse(
        'already_paid',
        `${number} records ${format(prepaidMinor)} paid in advance and leaves ${format(payableMinor)} to pay, so there is nothing to collect.`,
      );
    }
    return refuse('not_payable_document', `${number} states ${format(payableMinor)} to pay, so there is nothing to collect.`);
  }

  const paymentMeans = aggregates(root, 'PaymentMeans');
  const paymentTerms = aggregates(root, 'PaymentTerms');
  // cbc:DueDate is the invoice's own; credit notes (and some invoices) put it in the
  // payment means or terms instead. With several, the latest is when all is due.
  const dueDates = [
    basic(root, 'DueDate'),
    ...paymentMeans.map((m) => basic(m, 'PaymentDueDate')),
    ...paymentTerms.map((t) => basic(t, 'PaymentDueDate')),
  ]
    .filter((e): e is XmlElement => e !== null)
    .map(dateOf)
    .sort();
  const dueDate = dueDates.at(-1) ?? null;
  const termsText = paymentTerms.flatMap((t) => childrenNamed(t, 'Note', cbc).map((n) => textOf(n))).filter(Boolean);

  const taxTotal = aggregates(root, 'TaxTotal')
    .map((t) => basic(t, 'TaxAmount'))
    .find((amount) => amount !== null && (amount.attributes['currencyID'] ?? currency) === currency);
  const delivery = aggregate(root, 'Delivery');
  const actualDelivery = basic(delivery, 'ActualDeliveryDate');
  const periodEnd = basic(aggregate(root, 'InvoicePeriod'), 'EndDate');

  const invoice: EInvoice = {
    source,
    kind,
    number,
    issueDate,
    saleDate: actualDelivery ? dateOf(actualDelivery) : periodEnd ? dateOf(periodEnd) : null,
    dueDate,
    dueDateSource: dueDate ? 'document' : 'customer-terms',
    paymentTerms: termsText.length > 0 ? termsText.join('; ') : null,
    currency,
    // TaxInclusiveAmount is optional in UBL; the payable amount plus what was prepaid equals it.
    grossTotalMinor: inclusive ? money(inclusive) : payableMinor + prepaidMinor,
    netTotalMinor: exclusive ? money(exclusive) : null,
    vatTotalMinor: taxTotal ? money(taxTotal) : null,
    amountDueMinor: payableMinor,
    paymentsRecorded,
    seller: {
      ...partyOf(requireChild(root, 'AccountingSupplierParty', cac), 'seller'),
      bankAccounts: paymentMeans.flatMap((m) => aggregates(m, 'PayeeFinancialAccount')).map(bankAccountOf),
    },
    buyer: partyOf(requireChild(root, 'AccountingCustomerParty', cac), 'buyer'),
    lineCount: childrenNamed(root, document === 'invoice' ? 'InvoiceLine' : 'CreditNoteLine', cac).length,
  };
  return { accepted: true, invoice };

  function refuse(code: EInvoiceRefusalCode, reason: string): EInvoiceRead {
    return { accepted: false, refusal: { code, reason, number, source } };
  }

  function format(amountMinor: number): string {
    return `${minorToDecimalString(amountMinor, currency)} ${currency}`;
  }

  function kindOf(code: string | null): EInvoiceKind {
    const corrects: ReferencedInvoice[] = aggregates(root, 'BillingReference').flatMap((reference) => {
      const invoiceReference = aggregate(reference, 'InvoiceDocumentReference');
      if (!invoiceReference) return [];
      const date = basic(invoiceReference, 'IssueDate');
      return [
        {
          number: requireText(requireChild(invoiceReference, 'ID', cbc)),
          issueDate: date ? dateOf(date) : null,
          ksefNumber: null,
        },
      ];
    });
    if (document === 'creditNote') return { type: 'creditNote', corrects };
    if (code === '384') {
      if (corrects.length === 0) badElement(root, 'is a corrected invoice (type 384) without cac:BillingReference to the invoice it corrects');
      return { type: 'correction', corrects, reason: null };
    }
    return { type: 'invoice' };
  }

  function bankAccountOf(account: XmlElement): BankAccount {
    const raw = requireText(requireChild(account, 'ID', cbc, 'cbc:ID (account number)'));
    const compact = raw.replace(/[\s-]/g, '').toUpperCase();
    const valid = isValidIban(compact);
    return {
      number: valid || /^\d{26}$/.test(compact) ? normalizeIban(compact) : compact,
      validIban: valid,
      bic: text(aggregate(account, 'FinancialInstitutionBranch'), 'ID'),
      holder: 'seller',
    };
  }

  function partyOf(role: XmlElement, which: 'seller' | 'buyer'): EInvoiceParty {
    const party = requireChild(role, 'Party', cac, 'cac:Party');
    const address = aggregate(party, 'PostalAddress');
    const country = text(aggregate(address, 'Country'), 'IdentificationCode');
    const cityLine = [text(address, 'PostalZone'), text(address, 'CityName')].filter(Boolean).join(' ');
    const addressLines = [
      text(address, 'StreetName'),
      text(address, 'AdditionalStreetName'),
      ...aggregates(address, 'AddressLine').map((l) => text(l, 'Line')),
      cityLine || null,
    ].filter((l): l is string => l !== null);
    // An identification without a scheme is the seller's own number for the buyer.
    const ownNumber = aggregates(party, 'PartyIdentification')
      .map((p) => basic(p, 'ID'))
      .find((id) => id !== null && id.attributes['schemeID'] === undefined);
    return {
      name: text(aggregate(party, 'PartyLegalEntity'), 'RegistrationName') ?? text(aggregate(party, 'PartyName'), 'Name'),
      taxId: taxIdOf(party, country),
      country,
      addressLines,
      customerNumber: which === 'buyer' ? textOf(ownNumber ?? null) : null,
    };
  }

  function taxIdOf(party: XmlElement, country: string | null): TaxId | null {
    const vatScheme = aggregates(party, 'PartyTaxScheme').find((s) => text(aggregate(s, 'TaxScheme'), 'ID') === 'VAT');
    const vatId = basic(vatScheme ?? null, 'CompanyID');
    if (vatId) {
      const value = requireText(vatId).toUpperCase().replace(/[\s.\-]/g, '');
      const prefix = /^[A-Z]{2}/.exec(value)?.[0];
      if (prefix === 'PL' && /^PL\d{10}$/.test(value)) return { type: 'nip', value: value.slice(2) };
      if (prefix) return { type: 'vat', value, country: prefix };
      if (country === 'PL' && /^\d{10}$/.test(value)) return { type: 'nip', value };
      return { type: 'other', value, country, scheme: 'VAT' };
    }
    // Without a VAT id: the legal registration number, else the electronic address.
    const legal = basic(aggregate(party, 'PartyLegalEntity'), 'CompanyID') ?? basic(party, 'EndpointID');
    const value = textOf(legal);
    if (!legal || value === null) return null;
    return { type: 'other', value, country, scheme: legal.attributes['schemeID'] ?? null };
  }
}
