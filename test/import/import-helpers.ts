// What the import tests share: a fresh organization per test, the fixture files, and
// counts of every table an import may write, to prove that a failed import wrote nothing.
import { randomBytes } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importFile, type ImportFileOptions } from '../../src/app/import-file';
import { queryRows, sql, type Db } from '../../src/store/database';
import { memberships, organizations, users } from '../../src/store/schema';

const fixtures = fileURLToPath(new URL('../fixtures/import/', import.meta.url));

/** The bytes of a fixture file. */
export const fixture = (name: string): Buffer => readFileSync(fixtures + name);

/** A new organization (PL, PLN unless told otherwise); returns its id. */
export async function newOrganization(db: Db, values: { country?: string; baseCurrency?: string } = {}): Promise<string> {
  const [org] = await db
    .insert(organizations)
    .values({
      slug: `org-${randomBytes(4).toString('hex')}`,
      legalName: 'Hurtownia Testowa sp. z o.o.',
      country: values.country ?? 'PL',
      baseCurrency: values.baseCurrency ?? 'PLN',
    })
    .returning();
  return org!.id;
}

/** A user who is a member of the organization; returns the user id. */
export async function newMember(db: Db, orgId: string, email: string): Promise<string> {
  const [user] = await db.insert(users).values({ email, name: email, passwordHash: 'x' }).returning();
  await db.insert(memberships).values({ orgId, userId: user!.id, role: 'account_owner' });
  return user!.id;
}

/** Imports a fixture file, streamed from disk as the CLI does. */
export function importFixture(
  db: Db,
  orgId: string,
  kind: ImportFileOptions['kind'],
  name: string,
  options: Partial<ImportFileOptions> = {},
) {
  return importFile(db, { orgId, kind, fileName: name, content: createReadStream(fixtures + name), ...options });
}

export type TableCounts = Record<'customers' | 'contacts' | 'invoices' | 'payments' | 'allocations' | 'import_runs', number>;

/** How many rows of the organization each table an import writes has. */
export async function tableCounts(db: Db, orgId: string): Promise<TableCounts> {
  const [row] = await queryRows<TableCounts>(
    db,
    sql`select (select count(*)::int from customers where org_id = ${orgId}) as customers,
               (select count(*)::int from contacts where org_id = ${orgId}) as contacts,
               (select count(*)::int from invoices where org_id = ${orgId}) as invoices,
               (select count(*)::int from payments where org_id = ${orgId}) as payments,
               (select count(*)::int from allocations where org_id = ${orgId}) as allocations,
               (select count(*)::int from import_runs where org_id = ${orgId}) as import_runs`,
  );
  return row!;
}

/** The latest change time of any row the import writes, to prove a re-import touched nothing. */
export async function lastChange(db: Db, orgId: string): Promise<string> {
  const [row] = await queryRows<{ at: string }>(
    db,
    sql`select greatest(
              (select max(updated_at) from customers where org_id = ${orgId}),
              (select max(updated_at) from contacts where org_id = ${orgId}),
              (select max(updated_at) from invoices where org_id = ${orgId}))::text as at`,
  );
  return row?.at ?? '';
}
