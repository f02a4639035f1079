// Outbox actions that wait for a person: the contacts whose step needs approval, and
// the effects (credit hold, handover, a word to the account owner) that wait with them.
// Status changes are conditional on the row still waiting, so two people approving at
// once change it once.
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Action } from '../domain/dunning/actions';
import type { Db } from './database';
import { storedAction, type StoredActionColumns } from './follow-up-actions';
import { contacts, customers, followUpActions, invoices } from './schema';

/** The kinds that talk to the customer and so are what a person approves. */
export const approvableKinds = ['sendMessage', 'createCallTask'] as const;
/** The kinds that follow a step and wait for the approval of its contact. */
export const effectKinds = ['holdCredit', 'notifyAccountOwner', 'openHandover'] as const;

export type OutboxRow = {
  id: string;
  customerId: string;
  kind: string;
  channel: string | null;
  plannedFor: string;
  status: string;
  procedureKey: string;
  procedureVersion: number;
  approvedByUserId: string | null;
  approvedAt: Date | null;
  action: Action;
};

export type WaitingContact = OutboxRow & {
  customerName: string;
  accountOwnerUserId: string | null;
  /** The addressee's name; null when the contact was deleted since. */
  contactName: string | null;
};

const rowColumns = {
  id: followUpActions.id,
  key: followUpActions.key,
  customerId: followUpActions.customerId,
  kind: followUpActions.kind,
  channel: followUpActions.channel,
  plannedFor: followUpActions.plannedFor,
  status: followUpActions.status,
  procedureKey: followUpActions.procedureKey,
  procedureVersion: followUpActions.procedureVersion,
  approvedByUserId: followUpActions.approvedByUserId,
  approvedAt: followUpActions.approvedAt,
  action: followUpActions.action,
};

type SelectedRow = {
  id: string;
  key: string;
  customerId: string;
  kind: string;
  channel: string | null;
  plannedFor: string;
  status: string;
  procedureKey: string;
  procedureVersion: number;
  approvedByUserId: string | null;
  approvedAt: Date | null;
  action: unknown;
};

function toOutboxRow(row: SelectedRow): OutboxRow {
  return {
    id: row.id,
    customerId: row.customerId,
    kind: row.kind,
    channel: row.channel,
    plannedFor: row.plannedFor,
    status: row.status,
    procedureKey: row.procedureKey,
    procedureVersion: row.procedureVersion,
    approvedByUserId: row.approvedByUserId,
    approvedAt: row.approvedAt,
    action: storedAction({
      key: row.key,
      customer_id: row.customerId,
      kind: row.kind,
      planned_for: row.plannedFor,
      procedure_key: row.procedureKey,
      procedure_version: row.procedureVersion,
      action: row.action as StoredActionColumns['action'],
    }),
  };
}

const waitingContacts = (orgId: string) =>
  and(
    eq(followUpActions.orgId, orgId),
    eq(followUpActions.status, 'awaitingApproval'),
    inArray(followUpActions.kind, [...approvableKinds]),
  );

/** One page of the contacts waiting for approval, the earliest planned first, with their customer; and how many wait in all. */
export async function listWaitingContacts(
  db: Db,
  orgId: string,
  options: { limit: number; offset: number },
): Promise<{ rows: WaitingContact[]; total: number }> {
  const [rows, [counted]] = await Promise.all([
    db
      .select({ ...rowColumns, customerName: customers.name, accountOwnerUserId: customers.accountOwnerUserId, contactName: contacts.name })
      .from(followUpActions)
      .innerJoin(customers, and(eq(customers.orgId, followUpActions.orgId), eq(customers.id, followUpActions.customerId)))
      .leftJoin(contacts, and(eq(contacts.orgId, followUpActions.orgId), eq(contacts.id, sql`(${followUpActions.action}->>'contactId')::uuid`)))
      .where(waitingContacts(orgId))
      .orderBy(asc(followUpActions.plannedFor), asc(customers.name), asc(followUpActions.id))
      .limit(options.limit)
      .offset(options.offset),
    db.select({ n: count() }).from(followUpActions).where(waitingContacts(orgId)),
  ]);
  return {
    rows: rows.map((row) => ({ ...toOutboxRow(row), customerName: row.customerName, accountOwnerUserId: row.accountOwnerUserId, contactName: row.contactName })),
    total: Number(counted?.n ?? 0),
  };
}

