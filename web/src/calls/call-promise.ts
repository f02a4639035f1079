// The promise a call came to, as the outcome form holds it before saving: a day, an
// amount and the call's invoices it covers, in one currency. It starts from what the
// call is about (all its invoices, all that is open on them) and is checked here by the
// server's own rules (validatePromise, checkPromiseWithinOpen) so mistakes show at their
// field at once; what the server still refuses is placed by `serverErrorPlaces`.
import { parseAmount } from '../../../src/domain/money';
import { checkPromiseWithinOpen, validatePromise, type PromiseIssueCode } from '../../../src/domain/promises';
import type { CallPromise, Task } from '../../../src/http/contract';
import type { UiLanguage } from '../i18n/languages';
import { amountInputText } from '../payment-review/allocation-rows';

/** One invoice the call is about, with what was open on it when the call was planned. */
export type PromiseItem = Pick<NonNullable<Task['script']>['items'][number], 'invoiceId' | 'number' | 'currency' | 'openAmountMinor'>;

export type PromiseDraft = {
  currency: string;
  /** The chosen invoices, in the order the call lists them. */
  invoiceIds: string[];
  promisedDate: string;
  amountText: string;
  /** Until the person types an amount, it follows what is open on the chosen invoices. */
  amountFollowsInvoices: boolean;
};

export type DateProblem = Extract<PromiseIssueCode, 'dateRequired' | 'invalidDate' | 'dateInPast'>;
export type AmountProblem = Extract<PromiseIssueCode, 'amountRequired' | 'amountNotPositive' | 'amountAboveOpen'> | 'notAnAmount' | 'tooManyDecimals';
export type PromiseProblems = { promisedDate?: DateProblem; amountMinor?: AmountProblem; invoiceIds?: 'chooseInvoice' };

export type PromiseCheck = { ok: true; promise: CallPromise } | { ok: false; problems: PromiseProblems };

/** The currencies of the call's invoices, in the order they first appear. */
export function promiseCurrencies(items: readonly PromiseItem[]): string[] {
  return [...new Set(items.map((item) => item.currency))];
}

/** A fresh promise in the currency: every invoice of the call in it, all that is open on them, no day yet. */
export function startPromise(items: readonly PromiseItem[], currency: string, language: UiLanguage): PromiseDraft {
  const invoiceIds = items.filter((item) => item.currency === currency).map((item) => item.invoiceId);
  const draft = { currency, invoiceIds, promisedDate: '', amountText: '', amountFollowsInvoices: true };
  return { ...draft, amountText: amountInputText(openOfChosen(items, draft), currency, language) };
}

/** The draft with other invoices chosen; an amount not typed by hand follows what is open on them. */
export function chooseInvoices(draft: PromiseDraft, items: readonly PromiseItem[], invoiceIds: readonly string[], language: UiLanguage): PromiseDraft {
  const chosen = items.filter((item) => item.currency === draft.currency && invoiceIds.includes(item.invoiceId)).map((item) => item.invoiceId);
  const next = { ...draft, invoiceIds: chosen };
  return draft.amountFollowsInvoices ? { ...next, amountText: amountInputText(openOfChosen(items, next), draft.currency, language) } : next;
}

/** The draft with an amount the person typed: it no longer follows the invoices. */
export function typeAmount(draft: PromiseDraft, amountText: string): PromiseDraft {
  return { ...draft, amountText, amountFollowsInvoices: false };
}

/** What is open on the chosen invoices, in the draft's currency. */
export function openOfChosen(items: readonly PromiseItem[], draft: Pick<PromiseDraft, 'currency' | 'invoiceIds'>): number {
  return items
    .filter((item) => item.currency === draft.currency && draft.invoiceIds.includes(item.invoiceId))
    .reduce((sum, item) => sum + item.openAmountMinor, 0);
}

/** The promise to send, or what is wrong with its day, amount and invoices on `today` (the organization's). */
export function checkPromise(draft: PromiseDraft, items: readonly PromiseItem[], today: string): PromiseCheck {
  const problems: PromiseProblems = {};
  const parsed = parseAmount(draft.amountText, draft.currency);
  if (!parsed.ok) problems.amountMinor = parsed.error === 'empty' ? 'amountRequired' : parsed.error === 'too_many_decimals' ? 'tooManyDecimals' : 'notAnAmount';
  const amountMinor = parsed.ok ? parsed.amountMinor : null;

  for (const issue of validatePromise({ promisedDate: draft.promisedDate, amountMinor }, today)) {
    if (issue.path === 'promisedDate') problems.promisedDate ??= issue.code as DateProblem;
    else if (issue.path === 'amountMinor') problems.amountMinor ??= issue.code as AmountProblem;
  }
  if (draft.invoiceIds.length === 0) problems.invoiceIds = 'chooseInvoice';
  else if (amountMinor !== null && !problems.amountMinor) {
    const aboveOpen = checkPromiseWithinOpen(amountMinor, openOfChosen(items, draft), draft.currency);
    if (aboveOpen) problems.amountMinor = 'amountAboveOpen';
  }

  if (problems.promisedDate || problems.amountMinor || problems.invoiceIds || amountMinor === null) return { ok: false, problems };
  return { ok: true, promise: { promisedDate: draft.promisedDate, amountMinor, currency: draft.currency, invoiceIds: draft.invoiceIds } };
}

export type FormPlace = 'outcome' | 'note' | 'promisedDate' | 'amountMinor' | 'invoiceIds';
export type ServerErrorPlaces = { at: Partial<Record<FormPlace, string>>; unplaced: boolean };

/**
 * Where the server's refusals go in the outcome form, from `fieldErrors` keys:
 * "promise.amountMinor" at the amount, "promise.invoiceIds.0" at the invoices; a field
 * the form has no place for (or none at all) leaves the refusal to be shown above it.
 */
export function serverErrorPlaces(fields: Readonly<Record<string, string>>): ServerErrorPlaces {
  const at: Partial<Record<FormPlace, string>> = {};
  let unplaced = false;
  for (const [field, message] of Object.entries(fields)) {
    const place = placeOf(field);
    if (place) at[place] ??= message;
    else unplaced = true;
  }
  return { at, unplaced: unplaced || Object.keys(at).length === 0 };
}

function placeOf(field: string): FormPlace | null {
  if (field === 'outcome' || field === 'note') return field;
  if (field === 'promise.promisedDate') return 'promisedDate';
  if (field === 'promise.amountMinor') return 'amountMinor';
  if (field === 'promise.invoiceIds' || field.startsWith('promise.invoiceIds.')) return 'invoiceIds';
  return null;
}
