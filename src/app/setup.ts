// The first start of an empty installation: one organization and its admin, once.
import type { z } from 'zod';
import { setupRequest } from '../http/contract';
import { sql, type Db } from '../store/database';
import { countUsers } from '../store/users';
import { addUser } from './add-user';
import { createOrganization } from './create-organization';
import { fail, ok, type Result } from './errors';
import { inTransaction } from './transaction';
import { validateInput } from './validate-input';

/** True while no user exists: the installation still offers its one-time setup. */
export async function needsSetup(db: Db): Promise<boolean> {
  return (await countUsers(db)) === 0;
}

/** Creates the first organization and its admin; refused (conflict) once any user exists. */
export async function completeSetup(
  db: Db,
  input: z.infer<typeof setupRequest>,
): Promise<Result<{ orgId: string; userId: string }>> {
  const parsed = validateInput(setupRequest, input);
  if (!parsed.ok) return parsed;
  const { organization, admin } = parsed.value;
  return inTransaction(db, async (tx) => {
    // Serializes concurrent setups on a server database; PGlite runs one at a time anyway.
    await tx.execute(sql`select pg_advisory_xact_lock(4242)`);
    if (!(await needsSetup(tx))) return fail('conflict', 'setup is already done: sign in instead');
    const org = await createOrganization(tx, organization);
    if (!org.ok) return org;
    const user = await addUser(tx, { ...admin, orgId: org.value.id, role: 'admin' });
    if (!user.ok) return user;
    return ok({ orgId: org.value.id, userId: user.value.userId });
  });
}
