// The daily run's benchmark ledger, written straight into the database with a few
// set-based statements (importing a million invoices is another benchmark): N open
// invoices for N/10 customers, each with a payables contact and a decision-maker,
// split by segment over three procedures. Due dates spread from 60 days before the
// run day to 30 days after it, so most invoices have a step due on the day.
// Ids are derived from the row number (md5), so the same size gives the same ledger.
import { addDays, type IsoDate } from '../src/domain/dates';
import { queryRows, sql, type Db } from '../src/store/database';
import { replaceRoutingRules } from '../src/store/routing-rules';

export type FollowUpBenchSpec = {
  invoices: number;
  /** The day the run is timed on: a Wednesday without a Polish holiday by default. */
  runDate: IsoDate;
};

/** Routing of the benchmark: segments to the three procedures, everything else standard. */
export const benchSegments = [
  { segment: 'key', procedureKey: 'key-account', share: 0.2 },
  { segment: 'new', procedureKey: 'new-customer', share: 0.2 },
  { segment: 'regular', procedureKey: 'standard', share: 0.6 },
] as const;

/** Customers of a benchmark size: a tenth of the invoices, at least one. */
export function benchCustomerCount(invoices: number): number {
  return Math.max(1, Math.round(invoices / 10));
}

/** Writes the benchmark ledger into the organization (which must have its procedures); returns the counts written. */
export async function writeFollowUpLedger(db: Db, orgId: string, spec: FollowUpBenchSpec): Promise<{ customers: number; invoices: number; contacts: number }> {
  const customers = benchCustomerCount(spec.invoices);
  // md5 of the organization and the row number: stable ids, distinct per organization.
  await db.execute(sql`
    insert into customers (id, org_id, external_id, name, country, segment, payment_terms_days)
    select md5(${orgId} || ':c:' || n)::uuid, ${orgId}::uuid, 'B' || lpad(n::text, 7, '0'), 'Benchmark customer ' || n, 'PL',
           case when n % 10 < 2 then 'key' when n % 10 < 4 then 'new' else 'regular' end,
           30
      from generate_series(1, ${customers}) as n`);
  await db.execute(sql`
    insert into contacts (org_id, customer_id, name, roles, emails, phones, addresses)
    select ${orgId}::uuid, md5(${orgId} || ':c:' || n)::uuid, 'Accounts payable ' || n, '{payables}'::text[],
           jsonb_build_array(jsonb_build_object('address', 'ap' || n || '@example.com')),
           jsonb_build_array(jsonb_build_object('number', '+48 600 ' || lpad((n % 1000000)::text, 6, '0'), 'kind', 'mobile')),
           '[]'::jsonb
      from generate_series(1, ${customers}) as n
    union all
    select ${orgId}::uuid, md5(${orgId} || ':c:' || n)::uuid, 'Finance director ' || n, '{finance_decision_maker}'::text[],
           jsonb_build_array(jsonb_build_object('address', 'cfo' || n || '@example.com')),
           jsonb_build_array(jsonb_build_object('number', '+48 22 ' || lpad((n % 1000000)::text, 6, '0'), 'kind', 'work')),
           jsonb_build_array(jsonb_build_object('street', 'Prosta ' || n, 'postalCode', '00-001', 'city', 'Warszawa', 'country', 'PL'))
      from generate_series(1, ${customers}) as n`);
  // Invoice n belongs to customer (n mod C) + 1; its due date walks the 91 days around
  // the run day with a stride coprime to 91, and its amount is spread the same way.
  const firstDue = addDays(spec.runDate, -60);
  await db.execute(sql`
    insert into invoices (id, org_id, customer_id, number, issue_date, due_date, currency, gross_total_minor, open_amount_minor, status, source)
    select md5(${orgId} || ':i:' || n)::uuid, ${orgId}::uuid, md5(${orgId} || ':c:' || ((n - 1) % ${customers} + 1))::uuid,
           'B/' || lpad(n::text, 8, '0'),
           ${firstDue}::date + ((n * 37) % 91) - 30,
           ${firstDue}::date + ((n * 37) % 91),
           'PLN', g.amount, g.amount, 'open', 'file'
      from generate_series(1, ${spec.invoices}) as n
      cross join lateral (select 20000 + (n::bigint * 7919) % 2000000 as amount) g`);
  // Vacuumed as well as analyzed, as autovacuum leaves a table after a bulk insert: the
  // first statement to read freshly written rows marks each one committed on its page
  // and so rewrites the whole table. Left to the run, that write would be timed against
  // a baseline reading the table after it, already marked.
  await db.execute(sql`vacuum analyze customers`);
  await db.execute(sql`vacuum analyze contacts`);
  await db.execute(sql`vacuum analyze invoices`);
  await replaceRoutingRules(
    db,
    orgId,
    benchSegments
      .filter((s) => s.procedureKey !== 'standard')
      .map((s, i) => ({ priority: 10 + i, procedureKey: s.procedureKey, name: `Segment ${s.segment}`, criteria: { segments: [s.segment] } })),
  );
  const [counts] = await queryRows<{ customers: number; invoices: number; contacts: number }>(
    db,
    sql`select (select count(*)::int from customers where org_id = ${orgId}) as customers,
               (select count(*)::int from invoices where org_id = ${orgId}) as invoices,
               (select count(*)::int from contacts where org_id = ${orgId}) as contacts`,
  );
  return counts!;
}
