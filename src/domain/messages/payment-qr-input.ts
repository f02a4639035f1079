// What a payment QR code encodes: one transfer, ready for the payer's banking app. A
// message about invoices in two currencies asks for two transfers, which no single
// code can carry, so such a message goes without one.
import { paymentsOf, type MessageFacts } from './message-facts';
import { invoicePaymentReference } from '../creditor-reference';
import { paymentTitle } from './transfer-title';

export type PaymentQrInput = {
  currency: string;
  amountMinor: number;
  /** Normalized IBAN (no spaces). */
  iban: string;
  recipientName: string;
  recipientTaxId: string | null;
  /** ISO 3166 alpha-2 country of the recipient. */
  recipientCountry: string;
  /** Up to 140 characters; a code with a shorter field shortens it itself. */
  title: string;
  /** The invoice's payment reference when the transfer pays exactly one; the EPC code carries it instead of the title. */
  creditorReference: string | null;
};

/** The transfer the message's QR code should carry, or null when there is no single one to encode. */
export function paymentQrInput(facts: Pick<MessageFacts, 'items' | 'bankAccounts' | 'creditor'>): PaymentQrInput | null {
  const payments = paymentsOf(facts);
  const [payment] = payments;
  if (payments.length !== 1 || !payment || !payment.account || payment.openAmountMinor <= 0) return null;
  return {
    currency: payment.currency,
    amountMinor: payment.openAmountMinor,
    iban: payment.account.iban.replace(/\s/g, '').toUpperCase(),
    recipientName: facts.creditor.name,
    recipientTaxId: facts.creditor.taxId,
    recipientCountry: facts.creditor.country,
    title: paymentTitle(payment),
    creditorReference: payment.invoiceIds.length === 1 ? invoicePaymentReference(payment.invoiceIds[0]!) : null,
  };
}
