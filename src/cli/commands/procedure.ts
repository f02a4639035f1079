import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { exportProcedure } from '../../app/follow-up/export-procedure';
import { importProcedure } from '../../app/follow-up/import-procedure';
import type { ProcedureFormat } from '../../app/follow-up/procedure-document';
import { listProcedures } from '../../store/procedures';
import { withDatabase } from '../command-context';
import { printResult, reportFailure } from '../output';
import { resolveOrg } from '../resolve-org';
import { dayOption } from './run';

const system = { userId: null, via: 'system' as const };

export function registerProcedureCommands(program: Command): void {
  const procedure = program.command('procedure').description('follow-up procedures: list them, export one, import a new version');

  procedure
    .command('list')
    .description('every procedure with its versions and the day each takes effect')
    .option('--org <slug>', 'organization (optional when there is only one)')
    .option('--json', 'machine-readable output')
    .action(async (options) => {
      const output = { json: Boolean(options.json) };
      await withDatabase(output, async ({ db }) => {
        const org = await resolveOrg(db, options.org);
        if (!org.ok) return reportFailure(output, org);
        const procedures = await listProcedures(db, org.value.id);
        const lines = procedures.map(
          (p) => `${p.key.padEnd(16)} ${p.latest.name.en.padEnd(16)} ${p.versions.map((v) => `v${v.version} from ${v.effectiveFrom}`).join(', ')}`,
        );
        printResult(output, procedures, lines.length > 0 ? lines.join('\n') : 'no procedures yet: the first daily run adds the shipped ones');
      });
    });

  procedure
    .command('export')
    .description('write a procedure (its latest version unless --version) as YAML or JSON to standard output')
    .argument('<key>', 'the procedure key, e.g. standard')
    .option('--format <format>', 'yaml or json', 'yaml')
    .option('--version <n>', 'a version other than the latest')
    .option('--org <slug>', 'organization (optional when there is only one)')
    .option('--json', 'machine-readable output: the file name and text as JSON')
    .action(async (key: string, options) => {
      const output = { json: Boolean(options.json) };
      if (options.format !== 'yaml' && options.format !== 'json') {
        return reportFailure(output, { ok: false, code: 'invalid_input', message: `--format takes yaml or json, got "${options.format}"`, issues: [{ field: 'format', message: 'yaml or json' }] });
      }
      const version = options.version === undefined ? undefined : Number(options.version);
      if (version !== undefined && (!Number.isInteger(version) || version < 1)) {
        return reportFailure(output, { ok: false, code: 'invalid_input', message: `--version takes a version number, got "${options.version}"` });
      }
      await withDatabase(output, async ({ db }) => {
        const org = await resolveOrg(db, options.org);
        if (!org.ok) return reportFailure(output, org);
        const exported = await exportProcedure(db, org.value.id, key, options.format as ProcedureFormat, version);
        if (!exported.ok) return reportFailure(output, exported);
        if (output.json) printResult(output, { procedureKey: key, format: options.format, ...exported.value }, '');
        else process.stdout.write(exported.value.text);
      });
    });

  procedure
    .command('import')
    .description('save a YAML or JSON procedure file as the next version of its procedure (a new procedure when its key is new)')
    .argument('<file>', 'a .yaml, .yml or .json file')
    .option('--effective-from <date>', "the first day the version decides (YYYY-MM-DD); the file's effectiveFrom, else today")
    .option('--org <slug>', 'organization (optional when there is only one)')
    .option('--json', 'machine-readable output')
    .action(async (file: string, options) => {
      const output = { json: Boolean(options.json) };
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        return reportFailure(output, { ok: false, code: 'invalid_input', message: `cannot read file ${file}` });
      }
      await withDatabase(output, async ({ db }) => {
        const org = await resolveOrg(db, options.org);
        if (!org.ok) return reportFailure(output, org);
        const today = dayOption(undefined, 'effective-from', org.value.timeZone);
        const effectiveFrom = options.effectiveFrom === undefined ? undefined : dayOption(options.effectiveFrom, 'effective-from', org.value.timeZone);
        if (effectiveFrom && !effectiveFrom.ok) return reportFailure(output, effectiveFrom);
        const saved = await importProcedure(
          db,
          org.value.id,
          { text, fileName: basename(file), effectiveFrom: effectiveFrom?.value, defaultEffectiveFrom: today.ok ? today.value : undefined },
          system,
        );
        if (!saved.ok) return reportFailure(output, saved);
        printResult(output, saved.value, `saved procedure ${saved.value.procedureKey} version ${saved.value.version}, in effect from ${saved.value.effectiveFrom}`);
      });
    });
}
