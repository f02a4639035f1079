// What a corrective invoice (KSeF KOR, UBL 384) or a UBL credit note does to the
// invoices it corrects. A decrease is a credit note allocated to them, the way a
// credit note entered by hand is, so what was paid stays paid; an increase is a new
// invoice for the difference, numbered as the correction, so that re-importing the
// original invoice cannot undo it and re-importing the correction changes nothing.
import type { EInvoice } from '../../formats/einvoices/e-invoice';
import type { Db } from '../../store/database';
import { findCreditNoteByNumber, insertCreditNote } from '../../store/credit-notes';
import { findInvoiceByNumber, type InvoiceRow } from '../../store/invoices';
import type { Actor } from '../actor';
import { allocateWithin } from '../allocate';

export type CorrectionOutcome =
  | { outcome: 'skipped'; reason: string }
  | { outcome: 'creditNote'; created: boolean; corrects: string[]; changeMinor: number }
  | { outcome: 'increase'; corrected: InvoiceRow; corrects: string[]; changeMinor: number }
  | { outcome: 'error'; message: string };

const importer: Actor = { userId: null, via: 'system' };

/** Applies a decrease at once; an increase comes back for the caller to import as an invoice. */
export async function applyCorrection(tx: Db, orgId: string, document: EInvoice, userId: string | null): Promise<CorrectionOutcome> {
  if (document.kind.type === 'invoice') return { outcome: 'error', message: `${document.number} is not a correction` };
  const referenced = document.kind.corrects.map((r) => r.number);
  if (referenced.length === 0) {
    return { outcome: 'skipped', reason: `${document.number} does not name the invoice it corrects, so there is nothing in Duly to adjust` };
  }
  // One after another: a transaction holds one connection, which runs one query at a time.
  const known: InvoiceRow[] = [];
  for (const number of referenced) {
    const row = await findInvoiceByNumber(tx, orgId, number);
    if (row && !known.some((k) => k.id === row.id)) known.push(row);
  }
  if (known.length === 0) {
    const list = referenced.join(', ');
    return { outcome: 'skipped', reason: `${document.number} corrects ${referenced.length > 1 ? 'invoices' : 'invoice'} ${list}, which Duly does not have: import the corrected invoice first` };
  }
  const customerId = known[0]!.customerId;
  if (known.some((row) => row.customerId !== customerId)) {
    return { outcome: 'skipped', reason: `${document.number} corrects invoices of different customers in Duly; record it by hand` };
  }
  const foreign = known.find((row) => row.currency !== document.currency);
  if (foreign) {
    return { outcome: 'skipped', reason: `${document.number} is in ${document.currency} but invoice ${foreign.number} in ${foreign.currency}` };
  }
  // A credit note's totals are what it credits; a correction's are the change.
  const changeMinor = document.kind.type === 'creditNote' ? -document.grossTotalMinor : document.grossTotalMinor;
  const corrects = known.map((row) => row.number);
  if (changeMinor === 0) {
    return { outcome: 'skipped', reason: `${document.number} changes no amount to collect (it corrects other details of ${corrects.join(', ')})` };
  }
  if (changeMinor > 0) {
    if (referenced.includes(document.number)) {
      return { outcome: 'skipped', reason: `${document.number} raises the amount but carries the number of the invoice it corrects; record the increase by hand` };
    }
    return { outcome: 'increase', corrected: known[0]!, corrects, changeMinor };
  }

  const totalMinor = -changeMinor;
  const existing = await findCreditNoteByNumber(tx, orgId, document.number);
  if (existing) {
    if (existing.customerId === customerId && existing.totalMinor === totalMinor && existing.currency === document.currency) {
      return { outcome: 'creditNote', created: false, corrects, changeMinor };
    }
    return { outcome: 'skipped', reason: `credit note ${document.number} is already in Duly with other values; change it there` };
  }
  const note = await insertCreditNote(tx, orgId, {
    customerId,
    number: document.number,
    issueDate: document.issueDate,
    currency: document.currency,
    totalMinor,
    invoiceId: known.length === 1 ? known[0]!.id : null,
    reason: document.kind.type === 'correction' ? document.kind.reason : null,
    source: 'einvoice',
  });
  if (!note) return { outcome: 'error', message: `credit note number ${document.number} is taken` };
  // Spread over the corrected invoices in the document's order, each up to what it has
  // open; what is left over stays on the credit note as the customer's credit.
  let left = totalMinor;
  for (const invoice of known) {
    const amountMinor = invoice.writtenOffAt ? 0 : Math.min(left, invoice.openAmountMinor);
    if (amountMinor <= 0) continue;
    const allocated = await allocateWithin(tx, orgId, { invoiceId: invoice.id, creditNoteId: note.id, amountMinor }, { ...importer, userId });
    if (!allocated.ok) return { outcome: 'error', message: allocated.message };
    left -= amountMinor;
  }
  return { outcome: 'creditNote', created: true, corrects, changeMinor };
}
