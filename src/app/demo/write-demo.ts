// Writes a generated demo ledger as a new organization: the organization and its
// users through the ordinary use cases, the bulk of the rows with batch inserts in
// one transaction, then the ledger's own balance rule over every invoice.
import { randomUUID } from 'node:crypto';
import type { IsoDate } from '../../domain/dates';
import type { Db } from '../../store/database';
import { recomputeInvoiceBalances } from '../../store/ledger';
import {
  activities,
  allocations,
  bankAccounts,
  contacts,
  creditNotes,
  customers,
  invoices,
  payments,
} from '../../store/schema';
import { addUser } from '../add-user';
import { createOrganization } from '../create-organization';
import { ok, type Result } from '../errors';
import { inTransaction } from '../transaction';
import type { DemoLedger } from './demo-ledger';
import { defaultDemoSlug, demoAdminEmail, demoPassword, generateDemoLedger } from './generate-demo';

export type DemoCounts = {
  users: number;
  customers: number;
  contacts: number;
  invoices: number;
  creditNotes: number;
  payments: number;
  allocations: number;
  activities: number;
};

export type DemoOrganizationCreated = {
  orgId: string;
  slug: string;
  adminEmail: string;
  /** Every demo user signs in with this password (unless the user existed before). */
  adminPassword: string;
  counts: DemoCounts;
};

const chunkSize = 1000;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += chunkSize) out.push(rows.slice(i, i + chunkSize));
  return out;
}

/** Creates the demo organization with its whole ledger; conflict when the slug is taken. */
export async function createDemoOrganization(
  db: Db,
  options: { today: IsoDate; seed?: number; slug?: string },
): Promise<Result<DemoOrganizationCreated>> {
  const ledger = generateDemoLedger({ today: options.today, seed: options.seed, slug: options.slug ?? defaultDemoSlug });
  return inTransaction(db, async (tx) => {
    const { organization } = ledger;
    const created = await createOrganization(tx, {
      slug: organization.slug,
      legalName: organization.legalName,
      taxId: organization.taxId,
      country: organization.country,
      baseCurrency: organization.baseCurrency,
      defaultLanguage: organization.defaultLanguage,
      timeZone: organization.timeZone,
    });
    if (!created.ok) return created;
    const orgId = created.value.id;
    await tx.insert(bankAccounts).values(organization.bankAccounts.map((account) => ({ orgId, ...account })));

    const userIds = new Map<string, string>();
    for (const user of ledger.users) {
      const added = await addUser(tx, { ...user, password: demoPassword, orgId });
      if (!added.ok) return added;
      userIds.set(user.key, added.value.userId);
    }
    await insertLedgerRows(tx, orgId, ledger, userIds);
    return ok({
      orgId,
      slug: created.value.slug,
      adminEmail: demoAdminEmail,
      adminPassword: demoPassword,
      counts: {
        users: ledger.users.length,
        customers: ledger.customers.length,
        contacts: ledger.contacts.length,
        invoices: ledger.invoices.length,
        creditNotes: ledger.creditNotes.length,
        payments: ledger.payments.length,
        allocations: ledger.allocations.length,
        activities: ledger.activities.length,
      },
    });
  });
}

const noon = (date: IsoDate) => new Date(`${date}T12:00:00.000Z`);

