// The EPC QR code for a SEPA credit transfer (EPC069-12, "GiroCode"): elements on
// separate lines, in this order:
//   BCD | version 002 | character set 1 (UTF-8) | SCT | BIC (may be empty in 002) |
//   beneficiary name (≤ 70) | IBAN | "EUR" + amount (optional) | purpose (≤ 4) |
//   structured reference (≤ 35) or unstructured remittance (≤ 140), never both |
//   information for the payer (≤ 70)
// with nothing after the last element given, and 331 bytes at most. The guidelines
// name no cutting rule, so text that does not fit is refused, naming the field.
import { isValidIban, normalizeIban } from '../../domain/iban';
import { minorToDecimalString } from '../../domain/money';
import { isValidCreditorReference, normalizeCreditorReference } from '../../domain/creditor-reference';
import { characterCount, fieldText, refuse, type PaymentTransfer, type QrPayloadResult, type QrRefusal } from './payment-transfer';

const separator = '\n';

/** The most bytes the code may hold: what a version 13 symbol at level M carries. */
export const epcMaxPayloadBytes = 331;

export const epcFieldLengths = {
  recipientName: 70,
  creditorReference: 35,
  remittanceText: 140,
  payerInformation: 70,
} as const;

/** Cents: the guidelines allow EUR 0.01 to EUR 999 999 999.99. */
export const epcMaxAmountMinor = 99_999_999_999;

/** The elements of an EPC code, as a banking app reads them. */
export type EpcFields = {
  version: '001' | '002';
  characterSet: number;
  bic: string;
  recipientName: string;
  iban: string;
  /** null when the code leaves the amount to the payer. */
  amountMinor: number | null;
  purpose: string;
  creditorReference: string;
  remittanceText: string;
  payerInformation: string;
};

/** The code's text for a EUR transfer, or the field that cannot be encoded. */
export function buildEpcPayload(transfer: PaymentTransfer): QrPayloadResult {
  if (transfer.currency !== 'EUR') return refuse('currency', `the EPC code carries EUR only, not ${transfer.currency}`);

  const iban = normalizeIban(transfer.iban);
  if (!isValidIban(iban)) return refuse('iban', `"${transfer.iban}" is not a valid IBAN`);

  const bic = (transfer.bic ?? '').replace(/\s+/g, '').toUpperCase();
  if (bic !== '' && !/^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(bic)) {
    return refuse('bic', `"${transfer.bic}" is not a BIC (8 or 11 letters and digits)`);
  }

  const name = fieldText(transfer.recipientName, separator);
  if (!name.ok) return refuse('recipientName', name.message);
  if (name.text === '') return refuse('recipientName', 'is required');
  if (characterCount(name.text) > epcFieldLengths.recipientName) {
    return refuse('recipientName', `has ${characterCount(name.text)} characters, the EPC code holds ${epcFieldLengths.recipientName}`);
  }

  let amount = '';
  if (transfer.amountMinor !== null) {
    if (!Number.isSafeInteger(transfer.amountMinor) || transfer.amountMinor <= 0 || transfer.amountMinor > epcMaxAmountMinor) {
      return refuse('amountMinor', 'must be from 1 cent to EUR 999 999 999.99; leave it out to let the payer type the amount');
    }
    amount = `EUR${minorToDecimalString(transfer.amountMinor, 'EUR')}`;
  }

  const remittance = remittanceElements(transfer);
  if (!remittance.ok) return remittance;

  const elements = ['BCD', '002', '1', 'SCT', bic, name.text, iban, amount, '', remittance.reference, remittance.text];
  while (elements.at(-1) === '') elements.pop();
  const payload = elements.join(separator);

  const bytes = new TextEncoder().encode(payload).length;
  if (bytes > epcMaxPayloadBytes) {
    return refuse(remittance.reference ? 'recipientName' : 'title', `makes the code ${bytes} bytes long, the EPC code holds ${epcMaxPayloadBytes}`);
  }
  return { ok: true, payload };
}

// A creditor reference, when there is one, replaces the title: the guidelines allow
// only one of the two.
function remittanceElements(
  transfer: PaymentTransfer,
): { ok: true; reference: string; text: string } | QrRefusal {
  if (transfer.creditorReference) {
    const reference = normalizeCreditorReference(transfer.creditorReference);
    if (!isValidCreditorReference(reference)) {
      return refuse('creditorReference', `"${transfer.creditorReference}" is not an ISO 11649 creditor reference (RF…)`);
    }
    return { ok: true, reference, text: '' };
  }
  const title = fieldText(transfer.title, separator);
  if (!title.ok) return refuse('title', title.message);
  if (characterCount(title.text) > epcFieldLengths.remittanceText) {
    return refuse('title', `has ${characterCount(title.text)} characters, the EPC code holds ${epcFieldLengths.remittanceText}`);
  }
  return { ok: true, reference: '', text: title.text };
}

/** Reads an EPC code's text; null when it is not a well-formed SEPA credit transfer code. */
export function readEpcPayload(payload: string): EpcFields | null {
  if (new TextEncoder().encode(payload).length > epcMaxPayloadBytes) return null;
  const lines = payload.split(/\r?\n/);
  if (lines.length < 7 || lines.length > 12) return null;
  const [service, version, characterSet, identification, bic, recipientName, iban] = lines as [
    string, string, string, string, string, string, string,
  ];
  const [amount = '', purpose = '', creditorReference = '', remittanceText = '', payerInformation = ''] = lines.slice(7);
  if (service !== 'BCD' || (version !== '001' && version !== '002') || !/^[1-8]$/.test(characterSet) || identification !== 'SCT') return null;
  if ((version === '001' && bic === '') || recipientName === '' || iban === '') return null;
  if (creditorReference !== '' && remittanceText !== '') return null;
  let amountMinor: number | null = null;
  if (amount !== '') {
    const match = /^EUR(\d{1,9})(?:\.(\d{1,2}))?$/.exec(amount);
    if (!match) return null;
    amountMinor = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  }
  return {
    version,
    characterSet: Number(characterSet),
    bic,
    recipientName,
    iban,
    amountMinor,
    purpose,
    creditorReference,
    remittanceText,
    payerInformation,
  };
}