/** One outbox action, or null when not the organization's; `lock` holds it to the transaction's end. */
export async function findOutboxRow(db: Db, orgId: string, actionId: string, options: { lock?: boolean } = {}): Promise<OutboxRow | null> {
  const query = db
    .select(rowColumns)
    .from(followUpActions)
    .where(and(eq(followUpActions.orgId, orgId), eq(followUpActions.id, actionId)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ? toOutboxRow(row) : null;
}

/** The effects of a customer's day under a procedure that still wait for approval, locked to the transaction's end. */
export async function lockWaitingEffects(
  db: Db,
  orgId: string,
  of: { customerId: string; plannedFor: string; procedureKey: string },
): Promise<OutboxRow[]> {
  const rows = await db
    .select(rowColumns)
    .from(followUpActions)
    .where(
      and(
        eq(followUpActions.orgId, orgId),
        eq(followUpActions.customerId, of.customerId),
        eq(followUpActions.plannedFor, of.plannedFor),
        eq(followUpActions.procedureKey, of.procedureKey),
        eq(followUpActions.status, 'awaitingApproval'),
        inArray(followUpActions.kind, [...effectKinds]),
      ),
    )
    .orderBy(asc(followUpActions.id))
    .for('update');
  return rows.map(toOutboxRow);
}

/** The effects of the given customers that wait for approval, to show beside their contacts. */
export async function listWaitingEffects(db: Db, orgId: string, customerIds: readonly string[]): Promise<OutboxRow[]> {
  const unique = [...new Set(customerIds)];
  if (unique.length === 0) return [];
  const rows = await db
    .select(rowColumns)
    .from(followUpActions)
    .where(
      and(
        eq(followUpActions.orgId, orgId),
        inArray(followUpActions.customerId, unique),
        eq(followUpActions.status, 'awaitingApproval'),
        inArray(followUpActions.kind, [...effectKinds]),
      ),
    )
    .orderBy(asc(followUpActions.plannedFor), asc(followUpActions.id));
  return rows.map(toOutboxRow);
}

/** Releases waiting actions to the sender as approved by the user; returns the ids it changed. */
export async function markApproved(db: Db, orgId: string, actionIds: readonly string[], userId: string, at: Date): Promise<string[]> {
  if (actionIds.length === 0) return [];
  const rows = await db
    .update(followUpActions)
    .set({ status: 'pending', approvedByUserId: userId, approvedAt: at, updatedAt: at })
    .where(and(eq(followUpActions.orgId, orgId), inArray(followUpActions.id, [...actionIds]), eq(followUpActions.status, 'awaitingApproval')))
    .returning({ id: followUpActions.id });
  return rows.map((row) => row.id);
}

/** Cancels waiting actions for good; returns the ids it changed. */
export async function markRejected(db: Db, orgId: string, actionIds: readonly string[], at: Date): Promise<string[]> {
  if (actionIds.length === 0) return [];
  const rows = await db
    .update(followUpActions)
    .set({ status: 'cancelled', updatedAt: at })
    .where(and(eq(followUpActions.orgId, orgId), inArray(followUpActions.id, [...actionIds]), eq(followUpActions.status, 'awaitingApproval')))
    .returning({ id: followUpActions.id });
  return rows.map((row) => row.id);
}

export type ActionInvoice = { id: string; number: string; dueDate: string; currency: string; openAmountMinor: number; status: string };

/** The organization's invoices among the ids with what is open on each; unknown ids are left out. */
export async function findActionInvoices(db: Db, orgId: string, invoiceIds: readonly string[]): Promise<Map<string, ActionInvoice>> {
  const unique = [...new Set(invoiceIds)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({
      id: invoices.id,
      number: invoices.number,
      dueDate: invoices.dueDate,
      currency: invoices.currency,
      openAmountMinor: invoices.openAmountMinor,
      status: invoices.status,
    })
    .from(invoices)
    .where(and(eq(invoices.orgId, orgId), inArray(invoices.id, unique)));
  return new Map(rows.map((row) => [row.id, row]));
}
