// Importing contacts. A row names its customer (code, tax id or name) and is the
// contact with that external id, else the contact of that customer with exactly that
// name. Phones, e-mails and the address are replaced as a whole when the file has
// their columns; a file with only a mobile column keeps the other phone numbers.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../store/database';
import {
  findContactsForImport,
  upsertImportedContacts,
  type ContactColumn,
  type ExistingContact,
  type ImportedContact,
} from '../../store/import-contacts';
import type { PhoneNumber, PostalAddress } from '../../store/schema';
import {
  parseChannelCell,
  parseCountryCell,
  parseEmailsCell,
  parsePhonesCell,
  parseRolesCell,
} from './party-values';
import { findReferencedCustomer } from './customer-reference';
import { noChanges, rowReading, type ImportContext, type KindImport, type RowIssue } from './row-reading';

export type ContactImportRow = ImportedContact & { line: number };

const columnsOfField: Record<string, ContactColumn[]> = {
  externalId: ['externalId'],
  name: ['name'],
  jobTitle: ['jobTitle'],
  roles: ['roles'],
  email: ['emails'],
  phone: ['phones'],
  mobile: ['phones'],
  street: ['addresses'],
  postalCode: ['addresses'],
  city: ['addresses'],
  preferredChannel: ['preferredChannel'],
  notes: ['notes'],
};

const ADDRESS_FIELDS = ['street', 'postalCode', 'city'] as const;

/** The contacts import. */
export function contactsImport(context: ImportContext): KindImport<ContactImportRow> {
  const changeable = [
    ...new Set<ContactColumn>(['customerId', 'name', ...[...context.mapped].flatMap((f) => columnsOfField[f] ?? [])]),
  ];
  const phoneKindsInFile = new Set<PhoneNumber['kind']>([
    ...(context.mapped.has('phone') ? (['work'] as const) : []),
    ...(context.mapped.has('mobile') ? (['mobile'] as const) : []),
  ]);
  const lineOfKey = new Map<string, number>();
  const lineOfContact = new Map<string, number>();

  const r = rowReading(context.header);

  const readRow: KindImport<ContactImportRow>['readRow'] = (cell, line) => {
    r.start(cell, line);
    const customer = findReferencedCustomer(r, context);
    const name = r.need('name');
    const externalId = r.text('externalId');
    const roles = r.value('roles', parseRolesCell) ?? [];
    const emails = r.value('email', parseEmailsCell) ?? [];
    const phones: PhoneNumber[] = [
      ...(r.value('phone', parsePhonesCell) ?? []).map((number) => ({ number, kind: 'work' as const })),
      ...(r.value('mobile', parsePhonesCell) ?? []).map((number) => ({ number, kind: 'mobile' as const })),
    ];
    const addressParts = ADDRESS_FIELDS.map((field) => r.text(field));
    const country = r.value('country', parseCountryCell) ?? customer?.country ?? context.country;
    const addresses: PostalAddress[] = [];
    if (addressParts.some((part) => part !== null)) {
      const [street, postalCode, city] = addressParts;
      if (street && postalCode && city) addresses.push({ street, postalCode, city, country });
      else {
        const missing = ADDRESS_FIELDS.filter((_, i) => addressParts[i] === null);
        for (const field of missing) r.problem(field, `an address needs street, postal code and city; ${field} is empty`);
      }
    }
    const preferredChannel = r.value('preferredChannel', parseChannelCell);
    if (r.issues.length > 0 || !customer || name === null) return r.issues;

    const key = externalId ? `e:${externalId}` : `n:${customer.id}\n${name}`;
    const earlier = lineOfKey.get(key);
    if (earlier !== undefined) {
      return [{ line, field: externalId ? 'externalId' : 'name', message: `the same contact is already on line ${earlier}` }];
    }
    lineOfKey.set(key, line);
    return {
      line,
      id: '', // decided with the batch, once the contacts it may mean are known
      customerId: customer.id,
      externalId,
      name,
      jobTitle: r.text('jobTitle'),
      roles,
      emails: emails.map((address) => ({ address })),
      phones,
      addresses,
      preferredChannel,
      notes: r.text('notes'),
    };
  };

  async function writeBatch(db: Db, rows: ContactImportRow[], write: boolean) {
    const existing = await findContactsForImport(
      db,
      context.orgId,
      rows.flatMap((row) => (row.externalId ? [row.externalId] : [])),
      [...new Set(rows.map((row) => row.customerId))],
    );
    const byExternal = new Map(existing.filter((c) => c.externalId).map((c) => [c.externalId!, c]));
    const byCustomerName = new Map<string, ExistingContact[]>();
    for (const c of existing) {
      const key = `${c.customerId}\n${c.name}`;
      byCustomerName.set(key, [...(byCustomerName.get(key) ?? []), c]);
    }
    const issues: RowIssue[] = [];
    for (const row of rows) {
      const sameName = byCustomerName.get(`${row.customerId}\n${row.name}`) ?? [];
      // With an external id, a same-named contact that has none yet is the one meant.
      const candidates = row.externalId
        ? byExternal.has(row.externalId)
          ? [byExternal.get(row.externalId)!]
          : sameName.filter((c) => c.externalId === null)
        : sameName;
      if (candidates.length > 1) {
        issues.push({ line: row.line, field: 'name', message: `the customer has ${candidates.length} contacts named "${row.name}"; add an external id column to tell them apart` });
        continue;
      }
      const found = candidates[0];
      row.id = found?.id ?? randomUUID();
      const earlier = lineOfContact.get(row.id);
      if (earlier !== undefined) {
        issues.push({ line: row.line, field: 'name', message: `the same contact is already on line ${earlier}` });
        continue;
      }
      lineOfContact.set(row.id, row.line);
      row.externalId ??= found?.externalId ?? null;
      if (found && phoneKindsInFile.size < 2) {
        row.phones = [...found.phones.filter((p) => !phoneKindsInFile.has(p.kind)), ...row.phones];
      }
    }
    if (issues.length > 0 || !write) return noChanges(issues);
    const { created, updated } = await upsertImportedContacts(db, context.orgId, rows, changeable);
    return { created, updated, unchanged: rows.length - created - updated, issues };
  }

  return { readRow, writeBatch, customersCreated: () => 0 };
}
