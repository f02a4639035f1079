// A new organization (tenant), with its settings checked and its slug kept unique, and
// the shipped follow-up procedures and routing rules to start from.
import type { z } from 'zod';
import { organizationInput } from '../http/contract';
import type { Db } from '../store/database';
import { insertOrganization } from '../store/organizations';
import { validateInput } from './validate-input';
import { fail, ok, type Result } from './errors';
import { ensureDefaultProcedures } from './follow-up/ensure-default-procedures';
import { inTransaction } from './transaction';

/** Creates an organization; conflict when the slug is taken. */
export async function createOrganization(
  db: Db,
  input: z.input<typeof organizationInput>,
): Promise<Result<{ id: string; slug: string }>> {
  const parsed = validateInput(organizationInput, input);
  if (!parsed.ok) return parsed;
  const values = parsed.value;
  return inTransaction(db, async (tx) => {
    const row = await insertOrganization(tx, {
      slug: values.slug,
      legalName: values.legalName.trim(),
      taxId: values.taxId?.trim() || null,
      country: values.country,
      baseCurrency: values.baseCurrency,
      defaultLanguage: values.defaultLanguage,
      timeZone: values.timeZone,
    });
    if (!row) return fail('conflict', `the organization slug "${values.slug}" is taken`, [{ field: 'slug', message: 'taken' }]);
    const seeded = await ensureDefaultProcedures(tx, row.id);
    if (!seeded.ok) return seeded;
    return ok({ id: row.id, slug: row.slug });
  });
}
