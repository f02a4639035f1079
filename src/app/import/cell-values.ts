// Reading one cell as a value of a field: amounts, dates, numbers, yes/no, currency
// codes and lists, as people type them in spreadsheets and as CSV or XLSX carries
// them. Each reader returns the value or a message that says what is wrong with it.
import { excelSerialToIsoDate, isIsoDate, parseCalendarDate, type IsoDate } from '../../domain/dates';
import { isCurrencyCode, minorDigits, parseAmount } from '../../domain/money';
import type { SheetCell } from '../../formats/sheet-row';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const valid = <T>(value: T): Parsed<T> => ({ ok: true, value });
const invalid = <T>(message: string): Parsed<T> => ({ ok: false, message });

/** The shortest decimal text of a number as a spreadsheet shows it (at most 15 significant digits). */
export function numberText(n: number): string {
  const plain = String(n);
  if (Number.isInteger(n)) return plain;
  const digits = plain.replace(/^-?0*\.?0*|\.|e.*$/g, '');
  if (digits.length <= 15 || !Number.isFinite(n)) return plain;
  // Spreadsheets keep 15 significant digits; beyond that is binary noise (0.1+0.2).
  return String(Number(n.toPrecision(15)));
}

/** A cell as trimmed text: numbers in decimal form, dates as YYYY-MM-DD. */
export function cellText(cell: SheetCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return numberText(cell);
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
}

/** Quotes a cell for a message, shortened when long. */
export function shown(cell: SheetCell): string {
  const text = cellText(cell);
  return `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;
}

/** An amount in minor units: "1 234,56", "1,234.56", "-12" or a spreadsheet number. */
export function parseAmountCell(cell: SheetCell, currency: string): Parsed<number> {
  let text = cellText(cell);
  if (typeof cell === 'number') {
    if (/e/i.test(text)) return invalid(`${shown(cell)} is not an amount`);
    // A number's "." is always the decimal point: more digits after it than the
    // currency has is an error here, never a thousands separator.
    const fraction = (text.split('.')[1] ?? '').replace(/0+$/, '');
    if (fraction.length > minorDigits(currency)) return invalid(`${shown(cell)} has more decimals than ${currency} has`);
    text = fraction === '' ? text.split('.')[0]! : text;
  }
  const parsed = parseAmount(text, currency);
  if (parsed.ok) return valid(parsed.amountMinor);
  switch (parsed.error) {
    case 'empty':
      return invalid('the amount is empty');
    case 'too_many_decimals':
      return invalid(`${shown(cell)} has more decimals than ${currency} has`);
    case 'too_large':
      return invalid(`${shown(cell)} is too large`);
    default:
      return invalid(`${shown(cell)} is not an amount`);
  }
}

// A file repeats the same few hundred dates a million times: remembering what a text
// reads as saves most of the work. Cleared when full, so it stays small.
const datesRead = new Map<string, IsoDate | null>();
const MAX_DATES_REMEMBERED = 10_000;

function calendarDateOf(text: string): IsoDate | null {
  let iso = datesRead.get(text);
  if (iso === undefined) {
    iso = parseCalendarDate(text);
    if (datesRead.size >= MAX_DATES_REMEMBERED) datesRead.clear();
    datesRead.set(text, iso);
  }
  return iso;
}

/** A calendar day: a spreadsheet date, a serial day number, or text in the common formats. */
export function parseDateCell(cell: SheetCell): Parsed<IsoDate> {
  if (cell instanceof Date) {
    const iso = Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
    return isIsoDate(iso) ? valid(iso) : invalid(`${shown(cell)} is not a date`);
  }
  if (typeof cell === 'number') {
    // 20260331 typed as a number, or a serial day number without a date format.
    if (Number.isInteger(cell) && cell >= 19000101 && cell <= 22001231) return parseDateCell(String(cell));
    if (cell >= 1 && cell < 110_000) {
      const iso = excelSerialToIsoDate(cell);
      if (isIsoDate(iso)) return valid(iso);
    }
    return invalid(`${shown(cell)} is not a date`);
  }
  const text = cellText(cell);
  if (text === '') return invalid('the date is empty');
  const iso = calendarDateOf(text);
  return iso ? valid(iso) : invalid(`${shown(cell)} is not a date (write it as 2026-03-31 or 31.03.2026)`);
}

/** A whole number within bounds; "14 dni", "30 days" and "14 Tage" are read as 14 and 30. */
export function parseIntegerCell(cell: SheetCell, min: number, max: number): Parsed<number> {
  const text = cellText(cell).toLowerCase();
  const m = /^(-?\d+)(?:[.,]0+)?\s*(?:dni|dzień|dzien|d|days?|tage?|дн\S*|день)?\.?$/u.exec(text);
  if (!m) return invalid(`${shown(cell)} is not a whole number`);
  const n = Number(m[1]);
  if (n < min || n > max) return invalid(`${shown(cell)} must be between ${min} and ${max}`);
  return valid(n);
}

const TRUE_WORDS = new Set(['tak', 't', 'yes', 'y', 'true', '1', 'x', 'ja', 'j', 'wahr', 'да', 'д', 'prawda', 'on']);
const FALSE_WORDS = new Set(['nie', 'n', 'no', 'false', '0', 'nein', 'falsch', 'нет', 'н', 'fałsz', 'falsz', 'off', '-']);

/** Yes or no: tak/nie, yes/no, true/false, 1/0, ja/nein, да/нет; an empty cell is no. */
export function parseBooleanCell(cell: SheetCell): Parsed<boolean> {
  if (typeof cell === 'boolean') return valid(cell);
  const text = cellText(cell).toLowerCase();
  if (text === '' || FALSE_WORDS.has(text)) return valid(false);
  if (TRUE_WORDS.has(text)) return valid(true);
  return invalid(`${shown(cell)} is not yes or no (tak/nie, yes/no, 1/0)`);
}

const CURRENCY_SYMBOLS: Record<string, string> = { 'ZŁ': 'PLN', ZL: 'PLN', '€': 'EUR', '£': 'GBP', $: 'USD', 'РУБ': 'RUB', '₽': 'RUB' };

// Asking the runtime whether a code is a currency builds its whole list each time;
// a file asks about the same two or three codes on every row.
const currencyKnown = new Map<string, boolean>();

/** An ISO 4217 code ("pln", "EUR"), or a common symbol (zł, €, £, $). */
export function parseCurrencyCell(cell: SheetCell): Parsed<string> {
  const text = cellText(cell).toUpperCase().replace(/\.$/, '');
  const code = CURRENCY_SYMBOLS[text] ?? text;
  let known = currencyKnown.get(code);
  if (known === undefined) {
    known = isCurrencyCode(code);
    if (currencyKnown.size < 1_000) currencyKnown.set(code, known);
  }
  return known ? valid(code) : invalid(`${shown(cell)} is not a currency code such as PLN or EUR`);
}

/** Items of a list cell separated by commas, semicolons or line breaks; blanks and repeats dropped. */
export function splitList(cell: SheetCell, separators: RegExp = /[,;\n]/): string[] {
  return [...new Set(cellText(cell).split(separators).map((item) => item.trim()).filter((item) => item !== ''))];
}
