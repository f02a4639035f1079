// Message templates an organization changed (the shipped ones live in code), and what
// rendering a message reads beside them: the invoices it is about and the sender's
// signature and customer-page address.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { messageLanguages, type MessageLanguage, type TemplateChannel } from '../domain/messages/message-types';
import type { Db } from './database';
import { unsettledStatuses } from './customers';
import { invoices, messageSettings, messageTemplates } from './schema';

export type MessageTemplateRow = typeof messageTemplates.$inferSelect;
export type TemplateAddress = { templateKey: string; language: MessageLanguage; channel: TemplateChannel };

const at = (orgId: string, address: TemplateAddress) =>
  and(
    eq(messageTemplates.orgId, orgId),
    eq(messageTemplates.templateKey, address.templateKey),
    eq(messageTemplates.language, address.language),
    eq(messageTemplates.channel, address.channel),
  );

/** The organization's own version of a template, or null when it uses the shipped one. */
export async function findMessageTemplate(db: Db, orgId: string, address: TemplateAddress): Promise<MessageTemplateRow | null> {
  const [row] = await db.select().from(messageTemplates).where(at(orgId, address));
  return row ?? null;
}

/** Which templates the organization changed, and when: the addresses without the texts. */
export async function listChangedTemplates(db: Db, orgId: string): Promise<(TemplateAddress & { updatedAt: Date })[]> {
  return db
    .select({
      templateKey: messageTemplates.templateKey,
      language: messageTemplates.language,
      channel: messageTemplates.channel,
      updatedAt: messageTemplates.updatedAt,
    })
    .from(messageTemplates)
    .where(eq(messageTemplates.orgId, orgId))
    .orderBy(asc(messageTemplates.templateKey), asc(messageTemplates.channel), asc(messageTemplates.language));
}

/** Stores the organization's version of a template, replacing an earlier one. */
export async function saveMessageTemplate(
  db: Db,
  orgId: string,
  address: TemplateAddress,
  values: { subject: string; html: string; text: string; updatedByUserId: string | null },
): Promise<MessageTemplateRow> {
  const now = new Date();
  const [row] = await db
    .insert(messageTemplates)
    .values({ orgId, ...address, ...values, updatedAt: now })
    .onConflictDoUpdate({
      target: [messageTemplates.orgId, messageTemplates.templateKey, messageTemplates.language, messageTemplates.channel],
      set: { ...values, updatedAt: now },
    })
    .returning();
  return row!;
}

/** Drops the organization's version, so the shipped one applies again; false when there was none. */
export async function deleteMessageTemplate(db: Db, orgId: string, address: TemplateAddress): Promise<boolean> {
  const rows = await db.delete(messageTemplates).where(at(orgId, address)).returning({ id: messageTemplates.id });
  return rows.length > 0;
}

export type TemplateSettings = {
  signatures: Partial<Record<MessageLanguage, string>>;
  customerPageBaseUrl: string | null;
};

/** The signature per language and the customer page's address; empty when the organization set nothing. */
export async function findTemplateSettings(db: Db, orgId: string): Promise<TemplateSettings> {
  const [row] = await db
    .select({ signatures: messageSettings.signatures, customerPageBaseUrl: messageSettings.customerPageBaseUrl })
    .from(messageSettings)
    .where(eq(messageSettings.orgId, orgId));
  const signatures: Partial<Record<MessageLanguage, string>> = {};
  const stored = (row?.signatures ?? {}) as Record<string, unknown>;
  for (const language of messageLanguages) {
    const signature = stored[language];
    if (typeof signature === 'string' && signature.trim() !== '') signatures[language] = signature;
  }
  return { signatures, customerPageBaseUrl: row?.customerPageBaseUrl ?? null };
}

export type MessageInvoiceRow = {
  id: string;
  number: string;
  issueDate: string;
  dueDate: string;
  currency: string;
  grossTotalMinor: number;
  openAmountMinor: number;
  status: (typeof invoices.$inferSelect)['status'];
};

/**
 * The customer's invoices a message is about, oldest due date first: the ones named
 * (whatever their status, so the caller can tell a paid one from a missing one), or
 * every unsettled one when none are named.
 */
export async function findMessageInvoices(
  db: Db,
  orgId: string,
  customerId: string,
  invoiceIds: readonly string[] | null,
): Promise<MessageInvoiceRow[]> {
  if (invoiceIds !== null && invoiceIds.length === 0) return [];
  const which = invoiceIds === null ? inArray(invoices.status, [...unsettledStatuses]) : inArray(invoices.id, [...invoiceIds]);
  return db
    .select({
      id: invoices.id,
      number: invoices.number,
      issueDate: invoices.issueDate,
      dueDate: invoices.dueDate,
      currency: invoices.currency,
      grossTotalMinor: invoices.grossTotalMinor,
      openAmountMinor: invoices.openAmountMinor,
      status: invoices.status,
    })
    .from(invoices)
    .where(and(eq(invoices.orgId, orgId), eq(invoices.customerId, customerId), which))
    .orderBy(asc(invoices.dueDate), asc(invoices.number), asc(invoices.id));
}
