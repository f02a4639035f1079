// The ladder positions: per customer and procedure, the steps each invoice has taken
// (carried out or passed over). The daily run reads a batch of customers' rows with one
// query and rewrites the rows of those whose invoices moved, with one statement.
import type { IsoDate } from '../domain/dates';
import { queryRows, sql, type Db } from './database';

/** One invoice's step, carried out ('done', by an outbox action) or passed over ('skipped', with the reason). */
export type LadderEntry = {
  invoiceId: string;
  stepKey: string;
  onDate: IsoDate;
  outcome: 'done' | 'skipped';
  reason?: string;
};

export type CustomerLadder = { customerId: string; procedureKey: string; entries: LadderEntry[] };

/** The ladders of the given customers, every procedure they have been on. */
export async function loadLadders(db: Db, orgId: string, customerIds: readonly string[]): Promise<CustomerLadder[]> {
  if (customerIds.length === 0) return [];
  const rows = await queryRows<{ customer_id: string; procedure_key: string; entries: LadderEntry[] }>(
    db,
    sql`select customer_id, procedure_key, entries from follow_up_ladders
         where org_id = ${orgId} and customer_id = any(${sql.param([...customerIds])}::uuid[])`,
  );
  return rows.map((r) => ({ customerId: r.customer_id, procedureKey: r.procedure_key, entries: r.entries }));
}

/**
 * Writes the given ladders whole, in place of what is stored. Two runs of one day
 * writing the same customer decide the same steps, so the last write loses nothing.
 */
export async function saveLadders(db: Db, orgId: string, ladders: readonly CustomerLadder[], onDate: IsoDate): Promise<void> {
  if (ladders.length === 0) return;
  const rows = ladders.map((l) => ({ customer_id: l.customerId, procedure_key: l.procedureKey, entries: l.entries }));
  await db.execute(
    sql`insert into follow_up_ladders (org_id, customer_id, procedure_key, entries, updated_on)
        select ${orgId}, r.customer_id, r.procedure_key, r.entries, ${onDate}::date
          from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(customer_id uuid, procedure_key text, entries jsonb)
        on conflict (org_id, customer_id, procedure_key)
        do update set entries = excluded.entries, updated_on = excluded.updated_on`,
  );
}
