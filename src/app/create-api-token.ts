// API tokens for integrations: the token is returned once; only its hash is kept.
import type { z } from 'zod';
import type { apiTokenCreated, apiTokenInput } from '../http/contract';
import type { Db } from '../store/database';
import { insertApiToken } from '../store/api-tokens';
import { ok, type Result } from './errors';
import { newSecretToken, tokenHash } from './secret-tokens';

/** Creates a token acting for the organization with the given role. */
export async function createApiToken(
  db: Db,
  orgId: string,
  input: z.infer<typeof apiTokenInput>,
  createdByUserId: string | null,
): Promise<Result<z.infer<typeof apiTokenCreated>>> {
  const token = newSecretToken('duly');
  const stored = await insertApiToken(db, orgId, {
    name: input.name.trim(),
    role: input.role,
    tokenHash: tokenHash(token),
    createdByUserId,
  });
  return ok({ id: stored.id, name: stored.name, role: stored.role, token });
}
