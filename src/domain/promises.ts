// A promise to pay is only a promise when it names a day and an amount: "we will
// pay soon" is an excuse, not an agreement (seed 004). While it stands, the ladder
// of its invoices pauses; once its grace has passed, payments tell whether it was
// kept, and a broken one counts against the customer's reliability.
import { addDays, isIsoDate, type IsoDate } from './dates';
import { minorToDecimalString } from './money';

export type PromiseOutcome = 'open' | 'kept' | 'partlyKept' | 'broken';

/** What a collector records: both the day and the amount are required. */
export type PromiseInput = {
  promisedDate?: IsoDate | null;
  amountMinor?: number | null;
  currency?: string | null;
  invoiceIds?: string[];
};

export type PromiseIssueCode = 'dateRequired' | 'invalidDate' | 'dateInPast' | 'amountRequired' | 'amountNotPositive' | 'amountAboveOpen';
export type PromiseIssue = { path: string; code: PromiseIssueCode; message: string };

export type PromiseTerms = { promisedDate: IsoDate; amountMinor: number };
export type PaymentTowardsPromise = { date: IsoDate; amountMinor: number };

/** Problems with a promise as entered on `today`; empty when it may be recorded. */
export function validatePromise(input: PromiseInput, today: IsoDate): PromiseIssue[] {
  const issues: PromiseIssue[] = [];
  const date = input.promisedDate;
  if (date === undefined || date === null || date === '') {
    issues.push({ path: 'promisedDate', code: 'dateRequired', message: 'a promise to pay needs the day the money will arrive' });
  } else if (!isIsoDate(date)) {
    issues.push({ path: 'promisedDate', code: 'invalidDate', message: `not a calendar date (YYYY-MM-DD): ${date}` });
  } else if (date < today) {
    issues.push({ path: 'promisedDate', code: 'dateInPast', message: `the promised day ${date} is before today (${today})` });
  }
  const amount = input.amountMinor;
  if (amount === undefined || amount === null) {
    issues.push({ path: 'amountMinor', code: 'amountRequired', message: 'a promise to pay needs the amount that will be paid' });
  } else if (!Number.isSafeInteger(amount) || amount <= 0) {
    issues.push({ path: 'amountMinor', code: 'amountNotPositive', message: 'the promised amount must be a whole number of minor units above zero' });
  }
  return issues;
}

/**
 * A promise given on a call covers the invoices talked about: it cannot be for more
 * than is still open on them (a bigger figure is a slip of the tongue or the keyboard).
 */
export function checkPromiseWithinOpen(amountMinor: number, openMinor: number, currency: string): PromiseIssue | null {
  if (amountMinor <= openMinor) return null;
  return {
    path: 'amountMinor',
    code: 'amountAboveOpen',
    message: `the promised amount is more than the ${minorToDecimalString(openMinor, currency)} ${currency} still open on its invoices`,
  };
}

/** The last day a promise pauses the ladder: its date plus the grace days. */
export function pausesUntil(promise: PromiseTerms, graceDays: number): IsoDate {
  return addDays(promise.promisedDate, graceDays);
}

/**
 * Kept when paid in full by the promised date plus grace; once the grace is over,
 * partly kept when something came, broken when nothing did; open until then.
 * Payments after the grace do not change the verdict.
 */
export function evaluatePromise(
  promise: PromiseTerms,
  paymentsTowardsIt: readonly PaymentTowardsPromise[],
  today: IsoDate,
  graceDays: number,
): PromiseOutcome {
  const graceEnds = pausesUntil(promise, graceDays);
  const counted = paymentsTowardsIt.filter((p) => p.date <= graceEnds && p.date <= today);
  const paidMinor = counted.reduce((sum, p) => sum + p.amountMinor, 0);
  if (paidMinor >= promise.amountMinor) return 'kept';
  if (today <= graceEnds) return 'open';
  return paidMinor > 0 ? 'partlyKept' : 'broken';
}

/** How many promises the customer broke: the reliability signal routing and risk read. */
export function brokenPromiseCount(promises: readonly { status: PromiseOutcome }[]): number {
  return promises.filter((p) => p.status === 'broken').length;
}
