// Reads for the API: plain store queries, and the few that put several together
// (a customer with contacts and balances, an invoice with its allocations).
import { invoiceStatuses, type CreditNoteDetail, type CustomerDetail, type InvoiceDetail, type InvoiceStatus, type PaymentDetail } from '../http/contract';
import type { Db } from '../store/database';
import { listAllocations } from '../store/allocations';
import { listContacts } from '../store/contacts';
import { creditNotesOfInvoice, creditNoteAllocatedMinor, findCreditNoteRow, toCreditNote } from '../store/credit-notes';
import { customerBalances, findCustomer, toCustomer } from '../store/customers';
import { getInvoice } from '../store/invoices';
import { getPayment } from '../store/payments';
import { findUser } from '../store/users';
import { fail, ok, type Result } from './errors';

export { getActivity, listActivities } from '../store/activities';
export { listApiTokens } from '../store/api-tokens';
export { findAttachmentContent, listAttachments } from '../store/attachments';
export { findContact, listContacts, toContact } from '../store/contacts';
export { listCreditNotes } from '../store/credit-notes';
export { findCustomer, listCustomers, listSegments, listTags } from '../store/customers';
export { getInvoice, listInvoices } from '../store/invoices';
export { findMember, listMembers, listUserOrganizations } from '../store/memberships';
export { findOrganization, findOrganizationBySlug, getOrganization } from '../store/organizations';
export { getOverview } from '../store/overview';
export { listAllocations } from '../store/allocations';
export { listPayments } from '../store/payments';

/** A customer with its contacts, balances on `asOf` and account owner; null when not the organization's. */
export async function getCustomerDetail(db: Db, orgId: string, customerId: string, asOf: string): Promise<CustomerDetail | null> {
  const row = await findCustomer(db, orgId, customerId);
  if (!row) return null;
  const [contacts, balances, owner] = await Promise.all([
    listContacts(db, orgId, customerId),
    customerBalances(db, orgId, [customerId], asOf),
    row.accountOwnerUserId ? findUser(db, row.accountOwnerUserId) : Promise.resolve(null),
  ]);
  return {
    ...toCustomer(row),
    contacts,
    balances: balances.get(customerId)?.balances ?? [],
    accountOwner: owner ? { id: owner.id, name: owner.name, email: owner.email } : null,
  };
}

/** An invoice with its allocations and credit notes, aged on `asOf`; null when not the organization's. */
export async function getInvoiceDetail(db: Db, orgId: string, invoiceId: string, asOf: string): Promise<InvoiceDetail | null> {
  const invoice = await getInvoice(db, orgId, invoiceId, asOf);
  if (!invoice) return null;
  const [allocations, creditNotes] = await Promise.all([
    listAllocations(db, orgId, { invoiceId }),
    creditNotesOfInvoice(db, orgId, invoiceId),
  ]);
  return { ...invoice, allocations, creditNotes };
}

/** A credit note with what is allocated of it; null when not the organization's. */
export async function getCreditNoteDetail(db: Db, orgId: string, creditNoteId: string): Promise<CreditNoteDetail | null> {
  const row = await findCreditNoteRow(db, orgId, creditNoteId);
  if (!row) return null;
  const [allocations, allocatedMinor] = await Promise.all([
    listAllocations(db, orgId, { creditNoteId }),
    creditNoteAllocatedMinor(db, orgId, creditNoteId),
  ]);
  return { ...toCreditNote(row), allocatedMinor, unallocatedMinor: row.totalMinor - allocatedMinor, allocations };
}

/** A payment with its allocations; null when not the organization's. */
export async function getPaymentDetail(db: Db, orgId: string, paymentId: string): Promise<PaymentDetail | null> {
  const payment = await getPayment(db, orgId, paymentId);
  if (!payment) return null;
  return { ...payment, allocations: await listAllocations(db, orgId, { paymentId }) };
}

/** The statuses an invoice list asks for: "open,paid", or "unsettled" for open and partially paid. */
export function parseStatusFilter(text: string | undefined): Result<InvoiceStatus[] | undefined> {
  if (text === undefined || text.trim() === '') return ok(undefined);
  const statuses = new Set<InvoiceStatus>();
  for (const part of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    if (part === 'unsettled') {
      statuses.add('open');
      statuses.add('partially_paid');
    } else if ((invoiceStatuses as readonly string[]).includes(part)) {
      statuses.add(part as InvoiceStatus);
    } else {
      return fail('invalid_input', `status: unknown status "${part}"`, [
        { field: 'query.status', message: `expected one of ${[...invoiceStatuses, 'unsettled'].join(', ')}` },
      ]);
    }
  }
  return ok([...statuses]);
}
