// International bank account numbers (ISO 13616): country, two check digits, account.

const IBAN_LENGTHS: Record<string, number> = {
  PL: 28, DE: 22, AT: 20, FR: 27, NL: 18, BE: 16, CZ: 24, SK: 24, LT: 20, LV: 21, EE: 20,
  GB: 22, IE: 22, ES: 24, IT: 27, PT: 25, DK: 18, SE: 24, FI: 18, HU: 28, RO: 24, BG: 22,
  HR: 21, SI: 19, LU: 20, CH: 21, NO: 15, UA: 29,
};

/** Canonical IBAN: upper case, no spaces; a bare 26-digit Polish NRB gets "PL". */
export function normalizeIban(text: string): string {
  const compact = text.replace(/[\s-]/g, '').toUpperCase();
  return /^\d{26}$/.test(compact) ? `PL${compact}` : compact;
}

function mod97(digits: string): number {
  let remainder = 0;
  for (const ch of digits) remainder = (remainder * 10 + Number(ch)) % 97;
  return remainder;
}

function numeric(text: string): string {
  return [...text].map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join('');
}

/** True when the IBAN has its country's length and a correct mod-97 checksum. */
export function isValidIban(text: string): boolean {
  const iban = normalizeIban(text);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const expected = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expected !== undefined && iban.length !== expected) return false;
  return mod97(numeric(iban.slice(4) + iban.slice(0, 4))) === 1;
}

/** Builds a valid IBAN from a country and a national account number (BBAN). */
export function ibanFromBban(country: string, bban: string): string {
  const check = 98 - mod97(numeric(`${bban}${country}00`));
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}

/** IBAN in groups of four, as printed on invoices: "PL61 1090 1014 …". */
export function formatIban(text: string): string {
  return normalizeIban(text).replace(/(.{4})(?=.)/g, '$1 ');
}
