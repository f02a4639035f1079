// Column headers as people type them: "Termin płatności", "termin_platnosci" and
// "TERMIN PŁATNOŚCI:" name the same column. Both the table import and the CSV bank
// statement reader compare headers in this reduced form.

/** A header reduced to lower-case letters and digits, without accents: "Termin płatności" → "terminplatnosci". */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .replace(/ё/g, 'е')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * "Kwota brutto (PLN)", "Amount [EUR]": a currency in brackets does not change what
 * the column is. Other bracketed words do ("Termin płatności (dni)" is not a date).
 */
export function withoutCurrencyNote(text: string): string {
  return text.replace(/[([]\s*(?:[A-Z]{3}|zł|€|\$|£)\s*[)\]]/g, ' ');
}
