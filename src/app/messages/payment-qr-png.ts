// Draws the payment QR code a message carries, with the codes of src/formats/qr. An
// amount too large for the Polish code leaves the amount for the payer to type: the
// account and title alone still spare them the error-prone part.
import type { PaymentQrInput } from '../../domain/messages/payment-qr-input';
import { renderPaymentQr } from '../../formats/qr/payment-qr';

/** The PNG of the transfer's payment code, or null when no standard carries it (currency, characters). */
export async function paymentQrPng(input: PaymentQrInput): Promise<Uint8Array | null> {
  const drawn = await renderPaymentQr(
    {
      currency: input.currency,
      amountMinor: input.amountMinor,
      recipientName: input.recipientName,
      iban: input.iban,
      recipientTaxId: input.recipientTaxId,
      title: input.title,
      creditorReference: input.creditorReference,
    },
    { amountAboveLimit: 'payerTypesIt' },
  );
  return drawn.ok ? drawn.png : null;
}
