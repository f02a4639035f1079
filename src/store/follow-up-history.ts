// The ledger's past as a back-test replays it: invoices with the days money was
// allocated to them (payment dates, credit-note dates), and disputes, snoozes,
// promises and plans with the days they began and ended, so any day's state can be
// rebuilt without a query per day.
import type { IsoDate } from '../domain/dates';
import type { SnapshotContact } from '../domain/dunning/snapshot';
import { queryRows, sql, uuidArray, type Db } from './database';
import { loadSnapshotContacts } from './follow-up-snapshots';

export type HistoricInvoice = {
  id: string;
  number: string;
  issueDate: IsoDate;
  dueDate: IsoDate;
  currency: string;
  grossTotalMinor: number;
  writtenOffOn: IsoDate | null;
  /** Money allocated, on the day it was paid or credited. */
  allocations: { date: IsoDate; amountMinor: number }[];
};

export type CustomerHistory = {
  customerId: string;
  country: string;
  timeZone: string;
  language: string;
  doNotContact: boolean;
  contacts: SnapshotContact[];
  invoices: HistoricInvoice[];
  disputes: { invoiceId: string; openedOn: IsoDate; resolvedOn: IsoDate | null }[];
  snoozes: { invoiceId: string | null; from: IsoDate; until: IsoDate; endedOn: IsoDate | null }[];
  promises: {
    id: string;
    invoiceIds: string[];
    recordedOn: IsoDate;
    promisedDate: IsoDate;
    amountMinor: number;
    currency: string;
    status: 'open' | 'kept' | 'partlyKept' | 'broken' | 'cancelled';
    resolvedOn: IsoDate | null;
  }[];
  plans: {
    id: string;
    invoiceIds: string[];
    createdOn: IsoDate;
    endedOn: IsoDate | null;
    instalments: { dueDate: IsoDate; amountMinor: number; paidMinor: number; currency: string }[];
  }[];
};

export type HistoryOrganization = { timeZone: string; defaultLanguage: string };

const ids = uuidArray;

/** The next customers (by id) with an invoice issued by `to`: keyset pagination for a back-test. */
export async function pageCustomersInvoicedBy(db: Db, orgId: string, to: IsoDate, afterId: string | null, limit: number): Promise<string[]> {
  const rows = await queryRows<{ customer_id: string }>(
    db,
    sql`select distinct customer_id from invoices
         where org_id = ${orgId} and issue_date <= ${to}::date ${afterId ? sql`and customer_id > ${afterId}::uuid` : sql``}
         order by customer_id limit ${limit}`,
  );
  return rows.map((r) => r.customer_id);
}

