// A procedure file read in as the next version of its procedure (a new procedure when
// its key is new). Syntax errors name their line, content problems their field path
// and line; nothing is saved unless the whole file is sound.
import type { IsoDate } from '../../domain/dates';
import type { ProcedureVersion } from '../../domain/dunning/procedure';
import type { Db } from '../../store/database';
import type { Actor } from '../actor';
import { fail, type Result } from '../errors';
import { formatOfFileName, parseProcedureText, type ProcedureFormat } from './procedure-document';
import { saveProcedure } from './save-procedure';

export type ImportProcedureInput = {
  text: string;
  fileName: string;
  /** Taken from the file name when absent; JSON when the text starts with "{". */
  format?: ProcedureFormat;
  /** Overrides the file's effectiveFrom. */
  effectiveFrom?: IsoDate;
  /** Used when neither the option nor the file names the day. */
  defaultEffectiveFrom?: IsoDate;
};

/** Saves the file as a new version; invalid_input with file, line and field of every problem. */
export async function importProcedure(db: Db, orgId: string, input: ImportProcedureInput, actor: Actor): Promise<Result<ProcedureVersion>> {
  const format = input.format ?? formatOfFileName(input.fileName) ?? (input.text.trimStart().startsWith('{') ? 'json' : 'yaml');
  const parsed = parseProcedureText(input.text, format, input.fileName);
  if (!parsed.ok) {
    const first = parsed.issues[0]!;
    const place = [first.file, first.line !== undefined ? `line ${first.line}` : undefined, first.field].filter(Boolean).join(', ');
    return fail('invalid_input', `${place}: ${first.message}`, parsed.issues);
  }
  const { version: _ignored, ...document } = parsed.value as ProcedureVersion;
  const effectiveFrom = input.effectiveFrom ?? document.effectiveFrom ?? input.defaultEffectiveFrom;
  if (!effectiveFrom) {
    return fail('invalid_input', `${input.fileName}: effectiveFrom: say from which day the version applies`, [
      { file: input.fileName, field: 'effectiveFrom', message: 'say from which day the version applies' },
    ]);
  }
  const saved = await saveProcedure(db, orgId, { ...document, effectiveFrom }, actor);
  if (saved.ok || !saved.issues) return saved;
  const issues = saved.issues.map((issue) => ({
    ...issue,
    file: input.fileName,
    line: issue.field ? parsed.lineOfField(issue.field) : undefined,
  }));
  return { ...saved, message: `${input.fileName}: ${saved.message}`, issues };
}
