// Changes an organization's settings (its slug, being its address, stays).
import type { z } from 'zod';
import type { Organization, organizationPatch } from '../http/contract';
import type { Db } from '../store/database';
import { getOrganization, updateOrganization as updateOrganizationRow } from '../store/organizations';
import { fail, ok, type Result } from './errors';

/** Applies the fields sent; not_found when the organization is gone. */
export async function updateOrganization(
  db: Db,
  orgId: string,
  patch: z.infer<typeof organizationPatch>,
): Promise<Result<Organization>> {
  const changes = { ...patch, ...(patch.taxId !== undefined ? { taxId: patch.taxId?.trim() || null } : {}) };
  if (!(await updateOrganizationRow(db, orgId, changes))) return fail('not_found', 'no such organization');
  const organization = await getOrganization(db, orgId);
  return organization ? ok(organization) : fail('not_found', 'no such organization');
}
