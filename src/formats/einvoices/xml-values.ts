// Reading typed values out of e-invoice elements. Each failure names the element's
// path and line, so a user can find the spot in the file.
import { isIsoDate } from '../../domain/dates';
import { isCurrencyCode, minorDigits } from '../../domain/money';
import { FileFormatError } from '../file-format-error';
import { childNamed, type XmlElement } from '../xml/xml-tree';

/** Throws a FileFormatError about an element. */
export function badElement(element: XmlElement, problem: string): never {
  throw new FileFormatError(`line ${element.line}: ${element.path} ${problem}`, element.line);
}

/** A required child element; the error names the parent's path and the missing name. */
export function requireChild(parent: XmlElement, name: string, namespace: string, shownAs = name): XmlElement {
  const child = childNamed(parent, name, namespace);
  if (!child) badElement(parent, `has no ${shownAs}`);
  return child;
}

/** Trimmed text with inner runs of whitespace kept as one space; null when empty. */
export function textOf(element: XmlElement | null): string | null {
  if (!element) return null;
  const text = element.text.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

export function requireText(element: XmlElement): string {
  const text = textOf(element);
  if (text === null) badElement(element, 'is empty');
  return text;
}

/** A calendar date written YYYY-MM-DD (an xsd:date time-zone suffix is dropped). */
export function dateOf(element: XmlElement): string {
  const text = requireText(element);
  const date = text.replace(/(?:Z|[+-]\d{2}:\d{2})$/, '');
  if (!isIsoDate(date)) badElement(element, `holds "${text}", not a date YYYY-MM-DD`);
  return date;
}

export function currencyOf(element: XmlElement): string {
  const code = requireText(element);
  if (!isCurrencyCode(code)) badElement(element, `holds "${code}", not an ISO 4217 currency code`);
  return code;
}

/**
 * An xsd:decimal amount in minor units of the currency, read digit by digit: "123",
 * "-2415.89", "0.640". Digits beyond the currency's minor unit must be zeros.
 */
export function amountOf(element: XmlElement, currency: string): number {
  const text = requireText(element);
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) badElement(element, `holds "${text}", not an amount`);
  const digits = minorDigits(currency);
  let fraction = match[3] ?? '';
  if (fraction.length > digits) {
    if (!/^0*$/.test(fraction.slice(digits))) {
      badElement(element, `holds "${text}", more decimal places than ${currency} has (${digits})`);
    }
    fraction = fraction.slice(0, digits);
  }
  const value = Number((match[2] || '0') + fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(value)) badElement(element, `holds "${text}", too large an amount`);
  return match[1] === '-' && value !== 0 ? -value : value;
}
