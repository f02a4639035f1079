// A revoked token is refused from then on; its record stays for the audit trail.
import type { Db } from '../store/database';
import { revokeApiToken as revokeApiTokenRow } from '../store/api-tokens';
import { fail, ok, type Result } from './errors';

/** Revokes the token; not_found when it is not a live token of the organization. */
export async function revokeApiToken(db: Db, orgId: string, tokenId: string, now: Date): Promise<Result<null>> {
  return (await revokeApiTokenRow(db, orgId, tokenId, now)) ? ok(null) : fail('not_found', 'no such API token');
}
