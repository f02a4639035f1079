// A signed-in user opens a new organization and becomes its admin.
import type { z } from 'zod';
import type { organizationInput } from '../http/contract';
import type { Db } from '../store/database';
import { upsertMembership } from '../store/memberships';
import { createOrganization } from './create-organization';
import { ok, type Result } from './errors';
import { inTransaction } from './transaction';

/** Creates an organization with the user as its admin; conflict when the slug is taken. */
export async function startOrganization(
  db: Db,
  userId: string,
  input: z.input<typeof organizationInput>,
): Promise<Result<{ id: string; slug: string }>> {
  return inTransaction(db, async (tx) => {
    const created = await createOrganization(tx, input);
    if (!created.ok) return created;
    await upsertMembership(tx, created.value.id, userId, 'admin');
    return ok(created.value);
  });
}
