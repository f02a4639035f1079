import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { importEInvoices } from '../../src/app/import-e-invoices';
import { queryRows, sql, type Db } from '../../src/store/database';
import { eq } from 'drizzle-orm';
import { bankAccounts, customers, organizations } from '../../src/store/schema';
import { describeEachDatabase } from '../databases';
import { lastChange, newOrganization, tableCounts } from './import-helpers';
import { zip } from './zip-archive';

const fixtures = fileURLToPath(new URL('../fixtures/einvoice/', import.meta.url));
const fixture = (name: string): Buffer => readFileSync(join(fixtures, name));
const allFixtures = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return allFixtures(path);
    return /\.xml$/i.test(name) ? [relative(fixtures, path)] : [];
  });

type InvoiceRow = {
  number: string;
  customer: string;
  tax_id: string | null;
  vat_id: string | null;
  country: string;
  due_date: string;
  currency: string;
  gross_total_minor: number;
  open_amount_minor: number;
  source: string;
};

const invoicesOf = (db: Db, orgId: string) =>
  queryRows<InvoiceRow>(
    db,
    sql`select i.number, c.name as customer, c.tax_id, c.vat_id, c.country, i.due_date::text as due_date, i.currency,
               i.gross_total_minor::int as gross_total_minor, i.open_amount_minor::int as open_amount_minor, i.source
          from invoices i join customers c on c.id = i.customer_id
         where i.org_id = ${orgId} order by i.number`,
  );

const importDocument = (db: Db, orgId: string, name: string) =>
  importEInvoices(db, { orgId, fileName: name.split('/').pop()!, content: fixture(name) });

// Every sample: what it becomes in a new organization that has no customers yet.
const expected: Record<string, { invoices: Partial<InvoiceRow>[]; skipped: RegExp | null; customersCreated: number }> = {
  'ksef/fa2/korygujaca/FA_2_Przyklad_2.xml': { invoices: [], skipped: /corrects invoice FV2022\/02\/150, which Duly does not have/, customersCreated: 0 },
  'ksef/fa2/podstawowa/FA_2_Przyklad_19.xml': { invoices: [], skipped: /FM2022\/02\/150 has no due date and customer "F\.H\.U\. Jan Kowalski" has no payment terms/, customersCreated: 1 },
  'ksef/fa2/podstawowa/FA_2_Przyklad_4.xml': { invoices: [], skipped: /records payments of 600\.00 EUR against 123\.00 EUR/, customersCreated: 0 },
  'ksef/fa2/podstawowa/FA_2_Przyklad_9.xml': {
    invoices: [{ number: 'FV2022/02/150', customer: 'Gmina Bzdziszewo', tax_id: '1111111111', country: 'PL', due_date: '2022-03-15', currency: 'PLN', gross_total_minor: 276000, source: 'einvoice' }],
    skipped: null,
    customersCreated: 1,
  },
  'ksef/fa2/uproszczona/FA_2_Przyklad_15.xml': { invoices: [], skipped: /no customer has tax id 1111111111, and the document gives no buyer name/, customersCreated: 0 },
  'ksef/fa2/zaliczkowa/FA_2_Przyklad_10.xml': { invoices: [], skipped: /advance invoice/, customersCreated: 0 },
  'ksef/fa3/korygujaca/FA_3_Przyklad_1.xml': { invoices: [], skipped: /corrects invoice 29903413, which Duly does not have/, customersCreated: 0 },
  'ksef/fa3/korygujaca/FA_3_Przyklad_4.xml': { invoices: [], skipped: /corrects invoices 1, 2, 3, 4, 5, 6, which Duly does not have/, customersCreated: 0 },
  'ksef/fa3/obciazeniowa/FA_3_obciazeniowa.xml': {
    invoices: [{ number: 'FA/001/2026/F', customer: 'Nabywca Sp. z o.o.', tax_id: '9876543210', due_date: '2026-02-15', gross_total_minor: 73901 }],
    skipped: null,
    customersCreated: 1,
  },
  'ksef/fa3/podstawowa/FA_3_Przyklad_1.xml': { invoices: [], skipped: /llcdpk88gk-2025-06-24 has no due date/, customersCreated: 1 },
  'ksef/fa3/podstawowa/FA_3_Przyklad_2.xml': { invoices: [], skipped: /paid in full on 2022-02-15/, customersCreated: 0 },
  'ksef/fa3/podstawowa/FA_3_Przyklad_4_EUR.xml': { invoices: [], skipped: /nothing to collect/, customersCreated: 0 },
  'ksef/fa3/podstawowa/FA_3_Przyklad_5.xml': { invoices: [], skipped: /5t4343trgfds has no due date/, customersCreated: 1 },
  'ksef/fa3/podstawowa/FA_3_przyklad_rachunek_bankowy_faktora.xml': {
    invoices: [{ number: '5t4343trgfds', customer: 'test', tax_id: '1111111111', due_date: '2026-04-26', gross_total_minor: 95571 }],
    skipped: null,
    customersCreated: 1,
  },
  'ksef/fa3/zaliczkowa/FA_3_Przyklad_3.xml': { invoices: [], skipped: /advance invoice/, customersCreated: 0 },
  'ubl/BIS3_Invoice_positive.XML': {
    invoices: [{ number: '12345', customer: 'Company B', tax_id: null, vat_id: 'DK87654321', country: 'DK', due_date: '2019-02-24', currency: 'DKK', gross_total_minor: 78217943 }],
    skipped: null,
    customersCreated: 1,
  },
  'ubl/ubl-tc434-creditnote1.xml': { invoices: [], skipped: /does not name the invoice it corrects/, customersCreated: 0 },
  'ubl/ubl-tc434-example1.xml': {
    invoices: [{ number: '12115118', customer: 'ODIN 59', tax_id: null, vat_id: null, country: 'NL', due_date: '2015-01-09', currency: 'EUR', gross_total_minor: 25033 }],
    skipped: null,
    customersCreated: 1,
  },
  // 1000.00 NOK of 1801.78 was prepaid: only the rest is to collect.
  'ubl/ubl-tc434-example2.xml': {
    invoices: [{ number: 'TOSL108', customer: 'The Buyercompany', vat_id: 'NO987654321MVA', currency: 'NOK', gross_total_minor: 80178, open_amount_minor: 80178 }],
    skipped: null,
    customersCreated: 1,
  },
  'ubl/ubl-tc434-example4.xml': {
    invoices: [{ number: 'TOSL110', customer: 'Buyercompany ltd', country: 'DK', due_date: '2013-05-10', currency: 'DKK', gross_total_minor: 467500 }],
    skipped: null,
    customersCreated: 1,
  },
};

