// `duly tone check` as a user runs it: a child process reading a file or standard
// input, with readable or JSON findings and the exit code scripts rely on (1 when
// something forbidden is found). Without --org it opens no database.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeCliOnEachDatabase, runCli } from './cli/run-cli';

// A data directory that does not exist: a command that opened the database would create it.
const noDatabase = { DULY_DATA_DIR: join(tmpdir(), 'duly-tone-never-created'), DATABASE_URL: '' };
const tone = (args: string[], stdin = '') => runCli(['tone', 'check', ...args], noDatabase, stdin);

const threatening = ['Szanowni Państwo,', '', 'to już trzecie przypomnienie. Wiemy, gdzie Pan mieszka.', 'Niniejszym wzywamy do zapłaty.'].join('\n');
const premature = 'Dziękujemy za współpracę. W razie braku wpłaty sprawa trafi do sądu.';
const polite = 'Uprzejmie przypominamy o fakturze FV/2026/10/001 na 1 230,00 zł. Kiedy możemy spodziewać się przelewu?';

describe('duly tone check', { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'duly-tone-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names each phrase with its place, rule and suggestion, and exits 1 when something is forbidden', async () => {
    const run = await tone(['--lang', 'pl', file('reminder.txt', threatening)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('3 findings: 1 forbidden, 2 warnings — this message must not be sent');
    expect(run.stdout).toContain('line 3, column 31: forbidden — illegal method [pl.illegal.home]');
    expect(run.stdout).toContain('"Wiemy, gdzie Pan mieszka"');
    expect(run.stdout).toContain('Zaproponuj rozmowę telefoniczną');
    expect(run.stdout).toMatch(/line 4, column 1: warning — legal jargon \(fine in formal and final messages\)/);
  });

  it('reads standard input, exits 0 on warnings, and lets legal talk through at the formal tone', async () => {
    const [early, formal, json] = await Promise.all([
      tone(['--lang', 'pl', '-'], premature),
      tone(['--lang', 'pl', '--tone', 'formal', '-'], premature),
      tone(['--lang', 'pl', '--json', '-'], premature),
    ]);
    expect(early.code).toBe(0);
    expect(early.stdout).toContain('standard input: 1 finding: 0 forbidden, 1 warning');
    expect(formal.code).toBe(0);
    expect(formal.stdout).toContain('no findings');
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout);
    expect(parsed).toEqual({
      blocked: false,
      findings: [expect.objectContaining({ ruleId: 'pl.legal.court', phrase: 'trafi do sądu', offset: premature.indexOf('trafi'), severity: 'warning' })],
    });
  });

  it('prints JSON findings of a forbidden text and still exits 1', async () => {
    const run = await tone(['--lang', 'en', '--json', '-'], 'PAY NOW or you will regret it.');
    expect(run.code).toBe(1);
    const parsed = JSON.parse(run.stdout);
    expect(parsed.blocked).toBe(true);
    expect(parsed.findings.map((f: { category: string }) => f.category)).toEqual(['shouting', 'threat']);
  });

  it('refuses a wrong language, an unreadable file and a bad rule, naming what is wrong', async () => {
    const rules = file('rules.json', JSON.stringify([{ id: 'org.x', category: 'insult', severity: 'forbidden', match: { kind: 'phrases', patterns: ['ok', 'x*'] }, suggestion: 'no' }]));
    const [language, missing, badRule] = await Promise.all([
      tone(['--lang', 'fr', '-'], polite),
      tone(['--lang', 'pl', '--json', join(dir, 'missing.txt')]),
      tone(['--lang', 'pl', '--rules', rules, '-'], polite),
    ]);
    expect(language.code).toBe(1);
    expect(language.stderr).toContain('--lang: one of pl, en, ru, de');
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout)).toMatchObject({ error: { code: 'invalid_input' } });
    expect(badRule.code).toBe(1);
    expect(badRule.stderr).toMatch(/rules\.0\.match\.patterns\.1: "x\*": a word with \* needs at least 3 letters/);
  });

  it('tries organization rules from a file', async () => {
    const rules = file(
      'good-rules.json',
      JSON.stringify([{ id: 'org.rush', category: 'threat', severity: 'warning', match: { kind: 'phrases', patterns: ['spodziewać się przelewu'] }, suggestion: 'Podaj datę.' }]),
    );
    const run = await tone(['--lang', 'pl', '--rules', rules, '--json', '-'], polite);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).findings).toEqual([
      { ruleId: 'org.rush', category: 'threat', severity: 'warning', phrase: 'spodziewać się przelewu', offset: polite.indexOf('spodziewać'), suggestion: 'Podaj datę.' },
    ]);
  });
});

describeCliOnEachDatabase('duly tone check --org', (home) => {
  it("opens the organization's database, and refuses an organization that does not exist", async () => {
    expect((await home.run(['org', 'add', '--slug', 'acme', '--name', 'Acme sp. z o.o.', '--country', 'PL', '--currency', 'PLN'])).code).toBe(0);
    // One after the other: the embedded database admits one process at a time.
    const checked = await home.run(['tone', 'check', '--lang', 'pl', '--org', 'acme', '-'], polite);
    const unknown = await home.run(['tone', 'check', '--lang', 'pl', '--org', 'nobody', '-'], polite);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain('no findings');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('nobody');
  });
});