/** The history of the given customers that matters to days `from`…`to`: invoices issued by `to` and not settled before `from`. */
export async function loadLedgerHistory(
  db: Db,
  orgId: string,
  customerIds: readonly string[],
  from: IsoDate,
  to: IsoDate,
  org: HistoryOrganization,
): Promise<CustomerHistory[]> {
  if (customerIds.length === 0) return [];
  const batch = ids(customerIds);
  const tz = org.timeZone;
  const customers = await queryRows<{ id: string; country: string; time_zone: string | null; language: string | null; do_not_contact: boolean }>(
    db,
    sql`select id, country, time_zone, language, do_not_contact from customers where org_id = ${orgId} and id = any(${batch}) order by id`,
  );
  const invoices = await queryRows<{
    id: string;
    customer_id: string;
    number: string;
    issue_date: string;
    due_date: string;
    currency: string;
    gross_total_minor: number;
    written_off_on: string | null;
    allocations: [string, number][];
  }>(
    db,
    sql`with money as (
          select a.invoice_id, coalesce(p.payment_date, n.issue_date) as on_date, a.amount_minor
            from allocations a
            left join payments p on p.org_id = a.org_id and p.id = a.payment_id
            left join credit_notes n on n.org_id = a.org_id and n.id = a.credit_note_id
           where a.org_id = ${orgId}
             and a.invoice_id in (select id from invoices where org_id = ${orgId} and customer_id = any(${batch}))
        )
        select i.id, i.customer_id, i.number, i.issue_date, i.due_date, i.currency, i.gross_total_minor,
               (i.written_off_at at time zone ${tz})::date as written_off_on,
               coalesce(jsonb_agg(jsonb_build_array(m.on_date, m.amount_minor) order by m.on_date)
                        filter (where m.invoice_id is not null), '[]'::jsonb) as allocations
          from invoices i
          left join money m on m.invoice_id = i.id
         where i.org_id = ${orgId} and i.customer_id = any(${batch}) and i.issue_date <= ${to}::date
         group by i.id
        having i.status in ('open', 'partially_paid')
            or coalesce(max(m.on_date), i.issue_date) >= ${from}::date
            or (i.written_off_at at time zone ${tz})::date >= ${from}::date
         order by i.due_date, i.number`,
  );
  const disputes = await queryRows<{ customer_id: string; invoice_id: string; opened_on: string; resolved_on: string | null }>(
    db,
    sql`select customer_id, invoice_id, opened_on, resolved_on from disputes
         where org_id = ${orgId} and customer_id = any(${batch}) and opened_on <= ${to}::date`,
  );
  const snoozes = await queryRows<{ customer_id: string; invoice_id: string | null; from_on: string; until: string; ended_on: string | null }>(
    db,
    sql`select customer_id, invoice_id, (created_at at time zone ${tz})::date as from_on, until,
               (ended_at at time zone ${tz})::date as ended_on
          from snoozes where org_id = ${orgId} and customer_id = any(${batch}) and until >= ${from}::date`,
  );
  const promises = await queryRows<{
    customer_id: string;
    id: string;
    invoice_ids: string[];
    recorded_on: string;
    promised_date: string;
    amount_minor: number;
    currency: string;
    status: CustomerHistory['promises'][number]['status'];
    resolved_on: string | null;
  }>(
    db,
    sql`select customer_id, id, invoice_ids, (created_at at time zone ${tz})::date as recorded_on, promised_date, amount_minor,
               currency, status, resolved_on
          from promises_to_pay where org_id = ${orgId} and customer_id = any(${batch}) and status <> 'cancelled'`,
  );
  const instalments = await queryRows<{
    customer_id: string;
    plan_id: string;
    invoice_ids: string[];
    created_on: string;
    ended_on: string | null;
    currency: string;
    due_date: string;
    amount_minor: number;
    paid_minor: number;
  }>(
    db,
    sql`select p.customer_id, p.id as plan_id, p.invoice_ids, (p.created_at at time zone ${tz})::date as created_on, p.ended_on,
               p.currency, i.due_date, i.amount_minor, i.paid_minor
          from payment_plans p join plan_instalments i on i.org_id = p.org_id and i.plan_id = p.id
         where p.org_id = ${orgId} and p.customer_id = any(${batch}) and p.status <> 'cancelled'
         order by p.id, i.sequence`,
  );
  const contacts = await loadSnapshotContacts(db, orgId, customerIds);

  const histories = new Map<string, CustomerHistory>(
    customers.map((c) => [
      c.id,
      {
        customerId: c.id,
        country: c.country,
        timeZone: c.time_zone ?? org.timeZone,
        language: c.language ?? org.defaultLanguage,
        doNotContact: c.do_not_contact,
        contacts: contacts.get(c.id) ?? [],
        invoices: [],
        disputes: [],
        snoozes: [],
        promises: [],
        plans: [],
      },
    ]),
  );
  for (const i of invoices) {
    histories.get(i.customer_id)?.invoices.push({
      id: i.id,
      number: i.number,
      issueDate: i.issue_date,
      dueDate: i.due_date,
      currency: i.currency,
      grossTotalMinor: i.gross_total_minor,
      writtenOffOn: i.written_off_on,
      allocations: i.allocations.map(([date, amountMinor]) => ({ date, amountMinor: Number(amountMinor) })),
    });
  }
  for (const d of disputes) histories.get(d.customer_id)?.disputes.push({ invoiceId: d.invoice_id, openedOn: d.opened_on, resolvedOn: d.resolved_on });
  for (const s of snoozes) histories.get(s.customer_id)?.snoozes.push({ invoiceId: s.invoice_id, from: s.from_on, until: s.until, endedOn: s.ended_on });
  for (const p of promises) {
    histories.get(p.customer_id)?.promises.push({
      id: p.id,
      invoiceIds: p.invoice_ids,
      recordedOn: p.recorded_on,
      promisedDate: p.promised_date,
      amountMinor: p.amount_minor,
      currency: p.currency,
      status: p.status,
      resolvedOn: p.resolved_on,
    });
  }
  for (const row of instalments) {
    const history = histories.get(row.customer_id);
    if (!history) continue;
    let plan = history.plans.find((p) => p.id === row.plan_id);
    if (!plan) {
      plan = { id: row.plan_id, invoiceIds: row.invoice_ids, createdOn: row.created_on, endedOn: row.ended_on, instalments: [] };
      history.plans.push(plan);
    }
    plan.instalments.push({ dueDate: row.due_date, amountMinor: row.amount_minor, paidMinor: row.paid_minor, currency: row.currency });
  }
  return [...histories.values()];
}

/** How many customers have an invoice issued by `to`: a back-test's total, for progress bars. */
export async function countCustomersInvoicedBy(db: Db, orgId: string, to: IsoDate): Promise<number> {
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`select count(distinct customer_id)::int as count from invoices where org_id = ${orgId} and issue_date <= ${to}::date`,
  );
  return row?.count ?? 0;
}
