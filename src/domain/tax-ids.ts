// Tax identifiers of customers: the Polish NIP (10 digits with a weighted check digit)
// and EU VAT ids (a country prefix and the national number).

const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7];

/** Digits of a NIP as written anywhere: "PL 123-456-32-18" → "1234563218". */
export function normalizeNip(text: string): string {
  return text.replace(/^PL/i, '').replace(/[\s-]/g, '');
}

/** True when the NIP has 10 digits and a correct check digit. */
export function isValidNip(text: string): boolean {
  const nip = normalizeNip(text);
  if (!/^\d{10}$/.test(nip)) return false;
  const sum = NIP_WEIGHTS.reduce((acc, w, i) => acc + w * Number(nip[i]), 0);
  const check = sum % 11;
  return check !== 10 && check === Number(nip[9]);
}

/** Completes nine digits to a valid NIP, or null when no check digit fits (sum ≡ 10). */
export function nipWithCheckDigit(nineDigits: string): string | null {
  const sum = NIP_WEIGHTS.reduce((acc, w, i) => acc + w * Number(nineDigits[i]), 0);
  const check = sum % 11;
  return check === 10 ? null : nineDigits + String(check);
}

/** An EU VAT id in canonical form: upper case, no spaces or dots; "pl 123..." → "PL123...". */
export function normalizeVatId(text: string): string {
  return text.toUpperCase().replace(/[\s.\-]/g, '');
}

/** True when the text looks like an EU VAT id: two-letter prefix and 2–13 characters. */
export function looksLikeVatId(text: string): boolean {
  return /^(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)[0-9A-Z+*]{2,13}$/.test(
    normalizeVatId(text),
  );
}
