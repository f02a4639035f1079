// The ladder positions: per customer and procedure, the steps each invoice has taken
// (carried out or passed over). The daily run reads a batch of customers' rows with one
// query and rewrites the rows of those whose invoices moved, with one statement.
//
// A first run over an old ledger passes over a dozen steps per invoice, so the stored
// document is kept small: per invoice, its steps in order as [step, day] when carried
// out and [step, day, reason] when passed over (a step passed over always has its
// reason). Spelled out as objects the same rows took three times as long to write.
import type { IsoDate } from '../domain/dates';
import { queryRows, sql, uuidArray, type Db } from './database';
import { jsonField, jsonText, linesFrom, rowLines, token } from './row-lines';

/** One invoice's step, carried out ('done', by an outbox action) or passed over ('skipped', with the reason). */
export type LadderEntry = {
  invoiceId: string;
  stepKey: string;
  onDate: IsoDate;
  outcome: 'done' | 'skipped';
  reason?: string;
};

export type CustomerLadder = { customerId: string; procedureKey: string; entries: LadderEntry[] };

/** The stored form of a ladder's entries: invoice id → its steps in order. */
type StoredEntries = Record<string, ([string, IsoDate] | [string, IsoDate, string])[]>;

/**
 * The stored form of entries as JSON text, written out directly: a first run over a
 * big ledger saves a hundred thousand steps, and building objects only for
 * JSON.stringify to walk them cost more than the database's insert.
 */
function storedJson(entries: readonly LadderEntry[]): string {
  // Grouped in a Map first: each invoice's steps stay in their order.
  const perInvoice = new Map<string, string[]>();
  for (const e of entries) {
    const head = `[${JSON.stringify(e.stepKey)},"${e.onDate}"`;
    const step = e.outcome === 'skipped' ? `${head},${JSON.stringify(e.reason ?? '')}]` : `${head}]`;
    const steps = perInvoice.get(e.invoiceId);
    if (steps) steps.push(step);
    else perInvoice.set(e.invoiceId, [step]);
  }
  const invoices: string[] = [];
  for (const [invoiceId, steps] of perInvoice) invoices.push(`${JSON.stringify(invoiceId)}:[${steps.join(',')}]`);
  return `{${invoices.join(',')}}`;
}

function fromStored(stored: StoredEntries): LadderEntry[] {
  const entries: LadderEntry[] = [];
  for (const invoiceId in stored) {
    for (const [stepKey, onDate, reason] of stored[invoiceId]!) {
      entries.push(reason === undefined ? { invoiceId, stepKey, onDate, outcome: 'done' } : { invoiceId, stepKey, onDate, outcome: 'skipped', reason });
    }
  }
  return entries;
}

/** The ladders of the given customers, every procedure they have been on. */
export async function loadLadders(db: Db, orgId: string, customerIds: readonly string[]): Promise<CustomerLadder[]> {
  if (customerIds.length === 0) return [];
  const rows = await queryRows<{ customer_id: string; procedure_key: string; entries: StoredEntries }>(
    db,
    sql`select customer_id, procedure_key, entries from follow_up_ladders
         where org_id = ${orgId} and customer_id = any(${uuidArray(customerIds)})`,
  );
  return rows.map((r) => ({ customerId: r.customer_id, procedureKey: r.procedure_key, entries: fromStored(r.entries) }));
}

/**
 * Writes the given ladders whole, in place of what is stored. Two runs of one day
 * writing the same customer decide the same steps, so the last write loses nothing.
 */
export async function saveLadders(db: Db, orgId: string, ladders: readonly CustomerLadder[], onDate: IsoDate): Promise<void> {
  if (ladders.length === 0) return;
  const rows = ladders.map((l) => [token(l.customerId), jsonField(l.procedureKey), storedJson(l.entries)]);
  await db.execute(
    sql`insert into follow_up_ladders (org_id, customer_id, procedure_key, entries, updated_on)
        select ${orgId}, f[1]::uuid, ${jsonText(2)}, f[3]::json, ${onDate}::date
          from ${linesFrom(rowLines(rows))}
        on conflict (org_id, customer_id, procedure_key)
        do update set entries = excluded.entries, updated_on = excluded.updated_on`,
  );
}

/** How many ladder steps (carried out and passed over) the organization's customers have recorded. */
export async function countLadderSteps(db: Db, orgId: string): Promise<number> {
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`select coalesce(sum(json_array_length(steps)), 0)::int as count
          from follow_up_ladders l, json_each(l.entries) as invoice(id, steps)
         where l.org_id = ${orgId}`,
  );
  return row?.count ?? 0;
}
