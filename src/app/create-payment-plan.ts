// An instalment plan fitted to what the customer can pay (seed 002): the instalments
// add up to what its invoices still owe, in their one currency, on increasing days.
// While it runs it replaces the reminder ladder of those invoices.
import { validatePlan } from '../domain/plans';
import type { PaymentPlanInput } from '../http/contract';
import { insertActivity } from '../store/activities';
import { findCustomer, unsettledStatuses } from '../store/customers';
import type { Db } from '../store/database';
import { findInvoiceRow, type InvoiceRow } from '../store/invoices';
import { activePlansCovering, insertPaymentPlan } from '../store/payment-plans';
import type { Actor } from './actor';
import { fail, ok, type Issue, type Result } from './errors';
import { planAgreedText } from './follow-up-texts';
import { inTransaction } from './transaction';

export type CreatePaymentPlanInput = PaymentPlanInput & { customerId: string };

/** Stores the plan with its schedule; invalid_input names each wrong invoice or instalment, conflict an invoice already in a running plan. */
export async function createPaymentPlan(
  db: Db,
  orgId: string,
  input: CreatePaymentPlanInput,
  actor: Actor,
): Promise<Result<{ id: string }>> {
  return inTransaction(db, async (tx) => {
    const customer = await findCustomer(tx, orgId, input.customerId);
    if (!customer) return fail('not_found', 'no such customer', [{ field: 'customerId', message: 'no such customer' }]);

    const invoiceIds = [...new Set(input.invoiceIds)];
    const issues: Issue[] = [];
    if (invoiceIds.length === 0) issues.push({ field: 'invoiceIds', message: 'a payment plan covers at least one invoice' });
    const invoices: InvoiceRow[] = [];
    for (const [index, invoiceId] of invoiceIds.entries()) {
      const field = `invoiceIds[${index}]`;
      // Locked, so the open amounts the plan adds up to cannot move under it.
      const invoice = await findInvoiceRow(tx, orgId, invoiceId, { lock: true });
      if (!invoice || invoice.customerId !== customer.id) issues.push({ field, message: 'not an invoice of this customer' });
      else if (!(unsettledStatuses as readonly string[]).includes(invoice.status)) {
        issues.push({ field, message: `invoice ${invoice.number} is ${invoice.status.replace('_', ' ')}: nothing left to plan` });
      } else if (invoices[0] && invoice.currency !== invoices[0].currency) {
        issues.push({ field, message: `invoice ${invoice.number} is in ${invoice.currency}, invoice ${invoices[0].number} in ${invoices[0].currency}: one plan, one currency` });
      } else invoices.push(invoice);
    }
    const currency = invoices[0]?.currency ?? '';
    const amountCoveredMinor = invoices.reduce((sum, invoice) => sum + invoice.openAmountMinor, 0);
    if (issues.length === 0) {
      for (const issue of validatePlan({ currency, amountCoveredMinor, instalments: input.instalments })) {
        issues.push({ field: issue.path, message: issue.message });
      }
    }
    if (issues.length > 0) return fail('invalid_input', issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues);

    const running = await activePlansCovering(tx, orgId, invoiceIds);
    if (running.length > 0) {
      const taken = invoices.filter((invoice) => running.some((plan) => plan.invoiceIds.includes(invoice.id)));
      return fail(
        'conflict',
        `${taken.map((i) => i.number).join(', ')} already in a running payment plan: cancel it first`,
        taken.map((invoice) => ({ field: `invoiceIds[${invoiceIds.indexOf(invoice.id)}]`, message: `invoice ${invoice.number} is already in a running payment plan` })),
      );
    }

    const plan = await insertPaymentPlan(
      tx,
      orgId,
      {
        customerId: customer.id,
        invoiceIds,
        currency,
        totalMinor: amountCoveredMinor,
        note: input.note?.trim() || null,
        createdByUserId: actor.userId,
      },
      input.instalments,
    );
    await insertActivity(tx, orgId, {
      customerId: customer.id,
      type: 'promise',
      direction: 'inbound',
      userId: actor.userId,
      summary: planAgreedText({ totalMinor: amountCoveredMinor, currency, instalments: input.instalments, invoiceNumbers: invoices.map((i) => i.number) }),
      body: plan.note,
      invoiceIds,
    });
    return ok({ id: plan.id });
  });
}
