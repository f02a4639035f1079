// What the lines above a CSV statement's header say about the whole file: the
// account (mBank writes "#Numer rachunku;" and the number on the next line, ING lists
// the chosen account among its info lines) and its currency ("#Waluta;" over "PLN;").
// Taken only when the preamble names one account and one currency; anything less sure
// is left to the rows and the import's options.
import { isValidIban, normalizeIban } from '../../domain/iban';
import { isCurrencyCode, type CurrencyCode } from '../../domain/money';
import { normalizeHeader } from '../header-text';
import type { StatementAccount } from './bank-statement';
import type { CsvRecord } from './csv-records';
import { headerSynonyms } from './csv-statement-columns';

export type PreambleFacts = { account: StatementAccount | null; currency: CurrencyCode | null };

// Two letters and two check digits (or a bare Polish NRB's two), then the rest, maybe in groups.
const IBAN_LIKE = /\b(?:[A-Z]{2}\d{2}|\d{2})(?:[ \u00a0-]?[A-Z0-9]){10,32}/g;

/** The valid IBANs (a Polish NRB counts) written in the text, each with the text it was read from. */
export function ibansIn(text: string): { iban: string; written: string }[] {
  const found: { iban: string; written: string }[] = [];
  for (const match of text.toUpperCase().matchAll(IBAN_LIKE)) {
    // The run may go on into the next word ("… 2874 PLN"): shorten it until it validates.
    for (let candidate = match[0]; candidate.length >= 12; candidate = candidate.slice(0, -1).trimEnd()) {
      const iban = normalizeIban(candidate);
      if (isValidIban(iban)) {
        found.push({ iban, written: text.slice(match.index, match.index + candidate.length).trim() });
        break;
      }
    }
  }
  return found;
}

/** The account and currency the preamble names, each null unless it names exactly one. */
export function readPreamble(records: readonly CsvRecord[]): PreambleFacts {
  const accounts = new Map<string, StatementAccount>();
  const currencies = new Set<CurrencyCode>();
  const currencyLabels = new Set(headerSynonyms('currency'));
  const codeIn = (cell: string | undefined) => {
    const code = (cell ?? '').trim().toUpperCase();
    return isCurrencyCode(code) ? code : null;
  };
  records.forEach((record, r) => {
    const ibans = record.cells.flatMap(ibansIn);
    for (const { iban, written } of ibans) if (!accounts.has(iban)) accounts.set(iban, { iban, number: written });
    record.cells.forEach((cell, c) => {
      // A currency beside the account number, after a "Waluta" label, or below it.
      if (ibans.length > 0 && codeIn(cell)) currencies.add(codeIn(cell)!);
      if (!currencyLabels.has(normalizeHeader(cell))) return;
      const code = codeIn(record.cells[c + 1]) ?? codeIn(records[r + 1]?.cells[c]);
      if (code) currencies.add(code);
    });
  });
  return {
    account: accounts.size === 1 ? [...accounts.values()][0]! : null,
    currency: currencies.size === 1 ? [...currencies][0]! : null,
  };
}
