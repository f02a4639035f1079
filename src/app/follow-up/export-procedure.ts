// A procedure written out to a file: to keep, to review with the business, to edit and
// import back as a new version, or to copy to another organization.
import type { Db } from '../../store/database';
import { listProcedureVersions } from '../../store/procedures';
import { fail, ok, type Result } from '../errors';
import { procedureToText, type ProcedureFormat } from './procedure-document';

/** The latest version of the procedure (or the version asked) as YAML or JSON text, with a file name for it. */
export async function exportProcedure(
  db: Db,
  orgId: string,
  procedureKey: string,
  format: ProcedureFormat,
  version?: number,
): Promise<Result<{ fileName: string; text: string }>> {
  const versions = await listProcedureVersions(db, orgId, procedureKey);
  if (versions.length === 0) return fail('not_found', `no procedure "${procedureKey}"`);
  const chosen = version === undefined ? versions.at(-1)! : versions.find((v) => v.version === version);
  if (!chosen) return fail('not_found', `procedure "${procedureKey}" has no version ${version}`);
  return ok({ fileName: `${chosen.procedureKey}-v${chosen.version}.${format === 'yaml' ? 'yaml' : 'json'}`, text: procedureToText(chosen, format) });
}
