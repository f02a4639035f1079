// `duly import einvoice FILE` as a user runs it: a dry run that writes nothing, the
// import with its JSON summary, and a broken document that fails with exit code 1.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { describeCliOnEachDatabase } from './cli/run-cli';

const sample = fileURLToPath(new URL('./fixtures/einvoice/ubl/ubl-tc434-example2.xml', import.meta.url));

describeCliOnEachDatabase('duly import einvoice', (cli) => {
  it('checks, imports, and refuses a broken file with exit code 1', async () => {
    expect((await cli.run(['org', 'add', '--slug', 'nordic', '--name', 'Nordic AS', '--country', 'NO', '--currency', 'NOK'])).code).toBe(0);
    const path = cli.file('TOSL108.xml', readFileSync(sample, 'utf8'));

    const dry = await cli.run(['import', 'einvoice', path, '--dry-run', '--json']);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ committed: false, documentsRead: 1, invoices: { created: 1 }, errors: [] });

    const imported = await cli.run(['import', 'einvoice', path]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('TOSL108.xml: 1 documents read — invoices 1 created, 0 updated, 0 unchanged');
    expect(imported.stdout).toContain('1 customers created');

    const broken = await cli.run(['import', 'einvoice', cli.file('broken.xml', '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">'), '--json']);
    expect(broken.code).toBe(1);
    const report = JSON.parse(broken.stdout);
    expect(report).toMatchObject({ committed: false, fileName: 'broken.xml', invoices: { created: 0 } });
    expect(report.errors[0].file).toBe('broken.xml');
  });
});