async function insertLedgerRows(tx: Db, orgId: string, ledger: DemoLedger, userIds: ReadonlyMap<string, string>): Promise<void> {
  const customerIds = new Map(ledger.customers.map((customer) => [customer.key, randomUUID()]));
  const invoiceIds = new Map(ledger.invoices.map((invoice) => [invoice.number, randomUUID()]));
  const creditNoteIds = new Map(ledger.creditNotes.map((note) => [note.number, randomUUID()]));
  const paymentIds = new Map(ledger.payments.map((payment) => [payment.key, randomUUID()]));
  const userOf = (key: string | null) => (key === null ? null : (userIds.get(key) ?? null));

  for (const chunk of chunks(ledger.customers)) {
    await tx.insert(customers).values(
      chunk.map((customer) => ({
        id: customerIds.get(customer.key)!,
        orgId,
        externalId: customer.externalId,
        name: customer.name,
        taxId: customer.taxId,
        vatId: customer.vatId,
        country: customer.country,
        language: customer.language,
        timeZone: customer.country === 'PL' ? 'Europe/Warsaw' : null,
        segment: customer.segment,
        paymentTermsDays: customer.paymentTermsDays,
        creditLimitMinor: customer.creditLimitMinor,
        creditLimitCurrency: customer.creditLimitMinor === null ? null : customer.currency,
        accountOwnerUserId: userOf(customer.accountOwnerKey),
        tags: customer.tags,
        notes: customer.notes,
        creditHold: customer.creditHold,
      })),
    );
  }
  for (const chunk of chunks(ledger.contacts)) {
    await tx.insert(contacts).values(
      chunk.map(({ customerKey, ...contact }) => ({ orgId, customerId: customerIds.get(customerKey)!, ...contact })),
    );
  }
  for (const chunk of chunks(ledger.invoices)) {
    await tx.insert(invoices).values(
      chunk.map((invoice) => ({
        id: invoiceIds.get(invoice.number)!,
        orgId,
        customerId: customerIds.get(invoice.customerKey)!,
        number: invoice.number,
        issueDate: invoice.issueDate,
        dueDate: invoice.dueDate,
        currency: invoice.currency,
        grossTotalMinor: invoice.grossTotalMinor,
        // Provisional: recomputeInvoiceBalances below derives it from the allocations.
        openAmountMinor: invoice.grossTotalMinor,
        writtenOffAt: invoice.writtenOffOn === null ? null : noon(invoice.writtenOffOn),
        source: 'manual' as const,
      })),
    );
  }
  for (const chunk of chunks(ledger.creditNotes)) {
    await tx.insert(creditNotes).values(
      chunk.map((note) => ({
        id: creditNoteIds.get(note.number)!,
        orgId,
        customerId: customerIds.get(note.customerKey)!,
        number: note.number,
        issueDate: note.issueDate,
        currency: note.currency,
        totalMinor: note.totalMinor,
        invoiceId: invoiceIds.get(note.invoiceNumber)!,
        reason: note.reason,
        source: 'manual' as const,
      })),
    );
  }
  for (const chunk of chunks(ledger.payments)) {
    await tx.insert(payments).values(
      chunk.map((payment) => ({
        id: paymentIds.get(payment.key)!,
        orgId,
        customerId: customerIds.get(payment.customerKey)!,
        fingerprint: `demo-${ledger.seed}-${payment.key}`,
        externalId: payment.key,
        paymentDate: payment.paymentDate,
        amountMinor: payment.amountMinor,
        currency: payment.currency,
        payerName: payment.payerName,
        payerAccount: payment.payerAccount,
        transferTitle: payment.transferTitle,
        unallocatedMinor: payment.unallocatedMinor,
        source: 'statement' as const,
      })),
    );
  }
  for (const chunk of chunks(ledger.allocations)) {
    await tx.insert(allocations).values(
      chunk.map((allocation) => ({
        orgId,
        invoiceId: invoiceIds.get(allocation.invoiceNumber)!,
        paymentId: allocation.paymentKey === undefined ? null : paymentIds.get(allocation.paymentKey)!,
        creditNoteId: allocation.creditNoteNumber === undefined ? null : creditNoteIds.get(allocation.creditNoteNumber)!,
        amountMinor: allocation.amountMinor,
      })),
    );
  }
  for (const chunk of chunks(ledger.activities)) {
    await tx.insert(activities).values(
      chunk.map((activity) => ({
        orgId,
        customerId: customerIds.get(activity.customerKey)!,
        occurredAt: new Date(activity.occurredAt),
        type: activity.type,
        channel: activity.channel,
        direction: activity.direction,
        userId: userOf(activity.userKey),
        summary: activity.summary,
        body: activity.body,
        invoiceIds: activity.invoiceNumbers.map((number) => invoiceIds.get(number)!),
      })),
    );
  }
  for (const chunk of chunks([...invoiceIds.values()])) await recomputeInvoiceBalances(tx, orgId, chunk);
}
