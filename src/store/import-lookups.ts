// What an import needs to know about the organization before it reads a row: its
// defaults, its customers (to resolve references) and its members (account owners).
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from './database';

export type ImportOrganization = { baseCurrency: string; country: string; taxId: string | null };

/** The organization's base currency, country and tax id, or null when it does not exist. */
export async function loadImportOrganization(db: Db, orgId: string): Promise<ImportOrganization | null> {
  const [row] = await queryRows<{ base_currency: string; country: string; tax_id: string | null }>(
    db,
    sql`select base_currency, country, tax_id from organizations where id = ${orgId}::uuid`,
  );
  return row ? { baseCurrency: row.base_currency, country: row.country, taxId: row.tax_id } : null;
}

export type CustomerKeyRow = {
  id: string;
  externalId: string | null;
  taxId: string | null;
  vatId: string | null;
  name: string;
  paymentTermsDays: number | null;
  country: string;
};

/** Every customer of the organization with the fields that identify it and its payment terms. */
export async function loadCustomerKeys(db: Db, orgId: string): Promise<CustomerKeyRow[]> {
  return queryRows<CustomerKeyRow>(
    db,
    sql`select id, external_id as "externalId", tax_id as "taxId", vat_id as "vatId", name,
               payment_terms_days as "paymentTermsDays", country
          from customers where org_id = ${orgId}::uuid`,
  );
}

/** Members of the organization by lower-case e-mail: the people who may own accounts. */
export async function loadMemberEmails(db: Db, orgId: string): Promise<Map<string, string>> {
  const rows = await queryRows<{ email: string; user_id: string }>(
    db,
    sql`select lower(u.email) as email, u.id as user_id
          from memberships m join users u on u.id = m.user_id
         where m.org_id = ${orgId}::uuid`,
  );
  return new Map(rows.map((r) => [r.email, r.user_id]));
}

/**
 * Holds the organization's import lock to the end of the transaction: imports of one
 * organization run one after another, so two files cannot create the same customer.
 */
export async function lockImports(db: Db, orgId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`duly-import:${orgId}`}, 0))`);
}