describeEachDatabase('import of e-invoices', (database) => {
  it('imports every sample file or skips it with its reason', async () => {
    const { db } = database();
    expect(allFixtures(fixtures).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, want] of Object.entries(expected)) {
      const orgId = await newOrganization(db);
      const report = await importDocument(db, orgId, name);
      expect({ name, errors: report.errors }).toEqual({ name, errors: [] });
      expect({ name, committed: report.committed, created: report.invoices.created, customers: report.customersCreated }).toEqual({
        name,
        committed: true,
        created: want.invoices.length,
        customers: want.customersCreated,
      });
      if (want.skipped) expect(report.skipped.map((s) => s.reason).join('\n')).toMatch(want.skipped);
      else expect(report.skipped).toEqual([]);
      const rows = await invoicesOf(db, orgId);
      expect(rows).toHaveLength(want.invoices.length);
      want.invoices.forEach((invoice, at) => expect(rows[at]).toMatchObject(invoice));
    }
  });

  it('counts a missing due date from the customer’s payment terms and says so', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    await db.insert(customers).values({ orgId, name: 'CeDeE s.c.', taxId: '3935777054', country: 'PL', paymentTermsDays: 14 });
    const report = await importDocument(db, orgId, 'ksef/fa3/podstawowa/FA_3_Przyklad_1.xml');
    expect(report).toMatchObject({ committed: true, customersCreated: 0, invoices: { created: 1 }, skipped: [] });
    expect(report.dueDatesFromTerms).toEqual([{ document: 'FA_3_Przyklad_1.xml', number: 'llcdpk88gk-2025-06-24', dueDate: '2025-11-27', paymentTermsDays: 14 }]);
    expect(await invoicesOf(db, orgId)).toMatchObject([{ number: 'llcdpk88gk-2025-06-24', customer: 'CeDeE s.c.', due_date: '2025-11-27', gross_total_minor: 400149 }]);
  });

  it('imports a ZIP batch, applies the correction to the invoice it corrects, and changes nothing on re-import', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    await db.insert(bankAccounts).values({ orgId, iban: 'NO9386011117947', currency: 'NOK' });
    const batch = zip([
      // The correction comes first: it still applies, to the invoice read after it.
      { name: 'korekty/FA_2_Przyklad_2.xml', data: fixture('ksef/fa2/korygujaca/FA_2_Przyklad_2.xml') },
      { name: 'FA_2_Przyklad_9.xml', data: fixture('ksef/fa2/podstawowa/FA_2_Przyklad_9.xml') },
      { name: 'FA_2_Przyklad_10.xml', data: fixture('ksef/fa2/zaliczkowa/FA_2_Przyklad_10.xml') },
      { name: 'ubl/example2.xml', data: fixture('ubl/ubl-tc434-example2.xml') },
      { name: '__MACOSX/._FA_2_Przyklad_9.xml', data: new Uint8Array([0]) },
    ]);
    const report = await importEInvoices(db, { orgId, fileName: 'ksef-batch.zip', content: batch });
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({
      committed: true,
      documentsRead: 4,
      invoices: { created: 2, updated: 0, unchanged: 0 },
      creditNotes: { created: 1, unchanged: 0 },
      customersCreated: 2,
      corrections: [{ document: 'korekty/FA_2_Przyklad_2.xml', number: 'FK2022/03/200', corrects: ['FV2022/02/150'], changeMinor: -20000, currency: 'PLN', recordedAs: 'creditNote' }],
      skipped: [{ document: 'FA_2_Przyklad_10.xml', number: 'FZ2022/02/150' }],
    });
    // The Polish seller's account is not the organization's; the Norwegian one is.
    expect(report.unknownBankAccounts).toEqual([
      { number: 'PL73111111111111111111111111', holder: 'seller', documents: ['FA_2_Przyklad_9.xml'] },
    ]);
    expect(await invoicesOf(db, orgId)).toMatchObject([
      { number: 'FV2022/02/150', gross_total_minor: 276000, open_amount_minor: 256000 },
      { number: 'TOSL108', gross_total_minor: 80178, open_amount_minor: 80178 },
    ]);
    const counts = await tableCounts(db, orgId);
    const changed = await lastChange(db, orgId);

    const again = await importEInvoices(db, { orgId, fileName: 'ksef-batch.zip', content: batch });
    expect(again).toMatchObject({
      committed: true,
      invoices: { created: 0, updated: 0, unchanged: 2 },
      creditNotes: { created: 0, unchanged: 1 },
      customersCreated: 0,
    });
    expect(await tableCounts(db, orgId)).toEqual({ ...counts, import_runs: counts.import_runs + 1 });
    expect(await lastChange(db, orgId)).toBe(changed);
    expect((await invoicesOf(db, orgId))[0]).toMatchObject({ open_amount_minor: 256000 });
  });

  it('updates an invoice whose document changed and keeps what was credited on it', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    const original = fixture('ksef/fa2/podstawowa/FA_2_Przyklad_9.xml');
    await importEInvoices(db, { orgId, fileName: 'a.xml', content: original });
    await importDocument(db, orgId, 'ksef/fa2/korygujaca/FA_2_Przyklad_2.xml');
    const changed = Buffer.from(original.toString('utf8').replace('<P_15>2760</P_15>', '<P_15>2860</P_15>'));
    expect(changed.equals(original)).toBe(false);
    const report = await importEInvoices(db, { orgId, fileName: 'a.xml', content: changed });
    expect(report).toMatchObject({ committed: true, invoices: { created: 0, updated: 1, unchanged: 0 } });
    expect(await invoicesOf(db, orgId)).toMatchObject([{ number: 'FV2022/02/150', gross_total_minor: 286000, open_amount_minor: 266000 }]);
  });

  it('rolls the whole batch back when one document is broken, naming it', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    const before = await tableCounts(db, orgId);
    const batch = zip([
      { name: 'FA_2_Przyklad_9.xml', data: fixture('ksef/fa2/podstawowa/FA_2_Przyklad_9.xml') },
      { name: 'faktury/zepsuta.xml', data: new TextEncoder().encode('<?xml version="1.0"?>\n<Faktura><Naglowek>') },
    ]);
    const report = await importEInvoices(db, { orgId, fileName: 'batch.zip', content: batch });
    expect(report.committed).toBe(false);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ file: 'batch.zip', document: 'faktury/zepsuta.xml' });
    expect(report.invoices).toEqual({ created: 0, updated: 0, unchanged: 0 });
    expect(await tableCounts(db, orgId)).toEqual(before);
  });

  it('skips an invoice another company issued when the organization’s tax id is known', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    await db.update(organizations).set({ taxId: '999-999-99-99' }).where(eq(organizations.id, orgId));
    const batch = zip([
      { name: 'own.xml', data: fixture('ksef/fa2/podstawowa/FA_2_Przyklad_9.xml') },
      { name: 'purchase.xml', data: fixture('ubl/BIS3_Invoice_positive.XML') },
    ]);
    const report = await importEInvoices(db, { orgId, fileName: 'mixed.zip', content: batch });
    expect(report).toMatchObject({ committed: true, invoices: { created: 1 }, customersCreated: 1 });
    expect(report.skipped).toEqual([
      {
        document: 'purchase.xml',
        number: '12345',
        reason: '12345 was issued by "Company A" (tax id DK12345678), not by the organization (tax id 999-999-99-99): only the organization\'s own invoices are followed up',
      },
    ]);
    expect((await invoicesOf(db, orgId)).map((i) => i.number)).toEqual(['FV2022/02/150']);
  });

  it('writes nothing on a dry run but reports the same counts', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    const report = await importEInvoices(db, { orgId, fileName: 'x.xml', content: fixture('ubl/ubl-tc434-example4.xml'), dryRun: true });
    expect(report).toMatchObject({ committed: false, errors: [], invoices: { created: 1 }, customersCreated: 1 });
    expect(await tableCounts(db, orgId)).toMatchObject({ customers: 0, invoices: 0, import_runs: 0 });
  });
});
