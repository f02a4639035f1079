// Procedures change only "after the fact" (seed 000): an edit is a new version with the
// day it takes effect, never a change to one already in use, so each action keeps
// naming the exact steps that produced it and each version can be measured.
import type { ProcedureVersion } from '../../domain/dunning/procedure';
import { validateProcedure } from '../../domain/dunning/procedure-rules';
import type { Db } from '../../store/database';
import { insertProcedureVersion, listProcedureVersions, lockProcedures } from '../../store/procedures';
import type { Actor } from '../actor';
import { fail, ok, type Issue, type Result } from '../errors';
import { ensureDefaultProcedures } from './ensure-default-procedures';
import { inTransaction } from '../transaction';

/** A procedure version as written by people: its number is given when it is saved. */
export type ProcedureDraft = Omit<ProcedureVersion, 'version'>;

// Keys go into idempotency keys between '|' and '@': letters, digits and dashes only.
const procedureKeyPattern = /^[a-z0-9][a-z0-9-]{0,59}$/;

/** Problems with a draft as the next version of its procedure, each naming its field path. */
export function draftIssues(draft: ProcedureDraft, version: number): Issue[] {
  const issues: Issue[] = validateProcedure({ ...draft, version }).map((i) => ({ field: i.path, message: i.message }));
  if (typeof draft.procedureKey === 'string' && draft.procedureKey.trim() && !procedureKeyPattern.test(draft.procedureKey)) {
    issues.push({ field: 'procedureKey', message: 'a procedure key is lower-case letters, digits and dashes, e.g. "key-account"' });
  }
  return issues;
}

/** Saves the draft as the procedure's next version; invalid_input names every problem by field path. */
export async function saveProcedure(db: Db, orgId: string, draft: ProcedureDraft, actor: Actor): Promise<Result<ProcedureVersion>> {
  return inTransaction(db, async (tx) => {
    // An organization from before procedures existed gets the shipped ones first, so
    // its first edit does not leave it with that one procedure alone.
    const seeded = await ensureDefaultProcedures(tx, orgId);
    if (!seeded.ok) return seeded;
    await lockProcedures(tx, orgId);
    const existing = await listProcedureVersions(tx, orgId, draft.procedureKey);
    const latest = existing.at(-1);
    const version = (latest?.version ?? 0) + 1;
    const issues = draftIssues(draft, version);
    if (latest && typeof draft.effectiveFrom === 'string' && draft.effectiveFrom < latest.effectiveFrom) {
      issues.push({
        field: 'effectiveFrom',
        message: `version ${latest.version} takes effect on ${latest.effectiveFrom}: a new version cannot take effect before it`,
      });
    }
    if (issues.length > 0) return fail('invalid_input', issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues);
    const stored = await insertProcedureVersion(tx, orgId, { ...draft, version }, actor.userId);
    if (!stored) return fail('conflict', `version ${version} of procedure "${draft.procedureKey}" was saved meanwhile: try again`);
    return ok(stored);
  });
}
