// Contacts held for approval, stored the way the daily run stores them: a decision's
// actions through decisionRows (which keeps the step's effects waiting with the
// contact) into the outbox. Customers are Polish, with a payables contact and two
// invoices overdue on the test day.
import type { Actor } from '../../src/app/actor';
import { createContact } from '../../src/app/create-contact';
import { createCustomer } from '../../src/app/create-customer';
import { decisionRows } from '../../src/app/follow-up/outbox-rows';
import type { Action, ContactAction, EffectAction, StepRef } from '../../src/domain/dunning/actions';
import { actionKey } from '../../src/domain/dunning/keys';
import type { Tone } from '../../src/domain/dunning/procedure';
import { queryRows, sql, type Db } from '../../src/store/database';
import { insertOutboxActions, outboxKey } from '../../src/store/follow-up-actions';
import { expectOk, makeInvoice } from '../ledger-fixtures';

export const system: Actor = { userId: null, via: 'system' };

export type Debtor = { customerId: string; contactId: string; invoiceIds: string[]; invoiceNumbers: string[] };

/** A Polish customer with a payables contact (e-mail, phones) and two invoices due on 2026-03-16. */
export async function addDebtor(db: Db, orgId: string, name: string, options: { accountOwnerUserId?: string | null } = {}): Promise<Debtor> {
  const customer = expectOk(await createCustomer(db, orgId, { name, country: 'PL', language: 'pl', accountOwnerUserId: options.accountOwnerUserId ?? null }));
  const contact = expectOk(
    await createContact(db, orgId, customer.id, {
      kind: 'person',
      name: 'Anna Księgowa',
      roles: ['payables'],
      emails: [{ address: `ap-${customer.id.slice(0, 8)}@example.com` }],
      phones: [
        { number: '+48 600 100 200', kind: 'mobile' },
        { number: '+48 22 100 20 30', kind: 'work' },
      ],
      addresses: [{ street: 'Prosta 1', postalCode: '00-001', city: 'Warszawa', country: 'PL' }],
      optedOutChannels: [],
    }),
  );
  const invoiceNumbers = [`FV/${name.slice(0, 3).toUpperCase()}/${customer.id.slice(0, 6)}/1`, `FV/${name.slice(0, 3).toUpperCase()}/${customer.id.slice(0, 6)}/2`];
  const invoiceIds = [
    await makeInvoice(db, orgId, customer.id, { grossTotalMinor: 123_000, dueDate: '2026-03-16', issueDate: '2026-02-14', number: invoiceNumbers[0] }),
    await makeInvoice(db, orgId, customer.id, { grossTotalMinor: 45_050, dueDate: '2026-03-16', issueDate: '2026-02-14', number: invoiceNumbers[1] }),
  ];
  return { customerId: customer.id, contactId: contact.id, invoiceIds, invoiceNumbers };
}

export type HeldContact = {
  channel: ContactAction['channel'];
  approval: ContactAction['approval'];
  stepKey: string;
  templateKey: string;
  tone: Tone;
  plannedFor: string;
  procedureKey?: string;
  effects?: EffectAction['kind'][];
};

/** Stores the contact (and its effects) as the daily run would; returns the outbox ids by kind. */
export async function holdContact(db: Db, orgId: string, debtor: Debtor, contact: HeldContact): Promise<Record<string, string>> {
  const procedure = { procedureKey: contact.procedureKey ?? 'standard', version: 1 };
  const steps: StepRef[] = debtor.invoiceIds.map((invoiceId) => ({ invoiceId, stepKey: contact.stepKey }));
  const base = { customerId: debtor.customerId, procedureKey: procedure.procedureKey, procedureVersion: 1, plannedFor: contact.plannedFor, steps };
  const kind = contact.channel === 'call' ? 'createCallTask' : 'sendMessage';
  const actions: Action[] = [
    {
      ...base,
      kind,
      key: actionKey(debtor.customerId, procedure, kind, steps, contact.plannedFor),
      channel: contact.channel,
      contactId: debtor.contactId,
      addresseeRole: 'payables',
      templateKey: contact.templateKey,
      tone: contact.tone,
      purpose: 'reminder',
      approval: contact.approval,
      sendFrom: `${contact.plannedFor}T07:00:00.000Z`,
      sendUntil: `${contact.plannedFor}T16:00:00.000Z`,
    },
    ...(contact.effects ?? []).map((effect): EffectAction => ({ ...base, kind: effect, key: actionKey(debtor.customerId, procedure, effect, steps, contact.plannedFor) })),
  ];
  const { actions: rows } = decisionRows({ actions, held: [], skipped: [] });
  await insertOutboxActions(db, orgId, rows);
  const stored = await queryRows<{ id: string; kind: string }>(
    db,
    sql`select id, kind from follow_up_actions where org_id = ${orgId} and key in ${actions.map((a) => outboxKey(a.key))}`,
  );
  return Object.fromEntries(stored.map((row) => [row.kind, row.id]));
}

export type StoredStatus = { status: string; approved_by_user_id: string | null; approved_at: Date | string | null; completed_at: Date | string | null };

/** The status columns of an outbox action. */
export async function actionStatus(db: Db, orgId: string, actionId: string): Promise<StoredStatus> {
  const [row] = await queryRows<StoredStatus>(
    db,
    sql`select status, approved_by_user_id, approved_at, completed_at from follow_up_actions where org_id = ${orgId} and id = ${actionId}`,
  );
  return row!;
}

/** The customer's timeline entries, oldest first. */
export async function timelineOf(db: Db, orgId: string, customerId: string) {
  return queryRows<{ type: string; channel: string | null; direction: string; user_id: string | null; summary: string; body: string | null; invoice_ids: string[] }>(
    db,
    sql`select type, channel, direction, user_id, summary, body, invoice_ids from activities
         where org_id = ${orgId} and customer_id = ${customerId} and type in ('system', 'call', 'note')
         order by occurred_at, created_at`,
  );
}
