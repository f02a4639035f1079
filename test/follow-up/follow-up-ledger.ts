// A small ledger for the follow-up tests, built through the use cases people use:
// Polish customers with a payables contact and a decision-maker, each with two
// invoices due on Monday 2026-03-16, and one customer each that is paid, disputed,
// promised, on a payment plan or snoozed.
import { expect } from 'vitest';
import type { Actor } from '../../src/app/actor';
import { createContact } from '../../src/app/create-contact';
import { createCustomer } from '../../src/app/create-customer';
import { createInvoice } from '../../src/app/create-invoice';
import { createPaymentPlan } from '../../src/app/create-payment-plan';
import { openDispute } from '../../src/app/open-dispute';
import { recordPayment } from '../../src/app/record-payment';
import { recordPromise } from '../../src/app/record-promise';
import { snooze } from '../../src/app/snooze';
import { runFollowUp, type RunSummary } from '../../src/app/follow-up/run-follow-up';
import { queryRows, sql, type Db } from '../../src/store/database';
import { stepRefsOf, type StoredSteps } from '../../src/store/follow-up-actions';
import { countLadderSteps } from '../../src/store/follow-up-ladders';
import { expectOk, makeOrganization, unique } from '../ledger-fixtures';

export const system: Actor = { userId: null, via: 'system' };

/** Every invoice of the ledger falls due on this Monday. */
export const dueDate = '2026-03-16';

/** Adds a Polish customer with a payables contact (e-mail) and a decision-maker (e-mail, phones); returns its id. */
export async function addCustomer(db: Db, orgId: string, name: string, options: { segment?: string; tags?: string[] } = {}): Promise<string> {
  const customer = expectOk(await createCustomer(db, orgId, { name, country: 'PL', segment: options.segment ?? null, tags: options.tags }));
  const contact = (contactName: string, roles: ('payables' | 'finance_decision_maker')[], email: string) =>
    createContact(db, orgId, customer.id, {
      kind: 'person',
      name: contactName,
      roles,
      emails: [{ address: email }],
      phones: [
        { number: '+48 600 100 200', kind: 'mobile' },
        { number: '+48 22 100 20 30', kind: 'work' },
      ],
      addresses: [{ street: 'Prosta 1', postalCode: '00-001', city: 'Warszawa', country: 'PL' }],
      optedOutChannels: [],
    });
  expectOk(await contact('Anna Księgowa', ['payables'], `ap-${customer.id.slice(0, 8)}@example.com`));
  expectOk(await contact('Jan Dyrektor', ['finance_decision_maker'], `cfo-${customer.id.slice(0, 8)}@example.com`));
  return customer.id;
}

/** Adds an invoice of 1 230,00 PLN (unless told otherwise) due on `dueDate`; returns its id. */
export async function addInvoice(db: Db, orgId: string, customerId: string, values: { due?: string; issued?: string; grossTotalMinor?: number } = {}) {
  const due = values.due ?? dueDate;
  return expectOk(
    await createInvoice(
      db,
      orgId,
      {
        customerId,
        number: unique('FV'),
        issueDate: values.issued ?? '2026-02-14',
        dueDate: due,
        currency: 'PLN',
        grossTotalMinor: values.grossTotalMinor ?? 123_000,
      },
      'manual',
    ),
  ).id;
}

/** Pays an invoice in full on the day given. */
export async function pay(db: Db, orgId: string, customerId: string, invoiceId: string, paymentDate: string, amountMinor = 123_000) {
  expectOk(
    await recordPayment(
      db,
      orgId,
      { customerId, paymentDate, amountMinor, currency: 'PLN', allocations: [{ invoiceId, amountMinor }] },
      'manual',
      system,
    ),
  );
}

/** A long-standing customer (its first invoice a year back, paid): routed to the standard procedure. */
export async function addRegularCustomer(db: Db, orgId: string, name: string, options: { segment?: string; tags?: string[] } = {}) {
  const id = await addCustomer(db, orgId, name, options);
  const old = await addInvoice(db, orgId, id, { issued: '2025-01-10', due: '2025-02-10' });
  await pay(db, orgId, id, old, '2025-02-05');
  return id;
}

export type FollowUpLedger = {
  orgId: string;
  /** Two open invoices each, nothing else: these are reminded. */
  reminded: string[];
  paid: string;
  disputed: string;
  promised: string;
  planned: string;
  snoozed: string;
  invoicesOf: Map<string, string[]>;
};

