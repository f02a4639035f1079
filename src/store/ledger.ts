// An invoice's open amount and status follow from its allocations. Every change to
// allocations (or to an invoice's total) calls this in the same transaction, so the
// stored figures are never out of step with what was paid or credited.
import { sql } from 'drizzle-orm';
import type { Db } from './database';

/** Recomputes open amount and status of the given invoices of one organization. */
export async function recomputeInvoiceBalances(db: Db, orgId: string, invoiceIds: readonly string[]): Promise<void> {
  if (invoiceIds.length === 0) return;
  await db.execute(sql`
    with sums as (
      select i.id,
             coalesce(sum(a.amount_minor) filter (where a.payment_id is not null), 0) as paid,
             coalesce(sum(a.amount_minor) filter (where a.credit_note_id is not null), 0) as credited
        from invoices i
        left join allocations a on a.org_id = i.org_id and a.invoice_id = i.id
       where i.org_id = ${orgId} and i.id in (${sql.join(invoiceIds.map((id) => sql`${id}::uuid`), sql`, `)})
       group by i.id
    )
    update invoices i
       set open_amount_minor = greatest(i.gross_total_minor - s.paid - s.credited, 0),
           status = ${invoiceStatusSql('i.gross_total_minor', 's.paid', 's.credited', 'i.written_off_at')},
           updated_at = now()
      from sums s
     where i.org_id = ${orgId} and i.id = s.id`);
}

/**
 * The status rule as SQL over column expressions, so bulk imports and allocation
 * changes share it: written off wins; fully credited without payments is credited;
 * nothing left is paid; something allocated is partly paid; otherwise open.
 */
export function invoiceStatusSql(gross: string, paid: string, credited: string, writtenOffAt: string) {
  return sql.raw(`case
      when ${writtenOffAt} is not null then 'written_off'
      when ${credited} >= ${gross} and ${paid} = 0 then 'credited'
      when ${paid} + ${credited} >= ${gross} then 'paid'
      when ${paid} + ${credited} > 0 then 'partially_paid'
      else 'open' end`);
}
