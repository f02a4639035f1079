// The clues a credit line carries, each with how much it alone says: references and
// numbers that name invoices, and the account, tax id and name that name the payer.
// Every clue is found by a key lookup, never by looking through all invoices.
import { invoiceIdPrefixOf, isValidCreditorReference, normalizeCreditorReference } from '../creditor-reference';
import { normalizeIban } from '../iban';
import { invoiceNumberKey, isOneSlipApart, isShortNumberKey, numberKeysInText } from './invoice-number';
import { nameSimilarity, nameTokens } from './payer-name';
import { creditorReferencesInText, splitPaymentInvoiceNumber, taxIdsInText } from './title-clues';
import type { CreditLine, MatchingLookup, NoMatchReason, OpenInvoice } from './types';

export type InvoiceClueCode =
  | 'creditorReference'
  | 'splitPaymentInvoice'
  | 'invoiceNumberInTitle'
  | 'shortInvoiceNumberInTitle'
  | 'similarInvoiceNumber';
export type PayerClueCode = 'knownPayerAccount' | 'payerTaxId' | 'similarPayerName';

// How much each clue alone says that the invoice (or customer) is the right one; the
// matcher combines them as independent evidence.
export const invoiceClueWeight: Record<InvoiceClueCode, number> = {
  creditorReference: 0.99,
  splitPaymentInvoice: 0.97,
  invoiceNumberInTitle: 0.85,
  shortInvoiceNumberInTitle: 0.35,
  similarInvoiceNumber: 0.5,
};
const accountWeight = 0.9;
const taxIdWeight = 0.9;
const nameWeight = 0.8;
const minimumNameSimilarity = 0.6;
// Name tokens shared by more customers than this ("Nowak", "Handel") find no one in particular.
const maxCustomersPerNameToken = 50;

export type InvoiceClue = { code: InvoiceClueCode; text: string };
export type PayerClue = { code: PayerClueCode; weight: number; text: string };
export type InvoiceClues = Map<string, { invoice: OpenInvoice; clues: InvoiceClue[] }>;

function addInvoiceClue(clues: InvoiceClues, line: CreditLine, invoice: OpenInvoice, clue: InvoiceClue): void {
  if (invoice.currency !== line.currency) return;
  const entry = clues.get(invoice.id);
  if (!entry) clues.set(invoice.id, { invoice, clues: [clue] });
  else if (!entry.clues.some((c) => c.code === clue.code)) entry.clues.push(clue);
}

/** The strongest clue among these; `direct` leaves out numbers that are only similar. */
export function bestInvoiceClue(clues: readonly InvoiceClue[], direct: boolean): InvoiceClue | undefined {
  let best: InvoiceClue | undefined;
  for (const clue of clues) {
    if (direct && clue.code === 'similarInvoiceNumber') continue;
    if (!best || invoiceClueWeight[clue.code] > invoiceClueWeight[best.code]) best = clue;
  }
  return best;
}

/** Invoices named by a creditor reference, the split-payment `/INV/` field or a number in the title. */
export function invoiceCluesOf(
  line: CreditLine,
  text: string,
  numberKeys: readonly string[],
  lookup: MatchingLookup,
): { invoiceClues: InvoiceClues; unknownReferences: NoMatchReason[] } {
  const invoiceClues: InvoiceClues = new Map();
  const unknownReferences: NoMatchReason[] = [];
  const references = creditorReferencesInText(text);
  if (line.structuredReference) {
    const structured = normalizeCreditorReference(line.structuredReference);
    if (isValidCreditorReference(structured) && !references.includes(structured)) references.unshift(structured);
  }
  for (const reference of references) {
    const prefix = invoiceIdPrefixOf(reference);
    const invoices = prefix === null ? [] : lookup.invoicesByIdPrefix(prefix);
    if (invoices.length === 0) {
      unknownReferences.push({ code: 'unknownCreditorReference', text: `the creditor reference ${reference} belongs to no open invoice` });
    }
    for (const invoice of invoices) {
      addInvoiceClue(invoiceClues, line, invoice, { code: 'creditorReference', text: `creditor reference ${reference} of invoice ${invoice.number}` });
    }
  }

  const splitNumber = splitPaymentInvoiceNumber(line.title);
  if (splitNumber !== null) {
    const key = invoiceNumberKey(splitNumber);
    for (const invoice of key === '' ? [] : lookup.invoicesByNumberKey(key)) {
      addInvoiceClue(invoiceClues, line, invoice, { code: 'splitPaymentInvoice', text: `split payment for invoice ${invoice.number}` });
    }
  }

  for (const key of numberKeys) {
    for (const invoice of lookup.invoicesByNumberKey(key)) {
      const code = isShortNumberKey(key) ? 'shortInvoiceNumberInTitle' : 'invoiceNumberInTitle';
      addInvoiceClue(invoiceClues, line, invoice, { code, text: `invoice number ${invoice.number} in the title` });
    }
  }
  return { invoiceClues, unknownReferences };
}