/** The ledger described at the top, `regular` reminded customers on the standard procedure. */
export async function buildFollowUpLedger(db: Db, regular = 3): Promise<FollowUpLedger> {
  const org = await makeOrganization(db);
  const orgId = org.id;
  const invoicesOf = new Map<string, string[]>();
  const withInvoices = async (name: string) => {
    const id = await addRegularCustomer(db, orgId, name);
    invoicesOf.set(id, [await addInvoice(db, orgId, id), await addInvoice(db, orgId, id)]);
    return id;
  };
  const reminded: string[] = [];
  for (let i = 0; i < regular; i++) reminded.push(await withInvoices(`Reminded ${i + 1} sp. z o.o.`));

  const paid = await withInvoices('Paid sp. z o.o.');
  for (const invoiceId of invoicesOf.get(paid)!) await pay(db, orgId, paid, invoiceId, '2026-03-01');

  const disputed = await withInvoices('Disputed sp. z o.o.');
  for (const invoiceId of invoicesOf.get(disputed)!) expectOk(await openDispute(db, orgId, { invoiceId, reason: 'goods damaged' }, system, '2026-03-01'));

  const promised = await withInvoices('Promised sp. z o.o.');
  expectOk(
    await recordPromise(
      db,
      orgId,
      { customerId: promised, invoiceIds: [], promisedDate: '2026-04-20', amountMinor: 246_000, currency: 'PLN' },
      system,
      '2026-03-01',
    ),
  );

  const planned = await withInvoices('Planned sp. z o.o.');
  expectOk(
    await createPaymentPlan(
      db,
      orgId,
      {
        customerId: planned,
        invoiceIds: invoicesOf.get(planned)!,
        instalments: [
          { dueDate: '2026-05-04', amountMinor: 123_000 },
          { dueDate: '2026-06-01', amountMinor: 123_000 },
        ],
      },
      system,
    ),
  );

  const snoozed = await withInvoices('Snoozed sp. z o.o.');
  expectOk(await snooze(db, orgId, { customerId: snoozed, reason: 'owner away', until: '2026-05-31' }, system, '2026-03-01'));

  return { orgId, reminded, paid, disputed, promised, planned, snoozed, invoicesOf };
}

/** Runs the day and returns its summary, failing the test on an expected failure. */
export async function run(
  db: Db,
  orgId: string,
  date: string,
  options: { dryRun?: boolean; batchSize?: number; stopAfterBatches?: number; concurrency?: number } = {},
): Promise<RunSummary> {
  return expectOk(await runFollowUp(db, { orgId, date, ...options }));
}

export type OutboxRow = { key: string; customer_id: string; kind: string; channel: string | null; planned_for: string; status: string; procedure_key: string; procedure_version: number; action: { steps: { invoiceId: string; stepKey: string }[]; tone?: string } };

/** Every outbox row of the organization, in a stable order: its action document as stored, the steps read out of their runs. */
export async function outbox(db: Db, orgId: string): Promise<OutboxRow[]> {
  const rows = await queryRows<Omit<OutboxRow, 'action'> & { action: { steps: StoredSteps; tone?: string } }>(
    db,
    sql`select key, customer_id, kind, channel, planned_for, status, procedure_key, procedure_version, action
          from follow_up_actions where org_id = ${orgId} order by planned_for, key`,
  );
  return rows.map((row) => ({ ...row, action: { ...row.action, steps: stepRefsOf(row.action.steps) } }));
}

/** Row counts of the follow-up tables of the organization. */
export async function followUpCounts(db: Db, orgId: string) {
  const [row] = await queryRows<{ actions: number; holds: number; runs: number }>(
    db,
    sql`select (select count(*)::int from follow_up_actions where org_id = ${orgId}) as actions,
               (select count(*)::int from follow_up_holds where org_id = ${orgId}) as holds,
               (select count(*)::int from follow_up_runs where org_id = ${orgId}) as runs`,
  );
  return { actions: row!.actions, steps: await countLadderSteps(db, orgId), holds: row!.holds, runs: row!.runs };
}

/** The summary must name no customer twice a day in contacts. */
export function expectOneContactPerCustomerAndDay(rows: readonly OutboxRow[]) {
  const contacts = rows.filter((r) => r.kind === 'sendMessage' || r.kind === 'createCallTask').map((r) => `${r.customer_id}|${r.planned_for}`);
  expect(new Set(contacts).size).toBe(contacts.length);
}
