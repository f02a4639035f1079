// "The payment QR code of this transfer": the currency picks the standard (PLN → the
// Polish ZBP code, EUR → the EPC code) and the code becomes a PNG, inline in an e-mail
// and printed on a letter. Other currencies have no code a banking app would read.
import QRCode from 'qrcode';
import type { CurrencyCode } from '../../domain/money';
import { buildEpcPayload } from './epc-transfer';
import type { PaymentTransfer, QrRefusal } from './payment-transfer';
import { buildZbpPayload, zbpMaxAmountMinor } from './zbp-transfer';

export type PaymentQrStandard = 'zbp' | 'epc';

export type PaymentQrOptions = {
  /**
   * A PLN amount above 9 999,99 zł does not fit the Polish code: refuse it (the
   * default), or make the code without the amount so the payer types it.
   */
  amountAboveLimit?: 'refuse' | 'payerTypesIt';
  /** Pixels per module of the PNG. */
  scale?: number;
};

export type PaymentQrPayload = {
  standard: PaymentQrStandard;
  payload: string;
  /** False when the code leaves the amount to the payer. */
  carriesAmount: boolean;
};

export type PaymentQr = PaymentQrPayload & { png: Uint8Array };

/** The standard a payment in the currency is encoded with, or null when none is. */
export function paymentQrStandard(currency: CurrencyCode): PaymentQrStandard | null {
  if (currency === 'PLN') return 'zbp';
  if (currency === 'EUR') return 'epc';
  return null;
}

/** The text of the transfer's payment code, or the field that cannot be encoded. */
export function buildPaymentQrPayload(
  transfer: PaymentTransfer,
  options: PaymentQrOptions = {},
): ({ ok: true } & PaymentQrPayload) | QrRefusal {
  const standard = paymentQrStandard(transfer.currency);
  if (standard === null) {
    return { ok: false, problem: { field: 'currency', message: `no payment QR code standard carries ${transfer.currency}; PLN and EUR have one` } };
  }
  let effective = transfer;
  if (standard === 'zbp' && options.amountAboveLimit === 'payerTypesIt' && (transfer.amountMinor ?? 0) > zbpMaxAmountMinor) {
    effective = { ...transfer, amountMinor: null };
  }
  const built = standard === 'zbp' ? buildZbpPayload(effective) : buildEpcPayload(effective);
  if (!built.ok) return built;
  return { ok: true, standard, payload: built.payload, carriesAmount: effective.amountMinor !== null };
}

/** The transfer's payment code as a PNG, or the field that cannot be encoded. */
export async function renderPaymentQr(
  transfer: PaymentTransfer,
  options: PaymentQrOptions = {},
): Promise<({ ok: true } & PaymentQr) | QrRefusal> {
  const built = buildPaymentQrPayload(transfer, options);
  if (!built.ok) return built;
  const png = await qrCodePng(built.payload, options.scale);
  return { ...built, png };
}

/**
 * A QR code PNG of the text: its UTF-8 bytes as one byte segment (the form the EPC's
 * 331-byte limit is counted in and every banking app reads), error correction level M
 * (required by the EPC, and enough for a printed page), and the four-module quiet zone
 * the QR standard asks for.
 */
export async function qrCodePng(text: string, scale = 6): Promise<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  const png = await QRCode.toBuffer([{ data: bytes, mode: 'byte' }], {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: 4,
    scale,
  });
  return new Uint8Array(png);
}
