// The Polish bank-transfer 2D code, as the Polish Bank Association (ZBP) recommends it
// and Polish banking apps read it: nine fields separated by "|":
//   recipient NIP (10 digits, may be empty) | country "PL" | account NRB (26 digits) |
//   amount in grosze (exactly 6 digits) | recipient name (≤ 20) | title (≤ 32) |
//   three reserved fields (≤ 20, ≤ 12, ≤ 24; empty here)
// — at most 160 characters in all. A name or title longer than its field is cut to it:
// the lengths are fixed, and the message prints the whole title beside the code. An
// amount of 000000 leaves the amount for the payer to type.
import { isValidIban, normalizeIban } from '../../domain/iban';
import { isValidNip, normalizeNip } from '../../domain/tax-ids';
import { characterCount, fieldText, refuse, type PaymentTransfer, type QrPayloadResult, type QrRefusal } from './payment-transfer';

const separator = '|';

/** Field lengths of the recommendation, in characters. */
export const zbpFieldLengths = {
  taxId: 10,
  country: 2,
  account: 26,
  amount: 6,
  recipientName: 20,
  title: 32,
  reserved1: 20,
  reserved2: 12,
  reserved3: 24,
} as const;

/** The largest amount six digits of grosze hold: 9 999,99 zł. */
export const zbpMaxAmountMinor = 999_999;

/** The fields of a Polish transfer code, as a banking app reads them. */
export type ZbpFields = {
  taxId: string;
  country: string;
  account: string;
  /** null when the code leaves the amount to the payer (000000). */
  amountMinor: number | null;
  recipientName: string;
  title: string;
  reserved: [string, string, string];
};

/** The code's text for a PLN transfer, or the field that cannot be encoded. */
export function buildZbpPayload(transfer: PaymentTransfer): QrPayloadResult {
  if (transfer.currency !== 'PLN') return refuse('currency', `the Polish transfer code carries PLN only, not ${transfer.currency}`);

  const iban = normalizeIban(transfer.iban);
  if (!iban.startsWith('PL') || !isValidIban(iban)) return refuse('iban', 'needs a valid Polish account number (NRB, 26 digits)');

  let taxId = '';
  if (transfer.recipientTaxId) {
    taxId = normalizeNip(transfer.recipientTaxId);
    if (!isValidNip(taxId)) return refuse('recipientTaxId', `"${transfer.recipientTaxId}" is not a valid NIP`);
  }

  const amount = amountField(transfer.amountMinor);
  if (!amount.ok) return amount;

  const name = cutField(transfer.recipientName, zbpFieldLengths.recipientName);
  if (!name.ok) return refuse('recipientName', name.message);
  const title = cutField(transfer.title, zbpFieldLengths.title);
  if (!title.ok) return refuse('title', title.message);

  const fields = [taxId, 'PL', iban.slice(2), amount.digits, name.text, title.text, '', '', ''];
  return { ok: true, payload: fields.join(separator) };
}

function amountField(amountMinor: number | null): { ok: true; digits: string } | QrRefusal {
  if (amountMinor === null) return { ok: true, digits: '0'.repeat(zbpFieldLengths.amount) };
  if (!Number.isSafeInteger(amountMinor) || amountMinor <= 0) {
    return refuse('amountMinor', 'must be a positive number of grosze; leave it out to let the payer type the amount');
  }
  if (amountMinor > zbpMaxAmountMinor) {
    return refuse('amountMinor', 'is above 9 999,99 zł, the most the Polish code holds; leave it out to let the payer type the amount');
  }
  return { ok: true, digits: String(amountMinor).padStart(zbpFieldLengths.amount, '0') };
}

function cutField(text: string, maxCharacters: number): { ok: true; text: string } | { ok: false; message: string } {
  const field = fieldText(text, separator);
  if (!field.ok) return field;
  if (field.text === '') return { ok: false, message: 'is required' };
  return { ok: true, text: [...field.text].slice(0, maxCharacters).join('').trimEnd() };
}

/** Reads a Polish transfer code's text; null when it is not one. */
export function readZbpPayload(payload: string): ZbpFields | null {
  const parts = payload.split(separator);
  if (parts.length !== 9 || characterCount(payload) > 160) return null;
  const [taxId, country, account, amount, recipientName, title, reserved1, reserved2, reserved3] = parts as [
    string, string, string, string, string, string, string, string, string,
  ];
  if (!/^(\d{10})?$/.test(taxId) || !/^[A-Z]{2}$/.test(country) || !/^\d{26}$/.test(account) || !/^\d{6}$/.test(amount)) return null;
  const lengths = zbpFieldLengths;
  if (
    characterCount(recipientName) > lengths.recipientName || characterCount(title) > lengths.title ||
    characterCount(reserved1) > lengths.reserved1 || characterCount(reserved2) > lengths.reserved2 ||
    characterCount(reserved3) > lengths.reserved3
  ) return null;
  const amountMinor = Number(amount);
  return {
    taxId,
    country,
    account,
    amountMinor: amountMinor === 0 ? null : amountMinor,
    recipientName,
    title,
    reserved: [reserved1, reserved2, reserved3],
  };
}
