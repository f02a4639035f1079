// The rules of matching a statement line by hand, checked before anything is sent: each
// row names an open invoice in the line's currency, once, and an amount no larger than
// what is open on it; together the rows take at most the line (what they leave stays
// as the customer's credit). The server checks the same again and names the field of
// what it refuses; `serverErrorPlace` finds that field among the rows.
import { minorToDecimalString, parseAmount } from '../../../src/domain/money';
import type { UiLanguage } from '../i18n/languages';

/** An invoice picked for a row, with what the person needs to judge the amount. */
export type ChosenInvoice = { id: string; number: string; customerName: string; currency: string; openAmountMinor: number };

export type AllocationRow = { key: string; invoice: ChosenInvoice | null; amountText: string };

export type InvoiceProblem = 'chooseInvoice' | 'otherCurrency' | 'sameInvoiceTwice';
export type AmountProblem = 'enterAmount' | 'notAnAmount' | 'tooManyDecimals' | 'notPositive' | 'moreThanOpen';
export type RowProblems = { invoice?: InvoiceProblem; amount?: AmountProblem };

export type LineToMatch = { amountMinor: number; currency: string };

export type AllocationCheck =
  | { ok: true; allocations: { invoiceId: string; amountMinor: number }[]; totalMinor: number }
  | { ok: false; rows: RowProblems[]; moreThanLine: boolean; totalMinor: number };

/** The rows as allocations to send, or what is wrong with each row and with the total. */
export function checkAllocations(line: LineToMatch, rows: readonly AllocationRow[]): AllocationCheck {
  const seen = new Set<string>();
  const problems: RowProblems[] = [];
  const allocations: { invoiceId: string; amountMinor: number }[] = [];
  let totalMinor = 0;
  for (const row of rows) {
    const found: RowProblems = {};
    const invoice = row.invoice;
    if (invoice === null) found.invoice = 'chooseInvoice';
    else if (invoice.currency !== line.currency) found.invoice = 'otherCurrency';
    else if (seen.has(invoice.id)) found.invoice = 'sameInvoiceTwice';
    if (invoice !== null) seen.add(invoice.id);

    const amount = amountOf(row.amountText, line.currency);
    if (typeof amount === 'string') found.amount = amount;
    else {
      totalMinor += amount;
      if (invoice !== null && invoice.currency === line.currency && amount > invoice.openAmountMinor) found.amount = 'moreThanOpen';
      if (invoice !== null) allocations.push({ invoiceId: invoice.id, amountMinor: amount });
    }
    problems.push(found);
  }
  const moreThanLine = totalMinor > line.amountMinor;
  const rowsFine = problems.every((p) => p.invoice === undefined && p.amount === undefined);
  return rowsFine && !moreThanLine && rows.length > 0
    ? { ok: true, allocations, totalMinor }
    : { ok: false, rows: problems, moreThanLine, totalMinor };
}

function amountOf(text: string, currency: string): number | AmountProblem {
  const parsed = parseAmount(text, currency);
  if (!parsed.ok) {
    if (parsed.error === 'empty') return 'enterAmount';
    if (parsed.error === 'too_many_decimals') return 'tooManyDecimals';
    return 'notAnAmount';
  }
  return parsed.amountMinor > 0 ? parsed.amountMinor : 'notPositive';
}

/** What a newly chosen invoice should take: what is open on it, but no more than the line has left. */
export function proposedAmountMinor(line: LineToMatch, rows: readonly AllocationRow[], rowKey: string, invoice: ChosenInvoice): number {
  const takenByOthers = rows
    .filter((row) => row.key !== rowKey)
    .reduce((sum, row) => {
      const amount = amountOf(row.amountText, line.currency);
      return typeof amount === 'number' ? sum + amount : sum;
    }, 0);
  return Math.max(0, Math.min(invoice.openAmountMinor, line.amountMinor - takenByOthers));
}

/** Minor units as a person types them in the UI language: 48730 PLN → "487,30" (pl), "487.30" (en). */
export function amountInputText(amountMinor: number, currency: string, language: UiLanguage): string {
  const text = minorToDecimalString(amountMinor, currency);
  return language === 'pl' ? text.replace('.', ',') : text;
}

export type ServerErrorPlace = { row: number; part: 'invoice' | 'amount' } | 'total' | null;

/**
 * Where the server's refusal belongs, from the fields it names (as `fieldErrors` keys
 * them): "allocations.1.amountMinor" is the second row's amount, "allocations.0" or its
 * invoiceId the first row's invoice, "allocations" the total; a single allocation's
 * "invoiceId" and "amountMinor" are the one row's. Null for none of them.
 */
export function serverErrorPlace(fields: readonly string[], rowCount: number): ServerErrorPlace {
  for (const field of fields) {
    if (field === 'allocations') return 'total';
    if (rowCount > 0 && field === 'invoiceId') return { row: 0, part: 'invoice' };
    if (rowCount > 0 && field === 'amountMinor') return { row: 0, part: 'amount' };
    const m = /^allocations\.(\d+)(?:\.(\w+))?$/.exec(field);
    if (!m) continue;
    const row = Number(m[1]);
    if (row >= rowCount) continue;
    return { row, part: m[2] === 'amountMinor' ? 'amount' : 'invoice' };
  }
  return null;
}
