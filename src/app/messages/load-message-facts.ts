// Gathers what a message is written from: the organization and its bank accounts, the
// customer, the person addressed, the invoices still open, the signature.
import type { IsoDate } from '../../domain/dates';
import type { AddresseeRole, Tone } from '../../domain/dunning/procedure';
import { pickMessageLanguage } from '../../domain/messages/language';
import type { MessageFacts } from '../../domain/messages/message-facts';
import type { MessageLanguage } from '../../domain/messages/message-types';
import type { Db } from '../../store/database';
import { findContact, listContacts } from '../../store/contacts';
import { findCustomer } from '../../store/customers';
import { findMessageInvoices, findTemplateSettings } from '../../store/message-templates';
import { findOrganization, listBankAccounts } from '../../store/organizations';
import { fail, ok, type Result } from '../errors';

export type MessageFactsRequest = {
  customerId: string;
  /** The contact the action chose; absent: the first contact holding the role. */
  contactId?: string | null;
  /** The role the message speaks to; absent: the payables chain (payables, chief accountant, finance decision maker). */
  addresseeRole?: AddresseeRole | null;
  /** The invoices the message is about; absent: every open invoice of the customer. */
  invoiceIds?: readonly string[] | null;
  today: IsoDate;
  tone: Tone;
  /** Write in this language instead of the customer's (a preview of one language's template). */
  language?: MessageLanguage;
};

const payablesChain: AddresseeRole[] = ['payables', 'chief_accountant', 'finance_decision_maker'];

/** The facts for one message; not_found for an unknown customer, contact or invoice, invalid_input when nothing is open. */
export async function loadMessageFacts(db: Db, orgId: string, request: MessageFactsRequest): Promise<Result<MessageFacts>> {
  const org = await findOrganization(db, orgId);
  if (!org) return fail('not_found', 'no such organization');
  const customer = await findCustomer(db, orgId, request.customerId);
  if (!customer) return fail('not_found', 'no such customer', [{ field: 'customerId', message: 'no such customer' }]);

  const addressee = await findAddressee(db, orgId, customer.id, request);
  if (!addressee.ok) return addressee;

  const ids = request.invoiceIds ? [...new Set(request.invoiceIds)] : null;
  const rows = await findMessageInvoices(db, orgId, customer.id, ids);
  if (ids) {
    const found = new Set(rows.map((r) => r.id));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) {
      return fail('not_found', `no such invoice of this customer: ${missing.join(', ')}`, [
        { field: 'invoiceIds', message: `not invoices of this customer: ${missing.join(', ')}` },
      ]);
    }
  }
  // A message never lists what is already settled, even when an action named it before it was paid.
  const open = rows.filter((r) => (r.status === 'open' || r.status === 'partially_paid') && r.openAmountMinor > 0);
  if (open.length === 0) {
    return fail('invalid_input', ids ? 'none of the invoices is still open' : 'the customer has no open invoices', [
      { field: 'invoiceIds', message: 'nothing open to write about' },
    ]);
  }

  const language = request.language ?? pickMessageLanguage(customer.language, org.defaultLanguage);
  const settings = await findTemplateSettings(db, orgId);
  return ok({
    language,
    today: request.today,
    tone: request.tone,
    customer: { name: customer.name, taxId: customer.taxId ?? customer.vatId, country: customer.country },
    addressee: addressee.value,
    creditor: { name: org.legalName, taxId: org.taxId, country: org.country },
    items: open.map(({ status: _status, ...item }) => item),
    bankAccounts: await listBankAccounts(db, orgId),
    signature: settings.signatures[language] ?? null,
    customerPageUrl: settings.customerPageBaseUrl,
  });
}

async function findAddressee(
  db: Db,
  orgId: string,
  customerId: string,
  request: MessageFactsRequest,
): Promise<Result<MessageFacts['addressee']>> {
  if (request.contactId) {
    const contact = await findContact(db, orgId, request.contactId);
    if (!contact || contact.customerId !== customerId) {
      return fail('not_found', 'no such contact of this customer', [{ field: 'contactId', message: 'no such contact of this customer' }]);
    }
    // A function ("Accounts payable") is no person to greet by name.
    const role = request.addresseeRole ?? contact.roles[0] ?? '';
    return ok({ name: contact.kind === 'person' ? contact.name : '', role });
  }
  const contacts = await listContacts(db, orgId, customerId);
  for (const role of request.addresseeRole ? [request.addresseeRole] : payablesChain) {
    const contact = contacts.find((c) => (c.roles as string[]).includes(role));
    if (contact) return ok({ name: contact.kind === 'person' ? contact.name : '', role });
  }
  return ok(null);
}
