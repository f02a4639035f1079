// The ladder positions: per customer and procedure, the steps each invoice has taken
// (carried out or passed over). The daily run reads a batch of customers' rows with one
// query and rewrites the rows of those whose invoices moved, with one statement.
//
// A first run over an old ledger records a step or two for every invoice, and a day's
// steps are mostly the same step for many of a customer's invoices. So the stored
// document lists groups: the invoices that took one step on one day, as
// [day, step, [invoiceId, …]] when carried out and [day, step, [invoiceId, …], reason]
// when passed over (a step passed over always has its reason). Written per invoice
// instead, each invoice's steps in turn, the benchmark's ladders took 859 bytes a
// customer against 626, and building them was the run's largest piece of serialization.
import type { IsoDate } from '../domain/dates';
import { queryRows, sql, uuidArray, type Db, type SQL } from './database';
import { insertedWhole } from './unique-violation';
import { jsonField, jsonText, linesFrom, rowLines, token } from './row-lines';

/** The invoices that took one step on one day: carried out (reason null) or passed over for `reason`. */
export type LadderGroup = { onDate: IsoDate; stepKey: string; reason: string | null; invoiceIds: string[] };

export type CustomerLadder = { customerId: string; procedureKey: string; groups: LadderGroup[] };

/** The stored form of a ladder: see the head of this file. */
type StoredGroup = [IsoDate, string, string[]] | [IsoDate, string, string[], string];

function storedGroups(groups: readonly LadderGroup[]): StoredGroup[] {
  return groups.map((g) => (g.reason === null ? [g.onDate, g.stepKey, g.invoiceIds] : [g.onDate, g.stepKey, g.invoiceIds, g.reason]));
}

function fromStored(stored: readonly StoredGroup[]): LadderGroup[] {
  return stored.map(([onDate, stepKey, invoiceIds, reason]) => ({ onDate, stepKey, reason: reason ?? null, invoiceIds }));
}

/** The ladders of the given customers, every procedure they have been on. */
export async function loadLadders(db: Db, orgId: string, customerIds: readonly string[]): Promise<CustomerLadder[]> {
  if (customerIds.length === 0) return [];
  const rows = await queryRows<{ customer_id: string; procedure_key: string; entries: StoredGroup[] }>(
    db,
    sql`select customer_id, procedure_key, entries from follow_up_ladders
         where org_id = ${orgId} and customer_id = any(${uuidArray(customerIds)})`,
  );
  return rows.map((r) => ({ customerId: r.customer_id, procedureKey: r.procedure_key, groups: fromStored(r.entries) }));
}

/** A ladder to write; `isNew` when the writer read none stored for that customer and procedure. */
export type LadderToSave = CustomerLadder & { isNew?: boolean };

/**
 * Writes the given ladders whole, in place of what is stored. Two runs of one day
 * writing the same customer decide the same steps, so the last write loses nothing.
 * Ladders marked new go in as a plain insert (see insertedWhole), which a first run over
 * a big ledger writes for every customer; should another run have written one of them
 * meanwhile, they go with the others, in place of what is stored.
 */
export async function saveLadders(db: Db, orgId: string, ladders: readonly LadderToSave[], onDate: IsoDate): Promise<void> {
  const fresh = ladders.filter((l) => l.isNew === true);
  const rewritten = ladders.filter((l) => l.isNew !== true);
  if (fresh.length > 0 && !(await insertedWhole(db, insertLadders(orgId, fresh, onDate)))) rewritten.push(...fresh);
  if (rewritten.length === 0) return;
  await db.execute(
    sql`${insertLadders(orgId, rewritten, onDate)}
        on conflict (org_id, customer_id, procedure_key)
        do update set entries = excluded.entries, updated_on = excluded.updated_on`,
  );
}

function insertLadders(orgId: string, ladders: readonly CustomerLadder[], onDate: IsoDate): SQL {
  const rows = ladders.map((l) => [token(l.customerId), jsonField(l.procedureKey), jsonField(storedGroups(l.groups))]);
  return sql`insert into follow_up_ladders (org_id, customer_id, procedure_key, entries, updated_on)
             select ${orgId}, f[1]::uuid, ${jsonText(2)}, f[3]::json, ${onDate}::date
               from ${linesFrom(rowLines(rows))}`;
}

/** How many ladder steps (carried out and passed over, one per invoice) the organization's customers have recorded. */
export async function countLadderSteps(db: Db, orgId: string): Promise<number> {
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`select coalesce(sum(json_array_length(g->2)), 0)::int as count
          from follow_up_ladders l, json_array_elements(l.entries) as g
         where l.org_id = ${orgId}`,
  );
  return row?.count ?? 0;
}
