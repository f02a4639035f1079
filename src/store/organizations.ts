// Organizations (the tenants) and their bank accounts.
import { and, asc, eq, ne } from 'drizzle-orm';
import type { BankAccount, Organization } from '../http/contract';
import type { Db } from './database';
import { bankAccounts, organizations } from './schema';

export type OrganizationRow = typeof organizations.$inferSelect;
export type NewOrganization = Omit<typeof organizations.$inferInsert, 'id' | 'createdAt'>;
export type OrganizationChanges = Partial<
  Pick<OrganizationRow, 'legalName' | 'taxId' | 'country' | 'baseCurrency' | 'defaultLanguage' | 'timeZone'>
>;

/** Inserts an organization; null when the slug is taken. */
export async function insertOrganization(db: Db, values: NewOrganization): Promise<OrganizationRow | null> {
  const [row] = await db.insert(organizations).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

/** The organization with this slug, or null. */
export async function findOrganizationBySlug(db: Db, slug: string): Promise<OrganizationRow | null> {
  const [row] = await db.select().from(organizations).where(eq(organizations.slug, slug));
  return row ?? null;
}

/** The organization with this id, or null. */
export async function findOrganization(db: Db, orgId: string): Promise<OrganizationRow | null> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, orgId));
  return row ?? null;
}

/** Every organization, by slug: for operators (CLI), never for a request. */
export async function listOrganizations(db: Db): Promise<OrganizationRow[]> {
  return db.select().from(organizations).orderBy(asc(organizations.slug));
}

/** Changes the settings of one organization; null when it does not exist. */
export async function updateOrganization(
  db: Db,
  orgId: string,
  changes: OrganizationChanges,
): Promise<OrganizationRow | null> {
  if (Object.keys(changes).length === 0) return findOrganization(db, orgId);
  const [row] = await db.update(organizations).set(changes).where(eq(organizations.id, orgId)).returning();
  return row ?? null;
}

/** The organization as the API shows it, with its bank accounts. */
export async function getOrganization(db: Db, orgId: string): Promise<Organization | null> {
  const row = await findOrganization(db, orgId);
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    legalName: row.legalName,
    taxId: row.taxId,
    country: row.country,
    baseCurrency: row.baseCurrency,
    defaultLanguage: row.defaultLanguage,
    timeZone: row.timeZone,
    bankAccounts: await listBankAccounts(db, orgId),
  };
}

/** Bank accounts of the organization, the default first. */
export async function listBankAccounts(db: Db, orgId: string): Promise<BankAccount[]> {
  const rows = await db
    .select()
    .from(bankAccounts)
    .where(eq(bankAccounts.orgId, orgId))
    .orderBy(asc(bankAccounts.currency), asc(bankAccounts.createdAt));
  return rows
    .map((row) => ({
      id: row.id,
      iban: row.iban,
      currency: row.currency,
      bankName: row.bankName,
      isDefault: row.isDefault,
    }))
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
}

/** Adds a bank account (IBAN already normalized); null when the IBAN is already there. */
export async function insertBankAccount(
  db: Db,
  orgId: string,
  values: { iban: string; currency: string; bankName: string | null; isDefault: boolean },
): Promise<BankAccount | null> {
  const [row] = await db
    .insert(bankAccounts)
    .values({ orgId, ...values })
    .onConflictDoNothing()
    .returning();
  if (!row) return null;
  if (row.isDefault) {
    // One default account per currency: the new one takes the place of the old.
    await db
      .update(bankAccounts)
      .set({ isDefault: false })
      .where(and(eq(bankAccounts.orgId, orgId), eq(bankAccounts.currency, row.currency), ne(bankAccounts.id, row.id)));
  }
  return { id: row.id, iban: row.iban, currency: row.currency, bankName: row.bankName, isDefault: row.isDefault };
}

/** Removes a bank account; false when it is not one of this organization's. */
export async function deleteBankAccount(db: Db, orgId: string, bankAccountId: string): Promise<boolean> {
  const rows = await db
    .delete(bankAccounts)
    .where(and(eq(bankAccounts.orgId, orgId), eq(bankAccounts.id, bankAccountId)))
    .returning({ id: bankAccounts.id });
  return rows.length > 0;
}
