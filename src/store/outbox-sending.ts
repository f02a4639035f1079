// The sender's side of the outbox. Senders claim due actions with FOR UPDATE SKIP
// LOCKED, so two of them against one PostgreSQL never take the same row, and each
// claim is a lease: a sender killed mid-send leaves its rows 'sending' until the lease
// runs out, then any sender takes them over. Every later write checks the claimant,
// so a sender whose lease was taken over cannot overwrite the new owner's outcome.
import type { IsoDate } from '../domain/dates';
import type { Action } from '../domain/dunning/actions';
import { queryRows, sql, type Db } from './database';
import { storedAction, type StoredActionColumns } from './follow-up-actions';

/** An action a sender holds: the row's id and attempt count with the action whole. */
export type ClaimedAction = { id: string; attempts: number; action: Action };

export type ClaimOptions = {
  now: Date;
  /** The organization's calendar day at `now`: actions planned later are not due. */
  today: IsoDate;
  /** Who claims: written on the rows, checked by every later write. */
  claimant: string;
  leaseMs: number;
  limit: number;
};

/** Claims up to `limit` due actions of the organization: pending and due, or sending with a lapsed lease. */
export async function claimDueActions(db: Db, orgId: string, options: ClaimOptions): Promise<ClaimedAction[]> {
  const now = options.now.toISOString();
  const leaseUntil = new Date(options.now.getTime() + options.leaseMs).toISOString();
  const rows = await queryRows<StoredActionColumns & { id: string; attempts: number }>(
    db,
    sql`with due as (
          select id from follow_up_actions
           where org_id = ${orgId}
             and planned_for <= ${options.today}::date
             and ((status = 'pending' and (next_attempt_at is null or next_attempt_at <= ${now}::timestamptz))
                  or (status = 'sending' and claimed_until < ${now}::timestamptz))
           order by planned_for, id
           limit ${options.limit}
           for update skip locked
        )
        update follow_up_actions a
           set status = 'sending', claimed_by = ${options.claimant}, claimed_until = ${leaseUntil}::timestamptz,
               attempts = a.attempts + 1, updated_at = ${now}::timestamptz
          from due
         where a.org_id = ${orgId} and a.id = due.id
        returning a.id, a.attempts, a.key, a.customer_id, a.kind, a.planned_for, a.procedure_key, a.procedure_version, a.action`,
  );
  return rows.map((row) => ({ id: row.id, attempts: row.attempts, action: storedAction(row) }));
}

/** How a claimed action ends: carried out ('sent' handed over, 'done' finished), dropped, or given up. */
export type ActionEnd = { status: 'sent' | 'done' | 'cancelled' | 'failed'; reason: string | null };

/** Ends the claimed action; false when the claim was lost (another sender took the row over). */
export async function endClaimedAction(db: Db, orgId: string, actionId: string, claimant: string, end: ActionEnd, now: Date): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`update follow_up_actions
           set status = ${end.status}, last_error = ${end.status === 'failed' ? end.reason : null},
               held_reason = ${end.status === 'cancelled' ? end.reason : null},
               completed_at = ${now.toISOString()}::timestamptz, claimed_by = null, claimed_until = null, next_attempt_at = null,
               updated_at = ${now.toISOString()}::timestamptz
         where org_id = ${orgId} and id = ${actionId}::uuid and status = 'sending' and claimed_by = ${claimant}
        returning id`,
  );
  return rows.length > 0;
}

/**
 * Puts the claimed action back as pending until `until`. A hold (the send window, the
 * rhythm, stale statements) says why in `heldReason` and does not count as an attempt;
 * a failed attempt keeps its count and says what went wrong in `lastError`.
 */
export async function postponeClaimedAction(
  db: Db,
  orgId: string,
  actionId: string,
  claimant: string,
  postponed: { until: Date; heldReason?: string; lastError?: string },
  now: Date,
): Promise<boolean> {
  const isHold = postponed.heldReason !== undefined;
  const rows = await queryRows<{ id: string }>(
    db,
    sql`update follow_up_actions
           set status = 'pending', next_attempt_at = ${postponed.until.toISOString()}::timestamptz,
               held_reason = ${postponed.heldReason ?? null}, last_error = ${postponed.lastError ?? null},
               attempts = attempts - ${isHold ? 1 : 0}, claimed_by = null, claimed_until = null,
               updated_at = ${now.toISOString()}::timestamptz
         where org_id = ${orgId} and id = ${actionId}::uuid and status = 'sending' and claimed_by = ${claimant}
        returning id`,
  );
  return rows.length > 0;
}

/**
 * The organizations with something due for the sender at `now`: pending actions whose
 * next attempt has come, or claims that lapsed. Actions waiting for a later window or a
 * retry keep nobody's pass busy every half minute.
 */
export async function organizationsWithDueActions(db: Db, now: Date): Promise<{ id: string; timeZone: string }[]> {
  const at = now.toISOString();
  // The tenants themselves: the one query that looks across organizations, to visit each in turn.
  return queryRows<{ id: string; timeZone: string }>(
    db,
    sql`select o.id, o.time_zone as "timeZone" from organizations o
         where exists (select 1 from follow_up_actions a
                        where a.org_id = o.id
                          and ((a.status = 'pending' and (a.next_attempt_at is null or a.next_attempt_at <= ${at}::timestamptz))
                               or (a.status = 'sending' and a.claimed_until < ${at}::timestamptz)))
         order by o.id`,
  );
}
