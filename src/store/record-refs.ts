// Follow-up records name invoices and users by id; people know them by number and name.
import { and, eq, inArray } from 'drizzle-orm';
import type { InvoiceRef } from '../http/contract';
import type { Db } from './database';
import { invoices, users } from './schema';

/** Number of each of the organization's invoices among the ids; unknown ids are left out. */
export async function invoiceNumbers(db: Db, orgId: string, invoiceIds: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(invoiceIds)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: invoices.id, number: invoices.number })
    .from(invoices)
    .where(and(eq(invoices.orgId, orgId), inArray(invoices.id, unique)));
  return new Map(rows.map((row) => [row.id, row.number]));
}

/** The ids as references with numbers, in the order given (an invoice deleted since shows its id). */
export function toInvoiceRefs(invoiceIds: readonly string[], numbers: ReadonlyMap<string, string>): InvoiceRef[] {
  return invoiceIds.map((id) => ({ id, number: numbers.get(id) ?? id }));
}

/** Names of the users among the ids (null ids are skipped): records show who made them. */
export async function userNames(db: Db, userIds: readonly (string | null)[]): Promise<Map<string, string>> {
  const ids = [...new Set(userIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** A user as a record names them, or null when unknown or removed. */
export function userRef(userId: string | null, names: ReadonlyMap<string, string>): { id: string; name: string } | null {
  if (userId === null) return null;
  const name = names.get(userId);
  return name === undefined ? null : { id: userId, name };
}
