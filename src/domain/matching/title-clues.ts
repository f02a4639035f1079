// What a transfer title says besides free text: creditor references, the fields of a
// Polish split payment ("/VAT/23,00/IDC/5260250274/INV/FV 12/2026/TXT/..."), and tax
// ids of the payer.
import { isValidCreditorReference, normalizeCreditorReference } from '../creditor-reference';
import { isValidNip, looksLikeVatId, normalizeVatId } from '../tax-ids';
import { foldText } from './text-folding';

/** The canonical form a tax id is looked up by: ten digits for a Polish NIP, else the VAT id. */
export function taxIdKey(taxId: string): string {
  const vat = normalizeVatId(taxId);
  return /^(?:PL)?\d{10}$/.test(vat) ? vat.slice(-10) : vat;
}

/** Valid ISO 11649 references found in the text (spaces inside allowed), canonical. */
export function creditorReferencesInText(text: string): string[] {
  const compact = normalizeCreditorReference(text);
  const found = new Set<string>();
  for (const match of compact.matchAll(/RF\d{2}[0-9A-F]{16}/g)) {
    if (isValidCreditorReference(match[0])) found.add(match[0]);
  }
  return [...found];
}

/**
 * The `/INV/` field of a split-payment title; null when there is none. (Its `/IDC/` field
 * is the seller's tax id — ours — so it says nothing about who paid.)
 */
export function splitPaymentInvoiceNumber(title: string): string | null {
  const folded = foldText(title);
  // The invoice number may itself hold slashes; it ends where the next field begins.
  const invoice = /\/INV\/(.*?)(?:\/(?:TXT|VAT|IDC|NIP)\/|$)/.exec(folded);
  return invoice?.[1]?.trim().replace(/\/$/, '') || null;
}

/** NIPs (with a correct check digit) and EU VAT ids written in the text, as lookup keys. */
export function taxIdsInText(text: string): string[] {
  const found = new Set<string>();
  const folded = foldText(text);
  for (const match of folded.matchAll(/(?<![0-9])\d{3}[- ]?\d{3}[- ]?\d{2}[- ]?\d{2}(?![0-9])/g)) {
    const digits = match[0].replace(/[- ]/g, '');
    if (isValidNip(digits)) found.add(digits);
  }
  for (const match of folded.matchAll(/\b[A-Z]{2}[0-9A-Z]{8,12}\b/g)) {
    if (/\d{6}/.test(match[0]) && looksLikeVatId(match[0])) found.add(taxIdKey(match[0]));
  }
  return [...found];
}
