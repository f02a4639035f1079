// How the engine's snapshot sees a customer's contacts: which channels each one can be
// reached on, worked out in the database from the stored e-mails, phones and addresses.
import { expect, it } from 'vitest';
import { createContact } from '../../src/app/create-contact';
import type { PhoneNumber } from '../../src/store/schema';
import { loadSnapshotContacts } from '../../src/store/follow-up-snapshots';
import { describeEachDatabase } from '../databases';
import { expectOk, makeCustomer, makeOrganization } from '../ledger-fixtures';

describeEachDatabase('snapshot contacts', (database) => {
  it('tells a mobile from other phones, and an e-mail or an address from none', async () => {
    const { db } = database();
    const org = await makeOrganization(db);
    const customerId = await makeCustomer(db, org.id);
    const add = async (name: string, phones: PhoneNumber[], withEmail: boolean, withAddress: boolean) =>
      expectOk(
        await createContact(db, org.id, customerId, {
          kind: 'person',
          name,
          roles: ['payables'],
          emails: withEmail ? [{ address: `${name.toLowerCase()}@example.com` }] : [],
          phones,
          addresses: withAddress ? [{ street: 'Prosta 1', postalCode: '00-001', city: 'Warszawa', country: 'PL' }] : [],
          optedOutChannels: [],
        }),
      );
    await add('Mobile', [{ number: '+48 600 100 200', kind: 'mobile' }], true, false);
    await add('Desk', [{ number: '+48 22 100 20 30', kind: 'work' }, { number: '+48 22 100 20 31', kind: 'other' }], false, true);
    await add('Both', [{ number: '+48 22 100 20 32', kind: 'home' }, { number: '+48 600 100 201', kind: 'mobile' }], true, true);
    await add('Nothing', [], false, false);

    const contacts = (await loadSnapshotContacts(db, org.id, [customerId])).get(customerId) ?? [];
    const reach = Object.fromEntries(contacts.map((c) => [c.name, { email: c.hasEmail, mobile: c.hasMobile, phone: c.hasPhone, address: c.hasPostalAddress }]));
    expect(reach).toEqual({
      Mobile: { email: true, mobile: true, phone: false, address: false },
      Desk: { email: false, mobile: false, phone: true, address: true },
      Both: { email: true, mobile: true, phone: true, address: true },
      Nothing: { email: false, mobile: false, phone: false, address: false },
    });
  });
});
