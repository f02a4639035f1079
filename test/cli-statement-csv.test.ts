// `duly import statement FILE.csv` with the options a CSV export may need: the column
// mapping (`--map`, as for table imports), the date format and the currency; a file
// the reader cannot place is refused with the line and the field.
import { expect, it } from 'vitest';
import { describeCliOnEachDatabase } from './cli/run-cli';

// Headers no bank list knows, dates that cannot tell day from month, no currency.
const export_ = ['Dzień;Treść;Wartość', '03/04/2026;Zapłata FV 1;"1 230,50"', '05/04/2026;Zwrot;-20,00', ''].join('\n');

describeCliOnEachDatabase('duly import statement (CSV)', (cli) => {
  it('reads a CSV export through --map, --date-format and --currency, and refuses it without them', async () => {
    expect((await cli.run(['org', 'add', '--slug', 'hurtownia', '--name', 'Hurtownia sp. z o.o.', '--country', 'PL', '--currency', 'PLN'])).code).toBe(0);
    const path = cli.file('historia.csv', export_);

    const refused = await cli.run(['import', 'statement', path]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('historia.csv, line 1: historia.csv is not a bank statement this reader knows');
    expect(refused.stdout).toContain('"Data księgowania"');
    expect(refused.stdout).toContain('the first row has: "Dzień", "Treść", "Wartość"');
    expect(refused.stdout).toContain('nothing was imported');

    const badOption = await cli.run(['import', 'statement', path, '--decimal', ';']);
    expect(badOption.code).toBe(1);
    expect(badOption.stderr).toContain('--decimal');

    const imported = await cli.run([
      'import', 'statement', path,
      '--map', 'bookingDate=Dzień', '--map', 'title=Treść', '--map', 'amount=Wartość',
      '--date-format', 'DD/MM/YYYY', '--currency', 'pln', '--json',
    ]);
    expect(imported.code).toBe(0);
    const report = JSON.parse(imported.stdout);
    expect(report).toMatchObject({ committed: true, statements: 1, linesRead: 2, credits: 1, debits: 1, errors: [] });
    expect(report.csv).toEqual({
      headerLine: 1,
      headers: ['Dzień', 'Treść', 'Wartość'],
      mapping: { bookingDate: 'Dzień', title: 'Treść', amount: 'Wartość' },
      delimiter: ';',
      dateFormat: 'DD/MM/YYYY',
      decimalSeparator: ',',
      skippedLines: [],
    });

    const again = await cli.run([
      'import', 'statement', path,
      '--map', 'bookingDate=Dzień', '--map', 'title=Treść', '--map', 'amount=Wartość',
      '--date-format', 'DD/MM/YYYY', '--currency', 'PLN',
    ]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('2 already imported');
    expect(again.stdout).toContain('CSV header on line 1: bookingDate ← "Dzień", title ← "Treść", amount ← "Wartość"');
  });
});
