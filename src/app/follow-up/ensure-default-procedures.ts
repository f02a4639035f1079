// Every organization starts with the four shipped procedures and the routing rules
// that pick them, so the daily run has something written "cold" to follow from day
// one. Organizations created before procedures existed get them on their first run.
import { defaultProcedures } from '../../domain/dunning/default-procedures';
import { defaultRoutingRules } from '../../domain/routing';
import type { Db } from '../../store/database';
import { findOrganization } from '../../store/organizations';
import { hasProcedures, insertProcedureVersion, lockProcedures } from '../../store/procedures';
import { replaceRoutingRules } from '../../store/routing-rules';
import { fail, ok, type Result } from '../errors';
import { inTransaction } from '../transaction';

/** Seeds the default procedures and routing rules when the organization has no procedure yet; says whether it did. */
export async function ensureDefaultProcedures(db: Db, orgId: string): Promise<Result<{ seeded: boolean }>> {
  return inTransaction<{ seeded: boolean }>(db, async (tx) => {
    const org = await findOrganization(tx, orgId);
    if (!org) return fail('not_found', 'no such organization');
    // Two first runs at once must not both seed: the organization row serializes them.
    await lockProcedures(tx, orgId);
    if (await hasProcedures(tx, orgId)) return ok({ seeded: false });
    for (const procedure of defaultProcedures) await insertProcedureVersion(tx, orgId, procedure, null);
    await replaceRoutingRules(tx, orgId, defaultRoutingRules(org.baseCurrency));
    return ok({ seeded: true });
  });
}
