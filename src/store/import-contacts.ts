// Contacts for an import: the existing ones a batch may mean, and the batch upsert.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from './database';
import { upsertRowsById, type ColumnSpec } from './import-upsert';
import type { EmailAddress, PhoneNumber, PostalAddress } from './schema';

export type ExistingContact = {
  id: string;
  customerId: string;
  externalId: string | null;
  name: string;
  phones: PhoneNumber[];
};

/** Contacts of the organization with one of these external ids or at one of these customers. */
export async function findContactsForImport(
  db: Db,
  orgId: string,
  externalIds: readonly string[],
  customerIds: readonly string[],
): Promise<ExistingContact[]> {
  if (externalIds.length === 0 && customerIds.length === 0) return [];
  return queryRows<ExistingContact>(
    db,
    sql`select id, customer_id as "customerId", external_id as "externalId", name, phones
          from contacts
         where org_id = ${orgId}::uuid
           and (external_id in (select json_array_elements_text(${JSON.stringify(externalIds)}::json))
                or customer_id in (select json_array_elements_text(${JSON.stringify(customerIds)}::json)::uuid))`,
  );
}

export type ImportedContact = {
  id: string;
  customerId: string;
  externalId: string | null;
  name: string;
  jobTitle: string | null;
  roles: string[];
  emails: EmailAddress[];
  phones: PhoneNumber[];
  addresses: PostalAddress[];
  preferredChannel: 'email' | 'sms' | 'phone' | 'letter' | null;
  notes: string | null;
};

export type ContactColumn = Exclude<keyof ImportedContact, 'id'>;

const columns: Record<ContactColumn, ColumnSpec> = {
  customerId: ['customer_id', 'uuid'],
  externalId: ['external_id', 'text'],
  name: ['name', 'text'],
  jobTitle: ['job_title', 'text'],
  roles: ['roles', 'text[]'],
  emails: ['emails', 'jsonb'],
  phones: ['phones', 'jsonb'],
  addresses: ['addresses', 'jsonb'],
  preferredChannel: ['preferred_channel', 'text'],
  notes: ['notes', 'text'],
};

/** Inserts new contacts and changes the given columns of existing ones; counts both. */
export async function upsertImportedContacts(
  db: Db,
  orgId: string,
  rows: readonly ImportedContact[],
  changeable: readonly ContactColumn[],
): Promise<{ created: number; updated: number }> {
  return upsertRowsById(db, 'contacts', columns, orgId, rows, changeable);
}
