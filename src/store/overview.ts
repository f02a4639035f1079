// The first screen of a credit controller: what is open and overdue per currency,
// aged in buckets, and who owes the most overdue money. Two aggregates over the
// unsettled invoices (served by invoices_org_status_due), no per-row work in JS: the
// bucket totals group by currency only, which is as cheap as a bare aggregate; the
// top ten need a per-customer grouping of the overdue rows. On a server database
// they run side by side. (One pass grouping everything per customer measured slower:
// ten filtered sums over thousands of groups cost more than the second scan.)
import { addDays } from '../domain/dates';
import type { Overview } from '../http/contract';
import { queryRows, sql, type Db } from './database';

type Buckets = Overview['currencies'][number]['buckets'];
const bucketNames: (keyof Buckets)[] = ['notDue', 'd1to30', 'd31to60', 'd61to90', 'd90plus'];

type CurrencyRow = { currency: string; open_minor: number; open_count: number } & Record<string, number | string>;
type TopRow = { customer_id: string; name: string; currency: string; overdue_minor: number; max_days: number };

/** Open and overdue totals, aging buckets and the top 10 overdue customers on `asOf`. */
export async function getOverview(db: Db, orgId: string, asOf: string): Promise<Overview> {
  // Bucket edges as due dates (days overdue = asOf − due date; ≤ 0 is not due), so
  // each bucket is a plain date range.
  const due0 = sql`${asOf}::date`;
  const due30 = sql`${addDays(asOf, -30)}::date`;
  const due60 = sql`${addDays(asOf, -60)}::date`;
  const due90 = sql`${addDays(asOf, -90)}::date`;
  const edges: Record<keyof Buckets, ReturnType<typeof sql>> = {
    notDue: sql`due_date >= ${due0}`,
    d1to30: sql`due_date < ${due0} and due_date >= ${due30}`,
    d31to60: sql`due_date < ${due30} and due_date >= ${due60}`,
    d61to90: sql`due_date < ${due60} and due_date >= ${due90}`,
    d90plus: sql`due_date < ${due90}`,
  };
  const perBucket = sql.join(
    bucketNames.map(
      (name) => sql`coalesce(sum(open_amount_minor) filter (where ${edges[name]}), 0)::bigint as ${sql.raw(`a_${name.toLowerCase()}`)},
        count(*) filter (where ${edges[name]})::int as ${sql.raw(`n_${name.toLowerCase()}`)}`,
    ),
    sql`, `,
  );

  const [currencyRows, topRows] = await Promise.all([
    queryRows<CurrencyRow>(
      db,
      sql`select currency, sum(open_amount_minor)::bigint as open_minor, count(*)::int as open_count, ${perBucket}
            from invoices
           where org_id = ${orgId} and status in ('open', 'partially_paid')
           group by currency
           order by currency`,
    ),
    queryRows<TopRow>(
      db,
      sql`select t.customer_id, c.name, t.currency, t.overdue_minor, t.max_days
            from (select customer_id, currency,
                         sum(open_amount_minor)::bigint as overdue_minor,
                         (${due0} - min(due_date))::int as max_days
                    from invoices
                   where org_id = ${orgId} and status in ('open', 'partially_paid') and due_date < ${due0}
                   group by customer_id, currency
                   order by overdue_minor desc, customer_id
                   limit 10) t
            join customers c on c.org_id = ${orgId} and c.id = t.customer_id
           order by t.overdue_minor desc, c.name`,
    ),
  ]);

  return {
    asOf,
    currencies: currencyRows.map((row) => {
      const pick = (prefix: 'a' | 'n') =>
        Object.fromEntries(bucketNames.map((name) => [name, Number(row[`${prefix}_${name.toLowerCase()}`])])) as Buckets;
      const buckets = pick('a');
      const bucketCounts = pick('n');
      return {
        currency: row.currency,
        openMinor: Number(row.open_minor),
        overdueMinor: Number(row.open_minor) - buckets.notDue,
        openInvoices: Number(row.open_count),
        overdueInvoices: Number(row.open_count) - bucketCounts.notDue,
        buckets,
        bucketCounts,
      };
    }),
    topOverdueCustomers: topRows.map((row) => ({
      customerId: row.customer_id,
      name: row.name,
      currency: row.currency,
      overdueMinor: Number(row.overdue_minor),
      maxDaysOverdue: Number(row.max_days),
    })),
  };
}
