// How follow-up records read on the customer's timeline: one wording for each event,
// with amounts as people write them and invoices by number.
import { formatMoney } from '../domain/money';
import type { PromiseStatus } from '../http/contract';

/** An amount as the timeline writes it, e.g. "1230,00 zł". */
export function moneyText(amountMinor: number, currency: string): string {
  return formatMoney(amountMinor, currency, 'pl').replace(/[\u00a0\u202f]/g, ' ');
}

/** "FV/1, FV/2", or what a promise on no invoices covers. */
export function invoicesText(numbers: readonly string[], currency: string): string {
  return numbers.length === 0 ? `all open invoices in ${currency}` : numbers.join(', ');
}

type PromiseFacts = { amountMinor: number; currency: string; promisedDate: string; invoiceNumbers: readonly string[] };

/** "Promised 1230,00 zł by 2026-12-04 for FV/1". */
export function promiseRecordedText(p: PromiseFacts): string {
  return `Promised ${moneyText(p.amountMinor, p.currency)} by ${p.promisedDate} for ${invoicesText(p.invoiceNumbers, p.currency)}`;
}

/** What became of a promise: kept, partly kept with what came, broken, cancelled. */
export function promiseOutcomeText(p: PromiseFacts, outcome: Exclude<PromiseStatus, 'open'>, paidMinor: number): string {
  const what = `Promise of ${moneyText(p.amountMinor, p.currency)} by ${p.promisedDate} (${invoicesText(p.invoiceNumbers, p.currency)})`;
  switch (outcome) {
    case 'kept':
      return `${what} kept`;
    case 'partlyKept':
      return `${what} partly kept: ${moneyText(paidMinor, p.currency)} paid`;
    case 'broken':
      return `${what} broken`;
    case 'cancelled':
      return `${what} cancelled`;
  }
}

/** "Payment plan agreed: 3 instalments, 3000,00 zł from 2026-05-01 to 2026-07-01 for FV/1". */
export function planAgreedText(plan: {
  totalMinor: number;
  currency: string;
  instalments: readonly { dueDate: string }[];
  invoiceNumbers: readonly string[];
}): string {
  const count = plan.instalments.length;
  const first = plan.instalments[0]?.dueDate ?? '';
  const last = plan.instalments[count - 1]?.dueDate ?? '';
  const span = count === 1 ? `due ${first}` : `from ${first} to ${last}`;
  return `Payment plan agreed: ${count} instalment${count === 1 ? '' : 's'}, ${moneyText(plan.totalMinor, plan.currency)} ${span} for ${plan.invoiceNumbers.join(', ')}`;
}

/** What became of a plan: completed, defaulted or cancelled. */
export function planEndedText(
  plan: { totalMinor: number; currency: string; invoiceNumbers: readonly string[] },
  status: 'completed' | 'defaulted' | 'cancelled',
): string {
  const what = `Payment plan of ${moneyText(plan.totalMinor, plan.currency)} for ${plan.invoiceNumbers.join(', ')}`;
  switch (status) {
    case 'completed':
      return `${what} completed`;
    case 'defaulted':
      return `${what} defaulted: an instalment stayed unpaid too long; reminders resume`;
    case 'cancelled':
      return `${what} cancelled; reminders resume`;
  }
}
