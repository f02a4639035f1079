// The transfer title a message asks the customer to use: the invoice numbers, so the
// payment can be matched to them when it arrives — and for a single invoice its payment
// reference first, which matches it exactly. Banks cut titles at 140 characters
// (SEPA, Elixir) and some payment codes even shorter, so a long list is shortened to
// the numbers that fit and a count of the rest ("FV/1, FV/2 +5") — never cut mid-number.

import { invoicePaymentReference } from '../creditor-reference';

/** The longest transfer title banks take. */
export const maxTransferTitleLength = 140;

/** The invoice numbers as a transfer title of at most `maxLength` characters. */
export function transferTitle(invoiceNumbers: readonly string[], maxLength = maxTransferTitleLength): string {
  const numbers = [...new Set(invoiceNumbers.map((n) => n.trim()).filter((n) => n !== ''))];
  const whole = numbers.join(', ');
  if (whole.length <= maxLength) return whole;
  for (let shown = numbers.length - 1; shown >= 1; shown--) {
    const title = `${numbers.slice(0, shown).join(', ')} +${numbers.length - shown}`;
    if (title.length <= maxLength) return title;
  }
  // Not even one number fits beside the count (a number of 130 characters?): cut it.
  const rest = numbers.length > 1 ? ` +${numbers.length - 1}` : '';
  return `${numbers[0]!.slice(0, Math.max(0, maxLength - rest.length))}${rest}`;
}

/** The title of one transfer: "RF… number" for a single invoice, the numbers for several. */
export function paymentTitle(payment: { invoiceIds: readonly string[]; invoiceNumbers: readonly string[] }, maxLength = maxTransferTitleLength): string {
  if (payment.invoiceIds.length !== 1) return transferTitle(payment.invoiceNumbers, maxLength);
  return transferTitle([`${invoicePaymentReference(payment.invoiceIds[0]!)} ${payment.invoiceNumbers[0]!.trim()}`], maxLength);
}
