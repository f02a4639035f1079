// Reads of follow-up records as the API shows them: a customer's promises, plans and
// snoozes, an invoice's disputes, and each record alone. Null means "not this
// organization's" (or no such customer / invoice).
import type { Dispute, PaymentPlan, PromiseToPay, Snooze } from '../http/contract';
import { findCustomer } from '../store/customers';
import type { Db } from '../store/database';
import { findDisputeRow, listDisputeRows, toDisputeViews } from '../store/disputes';
import { findInvoiceRow } from '../store/invoices';
import { findOrganization } from '../store/organizations';
import { findPaymentPlanRow, listPaymentPlanRows, toPaymentPlanViews, type PaymentPlanRow } from '../store/payment-plans';
import { findPromiseRow, listPromiseRows, toPromiseViews, type PromiseRow } from '../store/promises';
import { findSnoozeRow, listSnoozeRows, toSnoozeViews } from '../store/snoozes';
import { followUpTermsOf, standardTerms } from './follow-up-terms';

async function promiseViews(db: Db, orgId: string, rows: PromiseRow[], today: string): Promise<PromiseToPay[]> {
  const org = await findOrganization(db, orgId);
  return org ? toPromiseViews(db, orgId, rows, org.timeZone, today) : [];
}

async function planViews(db: Db, orgId: string, rows: PaymentPlanRow[], today: string): Promise<PaymentPlan[]> {
  const terms = await followUpTermsOf(db, orgId, rows.map((r) => r.customerId), today);
  return toPaymentPlanViews(db, orgId, rows, today, (customerId) => (terms.get(customerId) ?? standardTerms).planDefaultAfterDays);
}

/** The customer's promises, latest promised day first. */
export async function listCustomerPromises(db: Db, orgId: string, customerId: string, today: string): Promise<PromiseToPay[] | null> {
  if (!(await findCustomer(db, orgId, customerId))) return null;
  return promiseViews(db, orgId, await listPromiseRows(db, orgId, { customerIds: [customerId] }), today);
}

/** One promise. */
export async function getPromise(db: Db, orgId: string, promiseId: string, today: string): Promise<PromiseToPay | null> {
  const row = await findPromiseRow(db, orgId, promiseId);
  return row ? ((await promiseViews(db, orgId, [row], today))[0] ?? null) : null;
}

/** The customer's payment plans with their schedules on `today`, newest first. */
export async function listCustomerPaymentPlans(db: Db, orgId: string, customerId: string, today: string): Promise<PaymentPlan[] | null> {
  if (!(await findCustomer(db, orgId, customerId))) return null;
  return planViews(db, orgId, await listPaymentPlanRows(db, orgId, { customerIds: [customerId] }), today);
}

/** One payment plan with its schedule on `today`. */
export async function getPaymentPlan(db: Db, orgId: string, planId: string, today: string): Promise<PaymentPlan | null> {
  const row = await findPaymentPlanRow(db, orgId, planId);
  return row ? ((await planViews(db, orgId, [row], today))[0] ?? null) : null;
}

/** The invoice's disputes, newest first. */
export async function listInvoiceDisputes(db: Db, orgId: string, invoiceId: string): Promise<Dispute[] | null> {
  if (!(await findInvoiceRow(db, orgId, invoiceId))) return null;
  return toDisputeViews(db, orgId, await listDisputeRows(db, orgId, { invoiceId }));
}

/** The disputes of all the customer's invoices, newest first. */
export async function listCustomerDisputes(db: Db, orgId: string, customerId: string): Promise<Dispute[]> {
  return toDisputeViews(db, orgId, await listDisputeRows(db, orgId, { customerIds: [customerId] }));
}

/** One dispute. */
export async function getDispute(db: Db, orgId: string, disputeId: string): Promise<Dispute | null> {
  const row = await findDisputeRow(db, orgId, disputeId);
  return row ? ((await toDisputeViews(db, orgId, [row]))[0] ?? null) : null;
}

/** The customer's snoozes (of it and of its invoices) with their status on `today`, newest first. */
export async function listCustomerSnoozes(db: Db, orgId: string, customerId: string, today: string): Promise<Snooze[] | null> {
  if (!(await findCustomer(db, orgId, customerId))) return null;
  return toSnoozeViews(db, orgId, await listSnoozeRows(db, orgId, { customerIds: [customerId] }), today);
}

/** One snooze with its status on `today`. */
export async function getSnooze(db: Db, orgId: string, snoozeId: string, today: string): Promise<Snooze | null> {
  const row = await findSnoozeRow(db, orgId, snoozeId);
  return row ? ((await toSnoozeViews(db, orgId, [row], today))[0] ?? null) : null;
}
