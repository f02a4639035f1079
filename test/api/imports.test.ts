import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../databases';
import { addMember, runSetup, startApi, type Api, type TestOrg } from './api-harness';

const upload = (csv: string, fields: Record<string, string> = {}, fileName = 'customers.csv') => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([csv], { type: 'text/csv' }), fileName);
  return form;
};

describeEachDatabase('API: imports', (database) => {
  let api: Api;
  let org: TestOrg;
  beforeAll(async () => {
    api = await startApi(database());
    org = await runSetup(api);
  });

  const customersCsv = 'externalId,name,country\nK-1,Import Alpha,PL\nK-2,Import Beta,DE\n';

  it('runs a dry run without writing, then imports for real', async () => {
    const dry = await api.ok(org.admin, 'POST', `${org.base}/imports/customers`, upload(customersCsv, { dryRun: 'true' }), 200);
    expect(dry).toMatchObject({ kind: 'customers', fileName: 'customers.csv', committed: false, rowsRead: 2, created: 2, errors: [] });
    expect((await api.ok(org.admin, 'GET', `${org.base}/customers?search=Import`)).total).toBe(0);
    const done = await api.ok(org.admin, 'POST', `${org.base}/imports/customers`, upload(customersCsv), 200);
    expect(done).toMatchObject({ committed: true, rowsRead: 2, created: 2 });
    const listed = await api.ok(org.admin, 'GET', `${org.base}/customers?search=Import`);
    expect(listed.items.map((c: { externalId: string }) => c.externalId)).toEqual(['K-1', 'K-2']);
  });

  it('answers a file with errors with a 422 problem that carries the report, and writes nothing', async () => {
    const bad = 'externalId,name,country\nK-9,Import Gamma,PL\nK-10,,XX\n';
    const response = await api.call(org.admin, 'POST', `${org.base}/imports/customers`, upload(bad, {}, 'bad.csv'));
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const body = response.json();
    expect(body).toMatchObject({ status: 422, code: 'invalid_input', report: { committed: false, fileName: 'bad.csv' } });
    expect(body.report.errors.length).toBeGreaterThan(0);
    expect(body.issues[0]).toMatchObject({ file: 'bad.csv', line: 3 });
    expect((await api.ok(org.admin, 'GET', `${org.base}/customers?search=Gamma`)).total).toBe(0);
  });

  it('takes a column mapping and refuses malformed options by field', async () => {
    const renamed = 'Kod X;Nazwa X;Kraj X\nK-20;Mapped Customer;PL\n';
    const mapping = JSON.stringify({ externalId: 'Kod X', name: 'Nazwa X', country: 'Kraj X' });
    const done = await api.ok(org.admin, 'POST', `${org.base}/imports/customers`, upload(renamed, { mapping }), 200);
    expect(done).toMatchObject({ committed: true, created: 1 });
    const notJson = await api.call(org.admin, 'POST', `${org.base}/imports/customers`, upload(customersCsv, { mapping: '{nope' }));
    expect(notJson.json()).toMatchObject({ code: 'invalid_input', issues: [{ field: 'body.mapping' }] });
    const badFlag = await api.call(org.admin, 'POST', `${org.base}/imports/customers`, upload(customersCsv, { dryRun: 'yes' }));
    expect(badFlag.json().issues[0].field).toBe('body.dryRun');
    const badKind = await api.call(org.admin, 'POST', `${org.base}/imports/suppliers`, upload(customersCsv));
    expect(badKind.json().issues[0].field).toBe('params.kind');
  });

  it('imports invoices creating missing customers, and keeps imports from viewers', async () => {
    const csv = 'number,customerName,issueDate,dueDate,grossTotal,currency\nFV/IMP/1,New From File,2026-04-01,2026-04-10,"1 234,56",PLN\n';
    const done = await api.ok(org.admin, 'POST', `${org.base}/imports/invoices`, upload(csv, { createCustomers: 'true' }, 'invoices.csv'), 200);
    expect(done).toMatchObject({ committed: true, created: 1, customersCreated: 1 });
    const invoices = await api.ok(org.admin, 'GET', `${org.base}/invoices?search=FV/IMP`);
    expect(invoices.items[0]).toMatchObject({ grossTotalMinor: 123_456, customerName: 'New From File', source: 'file', daysOverdue: 5 });
    const viewer = await addMember(api, org, 'viewer');
    expect((await api.call(viewer.caller, 'POST', `${org.base}/imports/invoices`, upload(csv))).statusCode).toBe(403);
  });

  it('imports an e-invoice through its own path, and answers a broken one with the document named', async () => {
    const xml = readFileSync(new URL('../fixtures/einvoice/ubl/ubl-tc434-example4.xml', import.meta.url), 'utf8');
    const form = (text: string, name: string) => {
      const body = new FormData();
      body.append('file', new Blob([text], { type: 'application/xml' }), name);
      return body;
    };
    const done = await api.ok(org.admin, 'POST', `${org.base}/imports/einvoice`, form(xml, 'TOSL110.xml'), 200);
    expect(done).toMatchObject({ committed: true, documentsRead: 1, invoices: { created: 1 }, customersCreated: 1, errors: [] });
    const invoices = await api.ok(org.admin, 'GET', `${org.base}/invoices?search=TOSL110`);
    expect(invoices.items[0]).toMatchObject({ grossTotalMinor: 467_500, currency: 'DKK', source: 'einvoice', customerName: 'Buyercompany ltd' });
    const broken = await api.call(org.admin, 'POST', `${org.base}/imports/einvoice`, form('<Invoice>', 'broken.xml'));
    expect(broken.statusCode).toBe(422);
    expect(broken.json()).toMatchObject({ code: 'invalid_input', report: { committed: false, fileName: 'broken.xml' }, issues: [{ file: 'broken.xml' }] });
  });
});
