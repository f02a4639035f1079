// The outbox. Actions go in with their deterministic key, and a key already stored is
// skipped, so storing a decision twice stores it once; each statement takes a whole
// batch as one parameter (see row-lines.ts), not a row per round trip.
import { hash } from 'node:crypto';
import type { IsoDate } from '../domain/dates';
import type { Action, HeldStep, StepRef } from '../domain/dunning/actions';
import { queryRows, sql, uuidArray, type Db } from './database';
import { jsonField, jsonText, linesFrom, rowLines, token } from './row-lines';
import { insertedWhole } from './unique-violation';

// A merged contact's key lists every invoice it carries, so it can grow past what a
// btree index entry may hold (and long keys slow every insert): past this length the
// stored key is a readable head (customer, procedure@version, kind) and a hash of it all.
const longKeyFrom = 128;

/** The key as the outbox stores it: the engine's key, or its head and SHA-256 when long. */
export function outboxKey(engineKey: string): string {
  if (engineKey.length < longKeyFrom) return engineKey;
  // One-shot hash: a first run over a big ledger hashes a hundred thousand keys.
  return `${engineKey.slice(0, 64)}#${hash('sha256', engineKey, 'hex')}`;
}

export type OutboxStatus = 'pending' | 'awaitingApproval';

export type NewOutboxAction = {
  action: Action;
  /** `outboxKey(action.key)`, worked out once: a merged contact's key is hashed. */
  storedKey: string;
  /** The channel column: a contact's channel, 'internalTask' for tasks, null for effects. */
  channel: string | null;
  status: OutboxStatus;
};

/**
 * An action's steps as stored: runs of steps with the same step key, each
 * [stepKey, [invoiceId, …]], in the action's order. A merged contact lists a step for
 * each of a customer's invoices, mostly the same step; written out as {stepKey,
 * invoiceId} objects they were three quarters of the document, and the outbox is the
 * largest thing the daily run writes.
 */
export type StoredSteps = [stepKey: string, invoiceIds: string[]][];

function storedSteps(steps: readonly StepRef[]): StoredSteps {
  const runs: StoredSteps = [];
  for (const { stepKey, invoiceId } of steps) {
    const last = runs.at(-1);
    if (last && last[0] === stepKey) last[1].push(invoiceId);
    else runs.push([stepKey, [invoiceId]]);
  }
  return runs;
}

/** The step refs of stored steps, in their order. */
export function stepRefsOf(stored: StoredSteps): StepRef[] {
  return stored.flatMap(([stepKey, invoiceIds]) => invoiceIds.map((invoiceId) => ({ invoiceId, stepKey })));
}

// What the row's own columns hold stays out of its action JSON: the merged contact's key
// alone repeats every step it carries, and a slimmer document is cheaper to write.
// The fields the row's columns hold are set to undefined, which JSON leaves out: a copy
// without them by rest destructuring takes V8's slow path (24,000 actions: 42 ms against 9).
function storedActionJson(action: Action): Record<string, unknown> {
  return {
    ...action,
    key: undefined,
    customerId: undefined,
    kind: undefined,
    plannedFor: undefined,
    procedureKey: undefined,
    procedureVersion: undefined,
    steps: storedSteps(action.steps),
  };
}

/** The columns an action is put back together from. */
export type StoredActionColumns = {
  key: string;
  customer_id: string;
  kind: string;
  planned_for: string;
  procedure_key: string;
  procedure_version: number;
  action: Record<string, unknown> & { steps: StoredSteps };
};

/** The action of a stored row, whole again; its key is the outbox key. */
export function storedAction(row: StoredActionColumns): Action {
  return {
    ...row.action,
    steps: stepRefsOf(row.action.steps),
    key: row.key,
    customerId: row.customer_id,
    kind: row.kind,
    plannedFor: row.planned_for,
    procedureKey: row.procedure_key,
    procedureVersion: row.procedure_version,
  } as Action;
}

/**
 * Inserts the actions not stored yet; returns the engine keys of those it created.
 * Mostly none of them is: the daily run leaves out what its snapshot of the morning
 * already knew. So they go in as a plain insert, and only when another run of the same
 * day stored some first does the insert skip stored keys and say which it created.
 */
export async function insertOutboxActions(db: Db, orgId: string, actions: readonly NewOutboxAction[]): Promise<Set<string>> {
  if (actions.length === 0) return new Set();
  const rows = linesFrom(
    rowLines(
      actions.map(({ action, storedKey, channel, status }) => [
        jsonField(storedKey),
        token(action.customerId),
        token(action.kind),
        jsonField(channel),
        token(action.plannedFor),
        token(status),
        jsonField(action.procedureKey),
        token(action.procedureVersion),
        jsonField(storedActionJson(action)),
      ]),
    ),
  );
  const insert = sql`insert into follow_up_actions
                            (org_id, key, customer_id, kind, channel, planned_for, status, procedure_key, procedure_version, action)
                     select ${orgId}, ${jsonText(1)}, f[2]::uuid, f[3], ${jsonText(4)}, f[5]::date, f[6], ${jsonText(7)}, f[8]::int, f[9]::json
                       from ${rows}`;
  if (await insertedWhole(db, insert)) return new Set(actions.map(({ action }) => action.key));
  const engineKeyOf = new Map(actions.map(({ action, storedKey }) => [storedKey, action.key]));
  const created = await queryRows<{ key: string }>(db, sql`${insert} on conflict (org_id, key) do nothing returning key`);
  return new Set(created.map((row) => engineKeyOf.get(row.key)!));
}

