// `duly tone check`: the tone guard for anyone's own text. Without --org it needs no
// database (the shipped rules only); --rules checks with a set of organization rules
// from a file instead of the saved ones, to try them before saving. Exit codes: 0 fine
// or warnings only, 1 something forbidden (or invalid input), 2 any other failure.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { checkMessageTone, checkTextTone, type ToneCheckOutcome, type ToneCheckRequest } from '../../app/check-message-tone';
import { fail, ok, type Result } from '../../app/errors';
import { validateInput } from '../../app/validate-input';
import { tones, type Tone } from '../../domain/dunning/procedure';
import { messageLanguages, type MessageLanguage } from '../../domain/messages/message-types';
import type { ToneFinding, ToneRule } from '../../domain/tone/tone-rule';
import { toneRules } from '../../http/contract';
import { withDatabase } from '../command-context';
import { exitCodes, printResult, reportFailure, type Output } from '../output';
import { resolveOrg } from '../resolve-org';

function readText(source: string): Result<string> {
  try {
    // "-" is standard input, read whole: a message is small.
    return ok(readFileSync(source === '-' ? 0 : source, 'utf8'));
  } catch (error) {
    return fail('invalid_input', `cannot read ${source}: ${(error as Error).message}`, [{ file: source, message: 'cannot be read' }]);
  }
}

function readRules(file: string | undefined): Result<ToneRule[]> {
  if (file === undefined) return ok([]);
  const text = readText(file);
  if (!text.ok) return text;
  let json: unknown;
  try {
    json = JSON.parse(text.value);
  } catch (error) {
    return fail('invalid_input', `${file} is not JSON: ${(error as Error).message}`, [{ file, message: 'not JSON' }]);
  }
  const rules = validateInput(toneRules, json, 'rules');
  if (!rules.ok) return fail('invalid_input', `${file}: ${rules.message}`, rules.issues?.map((issue) => ({ ...issue, file })));
  return ok(rules.value);
}

function requestOf(options: { lang: string; tone?: string }, text: string): Result<ToneCheckRequest> {
  if (!(messageLanguages as readonly string[]).includes(options.lang)) {
    return fail('invalid_input', `--lang: one of ${messageLanguages.join(', ')}, not "${options.lang}"`);
  }
  if (options.tone !== undefined && !(tones as readonly string[]).includes(options.tone)) {
    return fail('invalid_input', `--tone: one of ${tones.join(', ')}, not "${options.tone}"`);
  }
  return ok({ text, language: options.lang as MessageLanguage, ...(options.tone ? { tone: options.tone as Tone } : {}) });
}

// People find a phrase by its line and column; the offset is for programs.
function placeOf(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

function describeFindings(source: string, text: string, outcome: ToneCheckOutcome): string {
  const { findings } = outcome;
  if (findings.length === 0) return `${source}: no findings — the tone is fine`;
  const forbidden = findings.filter((f) => f.severity === 'forbidden').length;
  const counts = `${findings.length} finding${findings.length === 1 ? '' : 's'}: ${forbidden} forbidden, ${findings.length - forbidden} warning${findings.length - forbidden === 1 ? '' : 's'}`;
  const lines = [`${source}: ${counts}${outcome.blocked ? ' — this message must not be sent' : ''}`];
  for (const finding of findings) lines.push(...describeFinding(text, finding));
  return lines.join('\n');
}

function describeFinding(text: string, finding: ToneFinding): string[] {
  const early = finding.allowedTones ? ` (fine in ${finding.allowedTones.join(' and ')} messages)` : '';
  return [
    `  ${placeOf(text, finding.offset)}: ${finding.severity} — ${finding.category.replace(/_/g, ' ')}${early} [${finding.ruleId}]`,
    `    "${finding.phrase}"`,
    `    ${finding.suggestion}`,
  ];
}

function report(output: Output, source: string, text: string, outcome: ToneCheckOutcome): void {
  printResult(output, outcome, describeFindings(source, text, outcome));
  process.exitCode = outcome.blocked ? exitCodes.invalidInput : exitCodes.ok;
}

export function registerToneCommands(program: Command): void {
  const tone = program.command('tone').description('the tone guard: threats, insults, shouting and other words that cost payments');
  tone
    .command('check')
    .description('check a text (a file, or - for standard input); exits 1 when something forbidden is found')
    .argument('<file>', 'the text to check, or - to read standard input')
    .requiredOption('--lang <language>', `the language of the text: ${messageLanguages.join(', ')}`)
    .option('--tone <tone>', `the step's tone (${tones.join(', ')}); legal talk is fine from formal on`)
    .option('--org <slug>', "add this organization's own rules (opens the database)")
    .option('--rules <file>', "use the rules in this JSON file (a list, as the API takes them) instead of the organization's saved ones")
    .option('--json', 'machine-readable findings')
    .action(async (source: string, options: { lang: string; tone?: string; org?: string; rules?: string; json?: boolean }) => {
      const output = { json: Boolean(options.json) };
      const text = readText(source);
      if (!text.ok) return reportFailure(output, text);
      const request = requestOf(options, text.value);
      if (!request.ok) return reportFailure(output, request);
      const tried = readRules(options.rules);
      if (!tried.ok) return reportFailure(output, tried);
      const name = source === '-' ? 'standard input' : source;
      if (options.org === undefined || options.rules !== undefined) {
        return report(output, name, text.value, checkTextTone(request.value, tried.value));
      }
      await withDatabase(output, async ({ db }) => {
        const org = await resolveOrg(db, options.org);
        if (!org.ok) return reportFailure(output, org);
        const checked = await checkMessageTone(db, org.value.id, request.value);
        if (!checked.ok) return reportFailure(output, checked);
        report(output, name, text.value, checked.value);
      });
    });
}