/**
 * Adds a clue to each invoice in view that a number in the title misses by one slip
 * ("FV/2026/03/0021" for "FV/2026/03/0012"); looking only at invoices already in view
 * keeps this cheap.
 */
export function addSimilarNumberClues(
  invoiceClues: InvoiceClues,
  line: CreditLine,
  numberKeys: readonly string[],
  inView: Iterable<OpenInvoice>,
): void {
  const longKeys = numberKeys.filter((key) => !isShortNumberKey(key));
  if (longKeys.length === 0) return;
  for (const invoice of inView) {
    if (invoiceClues.get(invoice.id)?.clues.some((c) => c.code !== 'similarInvoiceNumber')) continue;
    const key = invoiceNumberKey(invoice.number);
    const near = longKeys.find((k) => isOneSlipApart(k, key));
    if (near !== undefined) {
      addInvoiceClue(invoiceClues, line, invoice, {
        code: 'similarInvoiceNumber',
        text: `"${near}" in the title is one slip away from invoice ${invoice.number}`,
      });
    }
  }
}

/** Customers the payer may be: by an account known from earlier payments, a tax id in the title, a similar name. */
export function payerCluesOf(line: CreditLine, text: string, lookup: MatchingLookup): Map<string, PayerClue[]> {
  const payerClues = new Map<string, PayerClue[]>();
  const addPayerClue = (customerId: string, clue: PayerClue) => {
    const list = payerClues.get(customerId);
    if (!list) payerClues.set(customerId, [clue]);
    else if (!list.some((c) => c.code === clue.code)) list.push(clue);
  };
  if (line.counterpartyAccount) {
    const account = normalizeIban(line.counterpartyAccount);
    for (const customerId of lookup.customersByAccount(account)) {
      addPayerClue(customerId, { code: 'knownPayerAccount', weight: accountWeight, text: `paid from account ${account}, known from earlier payments` });
    }
  }
  for (const taxId of taxIdsInText(text)) {
    for (const customerId of lookup.customersByTaxId(taxId)) {
      addPayerClue(customerId, { code: 'payerTaxId', weight: taxIdWeight, text: `tax id ${taxId} of the customer in the title` });
    }
  }
  const payerTokens = nameTokens(line.counterpartyName ?? '');
  const namedCustomers = new Set<string>();
  for (const token of payerTokens) {
    const customers = lookup.customersByNameToken(token);
    if (customers.length <= maxCustomersPerNameToken) for (const id of customers) namedCustomers.add(id);
  }
  for (const customerId of namedCustomers) {
    const payer = lookup.payer(customerId);
    if (!payer) continue;
    const similarity = nameSimilarity(payerTokens, nameTokens(payer.name));
    if (similarity >= minimumNameSimilarity) {
      addPayerClue(customerId, {
        code: 'similarPayerName',
        weight: nameWeight * similarity,
        text: `payer "${line.counterpartyName}" resembles the customer "${payer.name}" (${Math.round(similarity * 100)}%)`,
      });
    }
  }
  return payerClues;
}
