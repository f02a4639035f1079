// Imported invoices, one statement per batch keyed on the invoice number. A changed
// total is written and the open amount recomputed from the allocations, so a
// re-import never forgets what was paid.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from './database';
import { recomputeInvoiceBalances } from './ledger';

export type ImportedInvoice = {
  line: number;
  number: string;
  customerId: string;
  externalId: string | null;
  issueDate: string;
  dueDate: string;
  currency: string;
  grossTotalMinor: number;
};

export type InvoiceConflict = {
  line: number;
  number: string;
  /** 'customer': the number is another customer's invoice; 'currency': the currency would change under allocations. */
  reason: 'customer' | 'currency';
  customerName: string;
  currency: string;
};

/** Rows of the batch that the ledger cannot take: another customer's number, or a new currency for a paid invoice. */
export async function findInvoiceConflicts(db: Db, orgId: string, rows: readonly ImportedInvoice[]): Promise<InvoiceConflict[]> {
  if (rows.length === 0) return [];
  const payload = rows.map((r) => ({ l: r.line, n: r.number, c: r.customerId, cur: r.currency }));
  return queryRows<InvoiceConflict>(
    db,
    // A lateral lookup per row keeps to the (org_id, number) index whatever the
    // planner guesses about the batch's size.
    sql`select x.l as line, x.n as number,
               case when i.customer_id <> x.c then 'customer' else 'currency' end as reason,
               c.name as "customerName", i.currency
          from json_to_recordset(${JSON.stringify(payload)}::json) as x(l int, n text, c uuid, cur text)
          cross join lateral (
            select id, customer_id, currency from invoices
             where org_id = ${orgId}::uuid and number = x.n) i
          join customers c on c.org_id = ${orgId}::uuid and c.id = i.customer_id
         where i.customer_id <> x.c
            or (i.currency <> x.cur
                and exists (select 1 from allocations a where a.org_id = ${orgId}::uuid and a.invoice_id = i.id))
         order by x.l`,
  );
}

/**
 * Inserts new invoices and changes existing ones whose values differ; returns how many
 * were created and updated. Rows that would move an invoice to another customer, or
 * change the currency of one with allocations, are left alone: findInvoiceConflicts
 * names them.
 */
export async function upsertImportedInvoices(
  db: Db,
  orgId: string,
  rows: readonly ImportedInvoice[],
  options: { writeExternalId: boolean; /** Where the invoices came from; a spreadsheet unless told. */ source?: 'file' | 'einvoice' },
): Promise<{ created: number; updated: number }> {
  if (rows.length === 0) return { created: 0, updated: 0 };
  const payload = rows.map((r) => ({
    n: r.number,
    c: r.customerId,
    e: r.externalId,
    i: r.issueDate,
    d: r.dueDate,
    cur: r.currency,
    g: r.grossTotalMinor,
  }));
  const changed = ['issue_date', 'due_date', 'currency', 'gross_total_minor', ...(options.writeExternalId ? ['external_id'] : [])];
  // Counted in the database: a million created rows need not travel back one by one.
  const [counts] = await queryRows<{ created: number; updated_ids: string[] }>(
    db,
    sql`with up as (
          insert into invoices as t
                 (org_id, customer_id, number, external_id, issue_date, due_date, currency,
                  gross_total_minor, open_amount_minor, status, source)
          select ${orgId}::uuid, x.c, x.n, x.e, x.i, x.d, x.cur, x.g, x.g, 'open', ${options.source ?? 'file'}
            from json_to_recordset(${JSON.stringify(payload)}::json)
                 as x(n text, c uuid, e text, i date, d date, cur text, g bigint)
          on conflict (org_id, number) do update
             set ${sql.raw(changed.map((n) => `${n} = excluded.${n}`).join(', '))}, updated_at = now()
           where t.customer_id = excluded.customer_id
             and (t.currency = excluded.currency
                  or not exists (select 1 from allocations a where a.org_id = t.org_id and a.invoice_id = t.id))
             and (${sql.raw(changed.map((n) => `t.${n}`).join(', '))})
                 is distinct from (${sql.raw(changed.map((n) => `excluded.${n}`).join(', '))})
          returning t.id, (xmax = 0) as inserted
        )
        select count(*) filter (where inserted)::int as created,
               coalesce(json_agg(id) filter (where not inserted), '[]'::json) as updated_ids
          from up`,
  );
  const updatedIds = counts?.updated_ids ?? [];
  await recomputeInvoiceBalances(db, orgId, updatedIds);
  return { created: counts?.created ?? 0, updated: updatedIds.length };
}
