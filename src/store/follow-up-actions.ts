// The outbox and the ladder positions. Actions go in with their deterministic key and
// ON CONFLICT DO NOTHING, so storing a decision twice stores it once; each statement
// takes a whole batch as one JSON parameter, not a row per round trip.
import { createHash, randomUUID } from 'node:crypto';
import type { IsoDate } from '../domain/dates';
import type { Action, HeldStep } from '../domain/dunning/actions';
import { queryRows, sql, type Db } from './database';

// A merged contact's key lists every invoice it carries, so it can grow past what a
// btree index entry may hold (and long keys slow every insert): past this length the
// stored key is a readable head (customer, procedure@version, kind) and a hash of it all.
const longKeyFrom = 128;

/** The key as the outbox stores it: the engine's key, or its head and SHA-256 when long. */
export function outboxKey(engineKey: string): string {
  if (engineKey.length < longKeyFrom) return engineKey;
  return `${engineKey.slice(0, 64)}#${createHash('sha256').update(engineKey).digest('hex')}`;
}

export type OutboxStatus = 'pending' | 'awaitingApproval';

export type NewOutboxAction = {
  action: Action;
  /** The channel column: a contact's channel, 'internalTask' for tasks, null for effects. */
  channel: string | null;
  status: OutboxStatus;
};

export type NewLadderStep = {
  invoiceId: string;
  procedureKey: string;
  stepKey: string;
  outcome: 'done' | 'skipped';
  reason: string | null;
  onDate: IsoDate;
  /** The key of the action that carried the step out; null for a step passed over. */
  actionKey: string | null;
};

/**
 * Inserts the actions not stored yet, and the ladder steps of those it created (steps of
 * actions already there were stored with them). Returns the engine keys of the actions it created.
 */
export async function insertOutboxActions(
  db: Db,
  orgId: string,
  actions: readonly NewOutboxAction[],
  steps: readonly NewLadderStep[],
): Promise<Set<string>> {
  const ids = new Map<string, string>();
  const engineKeyOf = new Map<string, string>();
  const rows = actions.map(({ action, channel, status }) => {
    const key = outboxKey(action.key);
    const id = randomUUID();
    ids.set(action.key, id);
    engineKeyOf.set(key, action.key);
    return {
      id,
      key,
      customer_id: action.customerId,
      kind: action.kind,
      channel,
      planned_for: action.plannedFor,
      status,
      procedure_key: action.procedureKey,
      procedure_version: action.procedureVersion,
      action,
    };
  });
  const created =
    rows.length === 0
      ? []
      : await queryRows<{ key: string }>(
          db,
          sql`insert into follow_up_actions
                     (id, org_id, key, customer_id, kind, channel, planned_for, status, procedure_key, procedure_version, action)
              select r.id, ${orgId}, r.key, r.customer_id, r.kind, r.channel, r.planned_for, r.status, r.procedure_key, r.procedure_version, r.action
                from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(
                       id uuid, key text, customer_id uuid, kind text, channel text, planned_for date, status text,
                       procedure_key text, procedure_version int, action jsonb)
              on conflict (org_id, key) do nothing
              returning key`,
        );
  const createdKeys = new Set(created.map((row) => engineKeyOf.get(row.key)!));
  const stepRows = steps
    .filter((s) => s.actionKey === null || createdKeys.has(s.actionKey))
    .map((s) => ({
      invoice_id: s.invoiceId,
      procedure_key: s.procedureKey,
      step_key: s.stepKey,
      outcome: s.outcome,
      reason: s.reason,
      on_date: s.onDate,
      action_id: s.actionKey === null ? null : (ids.get(s.actionKey) ?? null),
    }))
    // In index order: the primary key and the invoice foreign key are then probed page by page.
    .sort((a, b) => (a.invoice_id < b.invoice_id ? -1 : a.invoice_id > b.invoice_id ? 1 : 0));
  if (stepRows.length > 0) {
    await db.execute(
      sql`insert into follow_up_steps (org_id, invoice_id, procedure_key, step_key, outcome, reason, on_date, action_id)
          select ${orgId}, r.invoice_id, r.procedure_key, r.step_key, r.outcome, r.reason, r.on_date, r.action_id
            from jsonb_to_recordset(${JSON.stringify(stepRows)}::jsonb) as r(
                   invoice_id uuid, procedure_key text, step_key text, outcome text, reason text, on_date date, action_id uuid)
          on conflict do nothing`,
    );
  }
  return createdKeys;
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
    sql`delete from follow_up_holds where org_id = ${orgId} and customer_id = any(${sql.param([...customerIds])}::uuid[])`,
  );
  const rows = [...held].filter(([, steps]) => steps.length > 0).map(([customerId, steps]) => ({ customer_id: customerId, held: steps }));
  if (rows.length === 0) return;
  await db.execute(
    sql`insert into follow_up_holds (org_id, customer_id, run_date, held)
        select ${orgId}, r.customer_id, ${runDate}::date, r.held
          from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(customer_id uuid, held jsonb)`,
  );
}

/** Puts the given customers on credit hold (a step's effect): deferred terms stop for them. */
export async function setCreditHold(db: Db, orgId: string, customerIds: readonly string[]): Promise<void> {
  if (customerIds.length === 0) return;
  await db.execute(
    sql`update customers set credit_hold = true, updated_at = now()
         where org_id = ${orgId} and id = any(${sql.param([...customerIds])}::uuid[]) and not credit_hold`,
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
  const rows = await queryRows<{
    id: string;
    key: string;
    customer_id: string;
    kind: string;
    channel: string | null;
    planned_for: string;
    status: string;
    procedure_key: string;
    procedure_version: number;
    action: Action;
  }>(
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
    action: r.action,
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