/** Replaces the held steps of the given customers with those of this run (none: the customer's row goes). */
export async function replaceFollowUpHolds(
  db: Db,
  orgId: string,
  customerIds: readonly string[],
  runDate: IsoDate,
  held: ReadonlyMap<string, readonly HeldStep[]>,
): Promise<void> {
  if (customerIds.length === 0) return;
  await db.execute(
    sql`delete from follow_up_holds where org_id = ${orgId} and customer_id = any(${uuidArray(customerIds)})`,
  );
  const rows = [...held].filter(([, steps]) => steps.length > 0).map(([customerId, steps]) => [token(customerId), jsonField(steps)]);
  if (rows.length === 0) return;
  await db.execute(
    sql`insert into follow_up_holds (org_id, customer_id, run_date, held)
        select ${orgId}, f[1]::uuid, ${runDate}::date, f[2]::jsonb
          from ${linesFrom(rowLines(rows))}`,
  );
}

/** Puts the given customers on credit hold (a step's effect): deferred terms stop for them. */
export async function setCreditHold(db: Db, orgId: string, customerIds: readonly string[]): Promise<void> {
  if (customerIds.length === 0) return;
  await db.execute(
    sql`update customers set credit_hold = true, updated_at = now()
         where org_id = ${orgId} and id = any(${uuidArray(customerIds)}) and not credit_hold`,
  );
}

export type StoredAction = {
  id: string;
  key: string;
  customerId: string;
  kind: string;
  channel: string | null;
  plannedFor: IsoDate;
  status: string;
  procedureKey: string;
  procedureVersion: number;
  action: Action;
};

/** The stored actions of the organization planned within [from, to], oldest first (optionally of one customer). */
export async function listOutboxActions(
  db: Db,
  orgId: string,
  options: { from?: IsoDate; to?: IsoDate; customerId?: string } = {},
): Promise<StoredAction[]> {
  const rows = await queryRows<StoredActionColumns & { id: string; channel: string | null; status: string }>(
    db,
    sql`select id, key, customer_id, kind, channel, planned_for, status, procedure_key, procedure_version, action
          from follow_up_actions
         where org_id = ${orgId}
           ${options.from ? sql`and planned_for >= ${options.from}::date` : sql``}
           ${options.to ? sql`and planned_for <= ${options.to}::date` : sql``}
           ${options.customerId ? sql`and customer_id = ${options.customerId}::uuid` : sql``}
         order by planned_for, customer_id, key`,
  );
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    customerId: r.customer_id,
    kind: r.kind,
    channel: r.channel,
    plannedFor: r.planned_for,
    status: r.status,
    procedureKey: r.procedure_key,
    procedureVersion: r.procedure_version,
    action: storedAction(r),
  }));
}

/** The held steps of a customer from its latest run, with that run's day; null when nothing is held. */
export async function findFollowUpHolds(db: Db, orgId: string, customerId: string): Promise<{ runDate: IsoDate; held: HeldStep[] } | null> {
  const [row] = await queryRows<{ run_date: string; held: HeldStep[] }>(
    db,
    sql`select run_date, held from follow_up_holds where org_id = ${orgId} and customer_id = ${customerId}::uuid`,
  );
  return row ? { runDate: row.run_date, held: row.held } : null;
}

/**
 * Cancels the customers' pending outbox actions whose invoices are all settled, with
 * held reason 'settled': the sender would drop them at send time anyway, but until then
 * the outbox would show reminders to people who have paid. Returns how many.
 */
export async function cancelSettledOutboxActions(db: Db, orgId: string, customerIds: readonly string[]): Promise<number> {
  if (customerIds.length === 0) return 0;
  const rows = await queryRows<{ id: string }>(
    db,
    sql`update follow_up_actions a set status = 'cancelled', held_reason = 'settled', updated_at = now()
         where a.org_id = ${orgId} and a.customer_id = any(${uuidArray(customerIds)}) and a.status = 'pending'
           and json_array_length(coalesce(a.action->'steps', '[]'::json)) > 0
           and not exists (
             select 1 from json_array_elements(a.action->'steps') as run, json_array_elements_text(run->1) as invoice(id)
               join invoices i on i.org_id = a.org_id and i.id = invoice.id::uuid
              where i.open_amount_minor > 0 and i.written_off_at is null)
        returning a.id`,
  );
  return rows.length;
}
