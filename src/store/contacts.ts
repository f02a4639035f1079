// The people (or functions, like "accounts payable") to talk to at a customer.
import { and, asc, eq } from 'drizzle-orm';
import type { Contact, ContactRole } from '../http/contract';
import type { Db } from './database';
import { contacts } from './schema';

export type ContactRow = typeof contacts.$inferSelect;
export type ContactValues = Omit<typeof contacts.$inferInsert, 'id' | 'orgId' | 'customerId' | 'createdAt' | 'updatedAt'>;

/** A contact row as the API shows it. */
export function toContact(row: ContactRow): Contact {
  return {
    id: row.id,
    customerId: row.customerId,
    externalId: row.externalId,
    kind: row.kind,
    name: row.name,
    jobTitle: row.jobTitle,
    roles: row.roles as ContactRole[],
    emails: row.emails,
    phones: row.phones,
    addresses: row.addresses,
    preferredChannel: row.preferredChannel,
    optedOutChannels: row.optedOutChannels as Contact['optedOutChannels'],
    notes: row.notes,
  };
}

/** Inserts a contact of a customer; null when its external id is taken. */
export async function insertContact(
  db: Db,
  orgId: string,
  customerId: string,
  values: ContactValues,
): Promise<ContactRow | null> {
  const [row] = await db
    .insert(contacts)
    .values({ ...values, orgId, customerId })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/** The contact, or null when it is not one of the organization's. */
export async function findContact(db: Db, orgId: string, contactId: string): Promise<ContactRow | null> {
  const [row] = await db.select().from(contacts).where(and(eq(contacts.orgId, orgId), eq(contacts.id, contactId)));
  return row ?? null;
}

/** Changes a contact; null when it is not one of the organization's. */
export async function updateContact(
  db: Db,
  orgId: string,
  contactId: string,
  changes: Partial<ContactValues>,
): Promise<ContactRow | null> {
  const [row] = await db
    .update(contacts)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(contacts.orgId, orgId), eq(contacts.id, contactId)))
    .returning();
  return row ?? null;
}

/** Deletes a contact; false when it is not one of the organization's. */
export async function deleteContact(db: Db, orgId: string, contactId: string): Promise<boolean> {
  const rows = await db
    .delete(contacts)
    .where(and(eq(contacts.orgId, orgId), eq(contacts.id, contactId)))
    .returning({ id: contacts.id });
  return rows.length > 0;
}

/** The contacts of a customer, by name. */
export async function listContacts(db: Db, orgId: string, customerId: string): Promise<Contact[]> {
  const rows = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.orgId, orgId), eq(contacts.customerId, customerId)))
    .orderBy(asc(contacts.name), asc(contacts.id));
  return rows.map(toContact);
}
