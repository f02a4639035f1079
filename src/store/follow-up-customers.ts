// Finding a customer the way people name it on the command line: its id, its code in
// the accounting system, its tax id or VAT id, or its exact name.
import { queryRows, sql, type Db } from './database';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The organization's customers the reference names (several when it is ambiguous), by name. */
export async function findCustomersByReference(db: Db, orgId: string, reference: string): Promise<{ id: string; name: string }[]> {
  const text = reference.trim();
  if (!text) return [];
  const digits = text.replace(/[\s-]/g, '');
  return queryRows<{ id: string; name: string }>(
    db,
    sql`select id, name from customers
         where org_id = ${orgId}
           and (${uuidPattern.test(text) ? sql`id = ${text}::uuid or` : sql``}
                external_id = ${text} or tax_id = ${digits} or upper(vat_id) = upper(${digits}) or name = ${text})
         order by name, id limit 20`,
  );
}
