// The facts routing reads about a customer on a day, from its snapshot and the totals
// loaded beside it. Overdue amounts and days move with the day; revenue and the first
// invoice are as loaded (a preview of the next weeks keeps them as of its first day).
import { daysOverdue, type IsoDate } from '../../domain/dates';
import { tenureMonths, type CustomerFacts } from '../../domain/routing';
import type { LoadedCustomer } from '../../store/follow-up-snapshots';

/** The tag that marks a customer with a periodic contract (the ledger keeps no such field). */
export const regularContractTag = 'regular-contract';

/** What routing knows about the customer on `date`, amounts in the base currency. */
export function customerFactsOn(loaded: LoadedCustomer, baseCurrency: string, date: IsoDate): CustomerFacts {
  let openMinor = 0;
  let overdueMinor = 0;
  let hasOpenInOtherCurrency = false;
  let maxDaysOverdue = 0;
  for (const invoice of loaded.snapshot.openInvoices) {
    if (invoice.openAmountMinor <= 0) continue;
    maxDaysOverdue = Math.max(maxDaysOverdue, daysOverdue(invoice.dueDate, date));
    if (invoice.currency !== baseCurrency) {
      hasOpenInOtherCurrency = true;
      continue;
    }
    openMinor += invoice.openAmountMinor;
    if (invoice.dueDate < date) overdueMinor += invoice.openAmountMinor;
  }
  const { routing } = loaded;
  return {
    manualProcedureKey: routing.manualProcedureKey,
    tags: routing.tags,
    segment: routing.segment,
    tenureMonths: routing.firstInvoiceOn ? tenureMonths(routing.firstInvoiceOn, date) : 0,
    revenue12mMinor: routing.revenue12mMinor,
    regularContract: routing.tags.includes(regularContractTag),
    openMinor,
    overdueMinor,
    hasOpenInOtherCurrency,
    maxDaysOverdue,
    brokenPromises: routing.brokenPromises,
  };
}
