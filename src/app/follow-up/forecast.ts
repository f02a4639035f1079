// The whole book's coming days: how many actions the daily runs would plan per day and
// channel, customer by customer in batches, nothing written — what the team will have
// to send, call and approve.
import { addDays, isIsoDate, type IsoDate } from '../../domain/dates';
import type { Db } from '../../store/database';
import { loadFollowUpSnapshots, pageCustomersWithUnsettledInvoices } from '../../store/follow-up-snapshots';
import { findOrganization } from '../../store/organizations';
import { fail, ok, type Result } from '../errors';
import { channelOf } from './outbox-rows';
import { loadProcedureBook } from './procedure-book';
import { simulateCustomer } from './simulate-customer';

export type ForecastDay = {
  date: IsoDate;
  /** Every action planned that day, effects included. */
  actions: number;
  /** Contacts and tasks per channel: email, sms, call, letter, internalTask. */
  perChannel: Record<string, number>;
  perKind: Record<string, number>;
  /** Steps due but held back that day. */
  held: number;
};

export type Forecast = { from: IsoDate; days: number; customers: number; perDay: ForecastDay[]; totals: Record<string, number> };

export type ForecastOptions = { batchSize?: number; onProgress?: (customers: number) => void };

/** Counts per day and channel of what the runs of `days` days from `from` would plan for every customer. */
export async function forecast(db: Db, orgId: string, from: IsoDate, days: number, options: ForecastOptions = {}): Promise<Result<Forecast>> {
  if (!isIsoDate(from)) return fail('invalid_input', `from: not a calendar date (YYYY-MM-DD): ${from}`, [{ field: 'from', message: 'not a calendar date' }]);
  if (!Number.isInteger(days) || days < 1 || days > 366) return fail('invalid_input', 'days: 1 to 366', [{ field: 'days', message: '1 to 366' }]);
  const org = await findOrganization(db, orgId);
  if (!org) return fail('not_found', 'no such organization');
  const book = await loadProcedureBook(db, orgId, org.baseCurrency);
  const perDay: ForecastDay[] = Array.from({ length: days }, (_, i) => ({ date: addDays(from, i), actions: 0, perChannel: {}, perKind: {}, held: 0 }));
  const totals: Record<string, number> = {};
  let customers = 0;
  let after: string | null = null;
  const batchSize = options.batchSize ?? 500;
  for (;;) {
    const ids = await pageCustomersWithUnsettledInvoices(db, orgId, after, batchSize);
    if (ids.length === 0) break;
    for (const loaded of await loadFollowUpSnapshots(db, orgId, ids, from, org)) {
      simulateCustomer(loaded, book, org.baseCurrency, from, days).forEach(({ decision }, i) => {
        const day = perDay[i]!;
        day.held += decision.held.length;
        for (const action of decision.actions) {
          day.actions++;
          day.perKind[action.kind] = (day.perKind[action.kind] ?? 0) + 1;
          const channel = channelOf(action);
          if (channel === null) continue;
          day.perChannel[channel] = (day.perChannel[channel] ?? 0) + 1;
          totals[channel] = (totals[channel] ?? 0) + 1;
        }
      });
      customers++;
    }
    options.onProgress?.(customers);
    after = ids.at(-1)!;
    if (ids.length < batchSize) break;
  }
  return ok({ from, days, customers, perDay, totals });
}
