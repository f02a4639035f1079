// Money is an integer count of the currency's minor unit (grosze, cents) beside its
// ISO 4217 code. Floats never hold an amount: text is parsed digit by digit.

export type CurrencyCode = string;

export type Money = { amountMinor: number; currency: CurrencyCode };

const minorDigitsCache = new Map<string, number>();

/** True for a well-formed ISO 4217 code that this runtime knows. */
export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  try {
    return Intl.supportedValuesOf('currency').includes(code);
  } catch {
    return false;
  }
}

/** How many digits the currency's minor unit has: 2 for PLN and EUR, 0 for JPY, 3 for KWD. */
export function minorDigits(currency: CurrencyCode): number {
  const cached = minorDigitsCache.get(currency);
  if (cached !== undefined) return cached;
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits ?? 2;
  minorDigitsCache.set(currency, digits);
  return digits;
}

export type AmountParseError = 'empty' | 'not_a_number' | 'too_many_decimals' | 'too_large';
export type AmountParseResult = { ok: true; amountMinor: number } | { ok: false; error: AmountParseError };

/**
 * Parses an amount as people write it: "1 234,56", "1.234,56", "1,234.56", "1234.5",
 * "-12,00", "12,00 zł". The decimal separator is the last `,` or `.` followed by at
 * most the currency's minor digits; other separators group thousands.
 */
export function parseAmount(text: string, currency: CurrencyCode): AmountParseResult {
  const digits = minorDigits(currency);
  let s = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  s = s.replace(/^(?:[A-Z]{3}|zł|€|\$|£)|(?:[A-Z]{3}|zł|€|\$|£)$/g, '');
  if (s === '') return { ok: false, error: 'empty' };
  let negative = false;
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1);
  } else if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return { ok: false, error: 'not_a_number' };

  const { integerPart, fractionPart: rawFraction } = splitDecimal(s, digits);
  let fractionPart = rawFraction;
  const integerDigits = integerPart.replace(/[.,]/g, '') || '0';
  if (!/^\d+$/.test(integerDigits) || !/^\d*$/.test(fractionPart)) {
    return { ok: false, error: 'not_a_number' };
  }
  if (fractionPart.length > digits) {
    if (/^0*$/.test(fractionPart.slice(digits))) fractionPart = fractionPart.slice(0, digits);
    else return { ok: false, error: 'too_many_decimals' };
  }
  const minorText = integerDigits + fractionPart.padEnd(digits, '0');
  const value = Number(minorText);
  if (!Number.isSafeInteger(value)) return { ok: false, error: 'too_large' };
  return { ok: true, amountMinor: negative ? -value : value };
}

// Which separator is the decimal point: with both kinds present, the last one; with
// one kind, none if it repeats ("1.234.567") or if it is followed by exactly three
// digits that the currency cannot have as decimals ("1,234" PLN); otherwise it is.
function splitDecimal(s: string, digits: number): { integerPart: string; fractionPart: string } {
  const lastSep = Math.max(s.lastIndexOf(','), s.lastIndexOf('.'));
  if (lastSep < 0) return { integerPart: s, fractionPart: '' };
  const sep = s[lastSep]!;
  const other = sep === ',' ? '.' : ',';
  const fraction = s.slice(lastSep + 1);
  if (!s.includes(other)) {
    const repeats = s.indexOf(sep) !== lastSep;
    const leadingZero = s.slice(0, lastSep) === '0';
    if (repeats || (fraction.length === 3 && digits < 3 && !leadingZero)) return { integerPart: s, fractionPart: '' };
  }
  return { integerPart: s.slice(0, lastSep), fractionPart: fraction };
}

/** Formats minor units for people, in their locale: 123456 PLN → "1234,56 zł" (pl). */
export function formatMoney(amountMinor: number, currency: CurrencyCode, locale = 'pl'): string {
  const digits = minorDigits(currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amountMinor / 10 ** digits);
}

/** Plain decimal text of minor units with a dot, for files and APIs: 123456 → "1234.56". */
export function minorToDecimalString(amountMinor: number, currency: CurrencyCode): string {
  const digits = minorDigits(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const abs = Math.abs(amountMinor).toString().padStart(digits + 1, '0');
  return digits === 0 ? sign + abs : `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

/** Sums amounts per currency; never adds two currencies together. */
export function totalsByCurrency(items: Iterable<Money>): Map<CurrencyCode, number> {
  const totals = new Map<CurrencyCode, number>();
  for (const { amountMinor, currency } of items) {
    totals.set(currency, (totals.get(currency) ?? 0) + amountMinor);
  }
  return totals;
}

/**
 * Splits a payment over debts in the order given: each debt takes what it can until
 * the payment runs out. Returns the amount per debt and what is left over.
 */
export function allocateInOrder(
  paymentMinor: number,
  debtsMinor: readonly number[],
): { allocatedMinor: number[]; leftoverMinor: number } {
  let left = paymentMinor;
  const allocatedMinor = debtsMinor.map((debt) => {
    const take = Math.max(0, Math.min(debt, left));
    left -= take;
    return take;
  });
  return { allocatedMinor, leftoverMinor: left };
}
