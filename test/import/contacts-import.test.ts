import { expect, it } from 'vitest';
import { importFile } from '../../src/app/import-file';
import { queryRows, sql, type Db } from '../../src/store/database';
import type { EmailAddress, PhoneNumber, PostalAddress } from '../../src/store/schema';
import { describeEachDatabase } from '../databases';
import { importFixture, lastChange, newOrganization, tableCounts } from './import-helpers';

const csv = (text: string) => Buffer.from(text);

type ContactRow = {
  customer: string;
  name: string;
  job_title: string | null;
  roles: string[];
  emails: EmailAddress[];
  phones: PhoneNumber[];
  addresses: PostalAddress[];
};

const contactsOf = (db: Db, orgId: string) =>
  queryRows<ContactRow>(
    db,
    sql`select c.external_id as customer, k.name, k.job_title, k.roles, k.emails, k.phones, k.addresses
          from contacts k join customers c on c.id = k.customer_id
         where k.org_id = ${orgId} order by k.name`,
  );

async function withCustomers(db: Db): Promise<string> {
  const orgId = await newOrganization(db);
  expect((await importFixture(db, orgId, 'customers', 'customers-windows-1250.csv')).committed).toBe(true);
  return orgId;
}

describeEachDatabase('import of contacts', (database) => {
  it('reads people with Polish role words, e-mails, phones and an address', async () => {
    const { db } = database();
    const orgId = await withCustomers(db);
    const report = await importFixture(db, orgId, 'contacts', 'contacts.csv');
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ committed: true, created: 3 });
    const [anna, jan, office] = await contactsOf(db, orgId);
    expect(anna).toEqual({
      customer: 'K001',
      name: 'Anna Nowak',
      job_title: 'Główna księgowa',
      roles: ['chief_accountant', 'payables'],
      emails: [{ address: 'anna.nowak@lodz.example.pl' }],
      phones: [
        { number: '42 123 45 67', kind: 'work' },
        { number: '+48 600 100 200', kind: 'mobile' },
      ],
      addresses: [{ street: 'ul. Piotrkowska 1', postalCode: '90-001', city: 'Łódź', country: 'PL' }],
    });
    expect(jan).toMatchObject({ customer: 'K001', roles: ['ceo'], phones: [], addresses: [] });
    expect(office).toMatchObject({ customer: 'K002', name: 'Sekretariat', roles: ['secretary'] });
  });

  it('re-importing changes nothing; a changed e-mail is one update; a mobile-only file keeps work phones', async () => {
    const { db } = database();
    const orgId = await withCustomers(db);
    await importFixture(db, orgId, 'contacts', 'contacts.csv');
    const before = await lastChange(db, orgId);
    expect(await importFixture(db, orgId, 'contacts', 'contacts.csv')).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(await lastChange(db, orgId)).toBe(before);

    const email = await importFile(db, {
      orgId,
      kind: 'contacts',
      fileName: 'email.csv',
      content: csv('Kod klienta;Imię i nazwisko;E-mail\nK001;Anna Nowak;anna@nowa.example.pl\nK001;Jan Kowalski;jan@lodz.example.pl\n'),
    });
    expect(email).toMatchObject({ committed: true, created: 0, updated: 1, unchanged: 1 });
    const mobile = await importFile(db, {
      orgId,
      kind: 'contacts',
      fileName: 'mobile.csv',
      content: csv('Kod klienta;Imię i nazwisko;Komórka\nK001;Anna Nowak;+48 601 000 000\n'),
    });
    expect(mobile).toMatchObject({ committed: true, updated: 1 });
    const [anna] = await contactsOf(db, orgId);
    expect(anna!.emails).toEqual([{ address: 'anna@nowa.example.pl' }]);
    expect(anna!.phones).toEqual([
      { number: '42 123 45 67', kind: 'work' },
      { number: '+48 601 000 000', kind: 'mobile' },
    ]);
    expect(anna!.roles).toEqual(['chief_accountant', 'payables']);
  });

  it('refuses unknown customers, unknown roles, bad e-mails and half addresses, writing nothing', async () => {
    const { db } = database();
    const orgId = await withCustomers(db);
    const report = await importFile(db, {
      orgId,
      kind: 'contacts',
      fileName: 'bad.csv',
      content: csv(
        [
          'Kod klienta;Imię i nazwisko;Rola;E-mail;Ulica;Kod pocztowy;Miasto',
          'K404;Ktoś;;;;;',
          'K001;Ewa;kierowca;;;;',
          'K001;Olga;;olga(at)example.pl;;;',
          'K001;Piotr;;;ul. Długa 5;;Gdańsk',
          ';Bez klienta;;;;;',
        ].join('\n'),
      ),
    });
    expect(report.committed).toBe(false);
    expect(report.errors.map((e) => [e.line, e.field])).toEqual([
      [2, 'customerExternalId'],
      [3, 'roles'],
      [4, 'email'],
      [5, 'postalCode'],
      [6, 'customerExternalId'],
    ]);
    expect(report.errors[1]!.message).toContain('"kierowca" is not a contact role');
    expect(await tableCounts(db, orgId)).toMatchObject({ contacts: 0 });
  });
});
