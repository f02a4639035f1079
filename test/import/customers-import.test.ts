import { expect, it } from 'vitest';
import { importFile } from '../../src/app/import-file';
import { queryRows, sql, type Db } from '../../src/store/database';
import { describeEachDatabase } from '../databases';
import { importFixture, lastChange, newMember, newOrganization, tableCounts } from './import-helpers';

type CustomerRow = {
  external_id: string | null;
  name: string;
  tax_id: string | null;
  vat_id: string | null;
  country: string;
  segment: string | null;
  payment_terms_days: number | null;
  credit_limit_minor: number | null;
  credit_limit_currency: string | null;
  tags: string[];
  notes: string | null;
  credit_hold: boolean;
  do_not_contact: boolean;
  account_owner_user_id: string | null;
};

const customersOf = (db: Db, orgId: string) =>
  queryRows<CustomerRow>(db, sql`select * from customers where org_id = ${orgId} order by external_id`);

const csv = (text: string) => Buffer.from(text);

describeEachDatabase('import of customers', (database) => {
  it('reads a Windows-1250 file with semicolons and decimal commas, keeping Polish letters', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    const report = await importFixture(db, orgId, 'customers', 'customers-windows-1250.csv');
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ committed: true, rowsRead: 3, created: 3, updated: 0, unchanged: 0 });
    expect(report.mapping).toMatchObject({
      externalId: 'Kod kontrahenta',
      name: 'Nazwa',
      taxId: 'NIP',
      paymentTermsDays: 'Termin płatności',
      creditLimit: 'Limit kredytowy',
      segment: 'Grupa',
      creditHold: 'Blokada sprzedaży',
    });
    const [k1, k2, k3] = await customersOf(db, orgId);
    expect(k1).toMatchObject({
      external_id: 'K001',
      name: 'Przedsiębiorstwo Handlowe „Łódź” Sp. z o.o.',
      tax_id: '5250000015',
      country: 'PL',
      segment: 'stały',
      payment_terms_days: 14,
      credit_limit_minor: 5_000_000,
      credit_limit_currency: 'PLN',
      tags: ['budowa', 'vip'],
      notes: 'Płaci zwykle w terminie',
      credit_hold: false,
    });
    expect(k2).toMatchObject({ name: 'Zakład Usług Żółć i Spółka', tax_id: '5250000021', country: 'PL', credit_hold: true });
    expect(k2!.notes).toBe('Kontakt tylko przez księgowość');
    expect(k3).toMatchObject({ name: 'Śnieżka ĄĘŁÓŚŻŹĆŃ S.A.', credit_limit_minor: 123_456, tags: [] });
  });

  it('reads UTF-8 with a BOM, commas and English headers; a foreign customer keeps its VAT id', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    const report = await importFixture(db, orgId, 'customers', 'customers-utf8-bom.csv');
    expect(report.errors).toEqual([]);
    expect(report.headers[0]).toBe('Customer code');
    expect(report.created).toBe(2);
    const [muller, zabka] = await customersOf(db, orgId);
    expect(muller).toMatchObject({
      external_id: 'C-100',
      name: 'Müller Bau GmbH, Berlin',
      country: 'DE',
      vat_id: 'DE123456789',
      tax_id: null,
      payment_terms_days: 30,
      credit_limit_minor: 1_000_000,
      credit_limit_currency: 'EUR',
      tags: ['construction', 'key'],
      do_not_contact: false,
    });
    expect(zabka).toMatchObject({
      name: 'Żabka Polska sp. z o.o.',
      tax_id: '7810000018',
      payment_terms_days: 14,
      credit_limit_minor: 250_050,
      credit_limit_currency: 'PLN',
      do_not_contact: true,
    });
  });

  it('re-importing the same file changes nothing and says so', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    await importFixture(db, orgId, 'customers', 'customers-windows-1250.csv');
    const before = await lastChange(db, orgId);
    const again = await importFixture(db, orgId, 'customers', 'customers-windows-1250.csv');
    expect(again).toMatchObject({ committed: true, created: 0, updated: 0, unchanged: 3 });
    expect(await lastChange(db, orgId)).toBe(before);
    expect(await tableCounts(db, orgId)).toMatchObject({ customers: 3, import_runs: 2 });
  });

  it('counts changed rows as updated and changes only the columns the file has', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    await importFixture(db, orgId, 'customers', 'customers-windows-1250.csv');
    const report = await importFile(db, {
      orgId,
      kind: 'customers',
      fileName: 'terms.csv',
      content: csv('Kod;Nazwa;Termin płatności\nK001;Przedsiębiorstwo Handlowe „Łódź” Sp. z o.o.;21\nK002;Zakład Usług Żółć i Spółka;30\n'),
    });
    expect(report).toMatchObject({ committed: true, created: 0, updated: 1, unchanged: 1 });
    const [k1] = await customersOf(db, orgId);
    expect(k1).toMatchObject({ payment_terms_days: 21, tags: ['budowa', 'vip'], credit_limit_minor: 5_000_000, tax_id: '5250000015' });
  });

  it('finds a customer without a code by its tax id and gives it the code', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    await importFile(db, { orgId, kind: 'customers', fileName: 'a.csv', content: csv('Nazwa;NIP\nAlfa;5250000015\n') });
    const report = await importFile(db, {
      orgId,
      kind: 'customers',
      fileName: 'b.csv',
      content: csv('Kod;Nazwa;NIP\nA-1;Alfa sp. z o.o.;525 000 00 15\n'),
    });
    expect(report).toMatchObject({ committed: true, created: 0, updated: 1 });
    const rows = await customersOf(db, orgId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ external_id: 'A-1', name: 'Alfa sp. z o.o.', tax_id: '5250000015' });
  });

  it('refuses a NIP with a wrong check digit, naming line and field, and writes nothing', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    const report = await importFixture(db, orgId, 'customers', 'customers-bad-nip.csv');
    expect(report.committed).toBe(false);
    expect(report.errors).toEqual([
      {
        file: 'customers-bad-nip.csv',
        line: 3,
        field: 'taxId',
        message: 'column "NIP": "5250000016" is not a valid NIP: the check digit is wrong',
      },
    ]);
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 0 });
    expect(await tableCounts(db, orgId)).toMatchObject({ customers: 0, import_runs: 0 });
  });

  it('sets account owners by the e-mail of a member; anyone else is an error', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    const ownerId = await newMember(db, orgId, `ewa-${orgId.slice(0, 8)}@example.pl`);
    const good = await importFile(db, {
      orgId,
      kind: 'customers',
      fileName: 'owners.csv',
      content: csv(`Kod;Nazwa;Opiekun\nK1;Alfa;EWA-${orgId.slice(0, 8)}@example.pl\n`),
    });
    expect(good.committed).toBe(true);
    expect((await customersOf(db, orgId))[0]!.account_owner_user_id).toBe(ownerId);
    const bad = await importFile(db, {
      orgId,
      kind: 'customers',
      fileName: 'owners.csv',
      content: csv('Kod;Nazwa;Opiekun\nK2;Beta;obcy@example.pl\n'),
    });
    expect(bad.committed).toBe(false);
    expect(bad.errors[0]).toMatchObject({ line: 2, field: 'accountOwnerEmail' });
    expect(await tableCounts(db, orgId)).toMatchObject({ customers: 1 });
  });

  it('refuses the same customer twice in one file', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    const report = await importFile(db, {
      orgId,
      kind: 'customers',
      fileName: 'twice.csv',
      content: csv('Kod;Nazwa\nK1;Alfa\nK2;Beta\nK1;Alfa bis\n'),
    });
    expect(report.committed).toBe(false);
    expect(report.errors).toEqual([
      expect.objectContaining({ line: 4, field: 'externalId', message: expect.stringContaining('line 2') }),
    ]);
    expect(await tableCounts(db, orgId)).toMatchObject({ customers: 0 });
  });
});
