// What a payment QR code tells the payer's banking app: who is paid, into which
// account, how much and with which transfer title. The Polish code and the EPC code
// read the same description; each takes the fields its standard has room for.
import type { CurrencyCode } from '../../domain/money';

export type PaymentTransfer = {
  currency: CurrencyCode;
  /** Minor units (grosze, cents); null leaves the amount for the payer to type. */
  amountMinor: number | null;
  /** The creditor, who receives the transfer, as the payer's bank shows it. */
  recipientName: string;
  /** The creditor's account; a bare 26-digit Polish NRB counts as an IBAN. */
  iban: string;
  /** The creditor's Polish tax id (NIP); only the Polish code carries it. */
  recipientTaxId?: string | null;
  /** The BIC of the creditor's bank; only the EPC code carries it, and may leave it out. */
  bic?: string | null;
  /** The transfer title that names the invoices. */
  title: string;
  /**
   * An ISO 11649 creditor reference ("RF…"). The EPC code carries it instead of the
   * title: a reference lets the creditor's bank match the payment without reading text.
   */
  creditorReference?: string | null;
};

/** A field that cannot be put into the code, and why. */
export type QrFieldProblem = { field: keyof PaymentTransfer; message: string };

export type QrRefusal = { ok: false; problem: QrFieldProblem };

export type QrPayloadResult = { ok: true; payload: string } | QrRefusal;

export const refuse = (field: keyof PaymentTransfer, message: string): QrRefusal => ({
  ok: false,
  problem: { field, message },
});

/** Length in characters as the standards count them (code points, not UTF-16 units). */
export const characterCount = (text: string): number => [...text].length;

/**
 * Free text as a code field: whitespace runs (line breaks included) become one space,
 * since a line break in a title is layout, not content; other control characters and
 * the standard's separator cannot be carried, so they are refused, not dropped.
 */
export function fieldText(text: string, separator: string): { ok: true; text: string } | { ok: false; message: string } {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  if (/[\u0000-\u001f\u007f]/.test(collapsed)) return { ok: false, message: 'contains a control character' };
  if (collapsed.includes(separator)) return { ok: false, message: `contains "${separator}", the field separator of the code` };
  return { ok: true, text: collapsed };
}
