// The ISO 11649 creditor reference ("RF18 5390 0754 7034"): "RF", two check digits
// and up to 21 letters or digits, checked with the same mod-97 rule as an IBAN. Banks
// across SEPA match a payment carrying one to its invoice without reading free text.
// Every invoice gets one, made from its id.

const maxBaseLength = 21;

function mod97(text: string): number {
  let remainder = 0;
  for (const ch of text) {
    const digits = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}

/** Canonical form: upper case, no spaces. */
export function normalizeCreditorReference(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

/** True for a well-formed reference with correct check digits. */
export function isValidCreditorReference(text: string): boolean {
  const reference = normalizeCreditorReference(text);
  if (!new RegExp(`^RF\\d{2}[A-Z0-9]{1,${maxBaseLength}}$`).test(reference)) return false;
  return mod97(reference.slice(4) + reference.slice(0, 4)) === 1;
}

/**
 * The reference for a creditor's own identifier (an invoice number without its
 * punctuation, a customer number); null when the identifier has other characters or
 * more than 21 of them.
 */
export function creditorReferenceFor(identifier: string): string | null {
  const base = normalizeCreditorReference(identifier);
  if (!new RegExp(`^[A-Z0-9]{1,${maxBaseLength}}$`).test(base)) return null;
  const check = 98 - mod97(`${base}RF00`);
  return `RF${String(check).padStart(2, '0')}${base}`;
}

/**
 * The reference every invoice carries in messages and payment codes, so a payment that
 * quotes it finds its invoice without reading the title: the first 16 hex digits of the
 * invoice's id (unique enough — 64 random bits — and stable, with nothing to store).
 */
export function invoicePaymentReference(invoiceId: string): string {
  const base = invoiceId.replace(/-/g, '').slice(0, 16);
  const reference = creditorReferenceFor(base);
  if (reference === null) throw new Error(`not an invoice id: ${invoiceId}`);
  return reference;
}

/** The start of the invoice id a payment reference was made from, in lower case; null for another kind of reference. */
export function invoiceIdPrefixOf(reference: string): string | null {
  const normalized = normalizeCreditorReference(reference);
  if (!isValidCreditorReference(normalized) || !/^RF\d{2}[0-9A-F]{16}$/.test(normalized)) return null;
  return normalized.slice(4).toLowerCase();
}
