// Imported payments: the invoices they name, the batch upsert keyed on the payment's
// fingerprint, and the allocations to those invoices — with the payment's unallocated
// rest and the invoices' open amounts kept right in the same transaction.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from './database';
import { recomputeInvoiceBalances } from './ledger';

export type InvoiceForPayment = { id: string; number: string; customerId: string; currency: string; openAmountMinor: number };

/** The organization's invoices with these numbers. */
export async function findInvoicesByNumber(db: Db, orgId: string, numbers: readonly string[]): Promise<InvoiceForPayment[]> {
  if (numbers.length === 0) return [];
  return queryRows<InvoiceForPayment>(
    db,
    sql`select id, number, customer_id as "customerId", currency, open_amount_minor as "openAmountMinor"
          from invoices
         where org_id = ${orgId}::uuid
           and number in (select json_array_elements_text(${JSON.stringify(numbers)}::json))`,
  );
}

export type ImportedPayment = {
  fingerprint: string;
  customerId: string | null;
  externalId: string | null;
  paymentDate: string;
  amountMinor: number;
  currency: string;
  payerName: string | null;
  payerAccount: string | null;
  transferTitle: string | null;
};

export type StoredPayment = {
  id: string;
  fingerprint: string;
  /** Created by this statement. */
  inserted: boolean;
  /** Created or changed by this statement. */
  written: boolean;
  paymentDate: string;
  amountMinor: number;
  currency: string;
  unallocatedMinor: number;
};

export type PaymentDetailColumn = 'payerName' | 'payerAccount' | 'transferTitle';
const detailColumns: Record<PaymentDetailColumn, string> = {
  payerName: 'payer_name',
  payerAccount: 'payer_account',
  transferTitle: 'transfer_title',
};

/**
 * Inserts new payments; of known ones changes the customer (when the file names one)
 * and the given details when they differ. Returns every payment of the batch as stored.
 */
export async function upsertImportedPayments(
  db: Db,
  orgId: string,
  rows: readonly ImportedPayment[],
  changeable: readonly PaymentDetailColumn[],
): Promise<StoredPayment[]> {
  if (rows.length === 0) return [];
  const payload = rows.map((r) => ({
    f: r.fingerprint,
    c: r.customerId,
    e: r.externalId,
    d: r.paymentDate,
    a: r.amountMinor,
    cur: r.currency,
    pn: r.payerName,
    pa: r.payerAccount,
    tt: r.transferTitle,
  }));
  const targets = ['customer_id', 'external_id', ...changeable.map((c) => detailColumns[c])];
  const values = [
    'coalesce(excluded.customer_id, t.customer_id)',
    'coalesce(excluded.external_id, t.external_id)',
    ...changeable.map((c) => `excluded.${detailColumns[c]}`),
  ];
  // Rows the insert wrote come from its RETURNING; the others are read as they were,
  // since the statement's snapshot does not show its own changes.
  return queryRows<StoredPayment>(
    db,
    sql`with x as (
          select * from json_to_recordset(${JSON.stringify(payload)}::json)
                 as x(f text, c uuid, e text, d date, a bigint, cur text, pn text, pa text, tt text)
        ), up as (
          insert into payments as t
                 (org_id, customer_id, fingerprint, external_id, payment_date, amount_minor, currency,
                  payer_name, payer_account, transfer_title, unallocated_minor, source)
          select ${orgId}::uuid, x.c, x.f, x.e, x.d, x.a, x.cur, x.pn, x.pa, x.tt, x.a, 'file' from x
          on conflict (org_id, fingerprint) do update
             set ${sql.raw(targets.map((t, i) => `${t} = ${values[i]}`).join(', '))}
           where (${sql.raw(targets.map((t) => `t.${t}`).join(', '))}) is distinct from (${sql.raw(values.join(', '))})
          returning t.id, t.fingerprint, (xmax = 0) as inserted, t.payment_date, t.amount_minor, t.currency,
                    t.unallocated_minor
        )
        select id, fingerprint, inserted, true as written, payment_date as "paymentDate",
               amount_minor as "amountMinor", currency, unallocated_minor as "unallocatedMinor"
          from up
        union all
        select p.id, p.fingerprint, false, false, p.payment_date, p.amount_minor, p.currency, p.unallocated_minor
          from x join payments p on p.org_id = ${orgId}::uuid and p.fingerprint = x.f
         where not exists (select 1 from up where up.fingerprint = x.f)`,
  );
}

/** Payment–invoice pairs that already have an allocation, as "paymentId invoiceId". */
export async function findAllocatedPairs(db: Db, orgId: string, paymentIds: readonly string[]): Promise<Set<string>> {
  if (paymentIds.length === 0) return new Set();
  const rows = await queryRows<{ pair: string }>(
    db,
    sql`select payment_id || ' ' || invoice_id as pair
          from allocations
         where org_id = ${orgId}::uuid
           and payment_id in (select json_array_elements_text(${JSON.stringify(paymentIds)}::json)::uuid)`,
  );
  return new Set(rows.map((r) => r.pair));
}

export type ImportAllocation = { paymentId: string; invoiceId: string; amountMinor: number };

/** Writes allocations, then the payments' unallocated rest and the invoices' open amounts and status. */
export async function allocateImportedPayments(
  db: Db,
  orgId: string,
  allocations: readonly ImportAllocation[],
  userId: string | null,
): Promise<void> {
  if (allocations.length === 0) return;
  const payload = JSON.stringify(allocations.map((a) => ({ p: a.paymentId, i: a.invoiceId, a: a.amountMinor })));
  await db.execute(sql`
    insert into allocations (org_id, invoice_id, payment_id, amount_minor, created_by_user_id)
    select ${orgId}::uuid, x.i, x.p, x.a, ${userId}::uuid
      from json_to_recordset(${payload}::json) as x(p uuid, i uuid, a bigint)`);
  const paymentIds = [...new Set(allocations.map((a) => a.paymentId))];
  await db.execute(sql`
    update payments p
       set unallocated_minor = p.amount_minor - coalesce(
             (select sum(a.amount_minor) from allocations a where a.org_id = p.org_id and a.payment_id = p.id), 0)
     where p.org_id = ${orgId}::uuid
       and p.id in (select json_array_elements_text(${JSON.stringify(paymentIds)}::json)::uuid)`);
  await recomputeInvoiceBalances(db, orgId, [...new Set(allocations.map((a) => a.invoiceId))]);
}
