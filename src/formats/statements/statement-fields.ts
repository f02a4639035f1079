// Field readers both statement formats share: amounts, account numbers, references.
import { isValidIban, normalizeIban } from '../../domain/iban';
import { minorDigits, type CurrencyCode } from '../../domain/money';
import { isValidCreditorReference, normalizeCreditorReference } from '../../domain/creditor-reference';
import type { StatementAccount } from './bank-statement';

export type MinorAmount = { ok: true; amountMinor: number } | { ok: false; reason: string };

/**
 * Reads an unsigned decimal amount written with the given decimal separator ("1234,5"
 * in MT940, "1234.50" in camt) into the currency's minor units, digit by digit.
 * Decimals beyond the currency's minor unit are accepted only when they are zeros
 * ("8.850" EUR is exactly 885 cents); "8.855" would need rounding, and a statement
 * amount is never rounded, so it is refused.
 */
export function decimalToMinor(text: string, separator: ',' | '.', currency: CurrencyCode): MinorAmount {
  const pattern = separator === ',' ? /^(\d+)(?:,(\d*))?$/ : /^(\d+)(?:\.(\d+))?$/;
  const match = pattern.exec(text);
  if (!match) {
    return { ok: false, reason: `"${text}" is not an amount (digits with "${separator}" before the decimals)` };
  }
  const digits = minorDigits(currency);
  let fraction = match[2] ?? '';
  if (fraction.length > digits) {
    if (!/^0*$/.test(fraction.slice(digits))) {
      return { ok: false, reason: `"${text}" has more decimals than ${currency} has (${digits}); it cannot be taken exactly` };
    }
    fraction = fraction.slice(0, digits);
  }
  const value = Number(match[1]! + fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(value)) return { ok: false, reason: `"${text}" is too large` };
  return { ok: true, amountMinor: value };
}

/**
 * Statement currencies are read as three capital letters and not checked against
 * today's list: old statements carry withdrawn codes (DEM), and Intl still knows
 * their minor units.
 */
export function isCurrencyLike(text: string): boolean {
  return /^[A-Z]{3}$/.test(text);
}

/** The statement's own account: an IBAN (or NRB) when the text, or its part after a "/", is one. */
export function statementAccountOf(text: string): StatementAccount {
  const number = text.trim();
  const candidates = [number, number.slice(number.lastIndexOf('/') + 1)];
  for (const candidate of candidates) {
    const iban = normalizeIban(candidate);
    if (isValidIban(iban)) return { iban, number };
  }
  return { iban: null, number };
}

/** A counterparty account: canonical IBAN when valid, else the number as written without spaces. */
export function counterpartyAccountOf(text: string | null | undefined): string | null {
  const compact = (text ?? '').replace(/\s+/g, '');
  if (compact === '') return null;
  const iban = normalizeIban(compact);
  return isValidIban(iban) ? iban : compact;
}

/** Runs of spaces become one, ends trimmed; null for nothing left. */
export function tidy(text: string | null | undefined): string | null {
  const tidied = (text ?? '').replace(/\s+/g, ' ').trim();
  return tidied === '' ? null : tidied;
}

/** A valid RF creditor reference in canonical form, or null. */
export function creditorReferenceOf(text: string | null | undefined): string | null {
  if (!text) return null;
  return isValidCreditorReference(text) ? normalizeCreditorReference(text) : null;
}

/**
 * A creditor reference a payer typed into the title: written whole ("RF18539007547034")
 * or printed in groups of four ("RF18 5390 0754 7034"). Whole words come first: the
 * check digits pass one string in 97 by chance, so gluing on the next word ("…7034 FV")
 * would, now and then, make a reference nobody wrote. Only when no whole word passes is
 * a word cut short — a bank's hard wrap may have glued the next word to the reference.
 */
export function creditorReferenceInText(text: string): string | null {
  const words = text.toUpperCase().split(/[^A-Z0-9]+/);
  const starts = [...words.entries()].filter(([, word]) => /^RF\d{2}[A-Z0-9]*$/.test(word));
  for (const glued of [false, true]) {
    for (const [at, word] of starts) {
      const found = word.length > 4 ? compactReference(word, glued) : groupedReference(word, words.slice(at + 1), glued);
      if (found) return found;
    }
  }
  return null;
}

const MAX_REFERENCE_LENGTH = 25;

function compactReference(word: string, glued: boolean): string | null {
  if (!glued) return isValidCreditorReference(word) ? word : null;
  for (let length = Math.min(word.length - 1, MAX_REFERENCE_LENGTH); length > 4; length--) {
    if (isValidCreditorReference(word.slice(0, length))) return word.slice(0, length);
  }
  return null;
}

// Groups of four after "RFnn", the last maybe shorter. A run of whole groups is
// preferred to one ending in a short group ("RF18 5390 0754 7034 FV" is the reference
// and the word FV), and among those the longest that validates. A glued last group
// ("7034DZIEKUJEMY") counts with its first four characters or fewer.
function groupedReference(head: string, following: readonly string[], glued: boolean): string | null {
  let candidate = head;
  let whole: string | null = null;
  let short: string | null = null;
  for (const group of following) {
    if (group.length > 4) {
      if (!glued) break;
      for (let length = 4; length > 0; length--) {
        const longer = candidate + group.slice(0, length);
        if (longer.length <= MAX_REFERENCE_LENGTH && isValidCreditorReference(longer)) return longer;
      }
      break;
    }
    if (candidate.length + group.length > MAX_REFERENCE_LENGTH) break;
    candidate += group;
    if (isValidCreditorReference(candidate)) {
      if (group.length === 4) whole = candidate;
      else short = candidate;
    }
    if (group.length < 4) break;
  }
  return whole ?? short;
}

/** Joins text a bank hard-wrapped at `width` characters: a full piece continues mid-word, a short one ended a phrase. */
export function joinWrapped(pieces: readonly string[], width: number): string {
  let joined = '';
  pieces.forEach((piece, i) => {
    if (i === 0) joined = piece;
    else joined += pieces[i - 1]!.length >= width || /\s$/.test(pieces[i - 1]!) ? piece : ` ${piece}`;
  });
  return joined;
}
