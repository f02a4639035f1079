// Amounts as banks' CSV exports write them: "1 234,56", "-1.234,56", "+1230.00",
// "1 230,00 PLN", "50,00-" (a trailing minus), "(12.00)". Each file writes its decimals
// one way; which way is told by the caller or found from the amounts themselves, and
// then every amount must be written that way. Never a float: digits go straight into
// minor units.
import type { CurrencyCode } from '../../domain/money';
import { normalizeHeader } from '../header-text';
import { decimalToMinor, type MinorAmount } from './statement-fields';

export type DecimalSeparator = ',' | '.';

export type AmountText = {
  negative: boolean;
  /** The digits and separators, spaces removed: "1234,56", "1.234,56". */
  number: string;
  /** A currency written beside the number ("PLN", "zł" as PLN), or null. */
  currency: CurrencyCode | null;
};

const CURRENCY_BESIDE = /^(?:[A-Z]{3}|zł|zl|ZŁ|ZL|€)|(?:[A-Z]{3}|zł|zl|ZŁ|ZL|€)$/;

/** A currency code as a cell or an amount writes it, upper case ("zł" is PLN, "€" EUR); null when it is none. */
export function currencyOf(text: string): CurrencyCode | null {
  const code = text.trim().toUpperCase();
  if (code === 'ZŁ' || code === 'ZL') return 'PLN';
  if (code === '€') return 'EUR';
  return /^[A-Z]{3}$/.test(code) ? code : null;
}

/** The parts of an amount cell, or null when it is not written like an amount at all. */
export function splitAmount(text: string): AmountText | null {
  let rest = text.replace(/[\s\u00a0\u202f']/g, '');
  let currency: CurrencyCode | null = null;
  const takeCurrency = () => {
    const beside = CURRENCY_BESIDE.exec(rest);
    if (!beside || currency !== null) return;
    currency = currencyOf(beside[0]);
    rest = rest.slice(0, beside.index) + rest.slice(beside.index + beside[0].length);
  };
  takeCurrency();
  let negative = false;
  if (/^\(.*\)$/.test(rest)) {
    negative = true;
    rest = rest.slice(1, -1);
  } else if (/^[-−]/.test(rest)) {
    negative = true;
    rest = rest.slice(1);
  } else if (rest.startsWith('+')) {
    rest = rest.slice(1);
  } else if (rest.endsWith('-')) {
    negative = true;
    rest = rest.slice(0, -1);
  }
  takeCurrency();
  if (!/^\d[\d.,]*$/.test(rest)) return null;
  return { negative, number: rest, currency };
}

/**
 * What one written number says about the file's decimal separator: "1234,56" and
 * "1.234,56" say ",", "1.234.567" says "," too (dots repeat, so they group
 * thousands); "1,234" says nothing (a thousand, or 1.234?); "1234" says nothing.
 */
export function decimalSeparatorShownBy(number: string): DecimalSeparator | 'unclear' | null {
  const commas = number.split(',').length - 1;
  const dots = number.split('.').length - 1;
  if (commas === 0 && dots === 0) return null;
  if (commas > 0 && dots > 0) return number.lastIndexOf(',') > number.lastIndexOf('.') ? ',' : '.';
  const separator: DecimalSeparator = commas > 0 ? ',' : '.';
  if (commas + dots > 1) return separator === ',' ? '.' : ',';
  const decimals = number.length - number.indexOf(separator) - 1;
  return decimals === 3 ? 'unclear' : separator;
}

/** The number in minor units, read with the file's decimal separator; thousands may be grouped by the other one. */
export function numberToMinor(number: string, decimal: DecimalSeparator, currency: CurrencyCode): MinorAmount {
  const grouping = decimal === ',' ? '\\.' : ',';
  const d = `\\${decimal}`;
  const plain = new RegExp(`^\\d+(?:${d}\\d+)?$`);
  const grouped = new RegExp(`^\\d{1,3}(?:${grouping}\\d{3})+(?:${d}\\d+)?$`);
  if (!plain.test(number) && !grouped.test(number)) {
    return { ok: false, reason: `"${number}" is not an amount written with "${decimal}" before the decimals` };
  }
  return decimalToMinor(number.replace(decimal === ',' ? /\./g : /,/g, ''), decimal, currency);
}

// How a side column says credit or debit, compared in normalized form.
const CREDIT_WORDS = new Set(
  'c|cr|cdt|crdt|credit|uznanie|uznania|ma|wplyw|przychod|h|haben|gutschrift|кредит|приход|поступление|зачисление'.split('|'),
);
const DEBIT_WORDS = new Set(
  'd|dr|dbt|dbit|debit|obciazenie|obciazenia|wn|winien|wyplyw|rozchod|s|soll|lastschrift|дебет|расход|списание'.split('|'),
);

/** The side a side column's value names ("C", "Uznanie", "Soll", "+"), or null for anything else. */
export function sideOf(text: string): 'credit' | 'debit' | null {
  const trimmed = text.trim();
  if (trimmed === '+') return 'credit';
  if (trimmed === '-') return 'debit';
  const word = normalizeHeader(trimmed);
  if (CREDIT_WORDS.has(word)) return 'credit';
  if (DEBIT_WORDS.has(word)) return 'debit';
  return null;
}
