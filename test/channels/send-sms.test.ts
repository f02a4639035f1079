// Sending one SMS, whatever the provider: numbers in E.164, opt-outs and dead numbers
// respected before the provider is asked, the organization's plain-letters choice
// applied, and a number the provider calls invalid never tried again.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createContact } from '../../src/app/create-contact';
import { sendSms, type SendSmsOptions } from '../../src/app/send-sms';
import { smsProviderFor } from '../../src/channels/sms/sms-provider';
import { findUnreachable, markUnreachable } from '../../src/store/unreachable-addresses';
import { describeEachDatabase } from '../databases';
import { expectOk, makeCustomer, makeOrganization } from '../ledger-fixtures';
import { baseUrlsOf, invalidNumber, providerSettings, startFakeProviders, type FakeProviders } from './sms-fake-providers';

const now = new Date('2026-04-15T10:00:00Z');

describeEachDatabase('sending an SMS', (database) => {
  let fake: FakeProviders;
  let orgId: string;
  let customerId: string;
  let options: SendSmsOptions;
  beforeAll(async () => {
    fake = await startFakeProviders();
    orgId = (await makeOrganization(database().db)).id;
    customerId = await makeCustomer(database().db, orgId);
    options = { provider: smsProviderFor(providerSettings.smsapi, { baseUrls: baseUrlsOf(fake) }), transliterate: false, defaultCountry: 'PL', now };
  });
  afterAll(() => fake.close());

  const contact = async (name: string, optedOutChannels: ('email' | 'sms' | 'phone' | 'letter')[] = []) =>
    expectOk(
      await createContact(database().db, orgId, customerId, {
        kind: 'person',
        name,
        roles: ['payables'],
        emails: [],
        phones: [{ number: '500 100 200', kind: 'mobile' }],
        addresses: [],
        optedOutChannels,
      }),
    ).id;

  it('sends a Polish number in E.164 and says how it went', async () => {
    const contactId = await contact('Ewa Nowak');
    const outcome = expectOk(await sendSms(database().db, orgId, { to: '500 100 200', text: 'Dzień dobry, prosimy o wpłatę.', contactId }, options));
    expect(outcome).toMatchObject({ status: 'sent', to: '+48500100200', text: 'Dzień dobry, prosimy o wpłatę.', encoding: 'UCS-2', segments: 1, provider: 'smsapi' });
    expect(fake.requests.at(-1)!.form.get('to')).toBe('48500100200');
  });

  it('sends plain letters when the organization chose so', async () => {
    const outcome = expectOk(await sendSms(database().db, orgId, { to: '+48 500 100 200', text: 'Dzień dobry, prosimy o wpłatę.' }, { ...options, transliterate: true }));
    expect(outcome).toMatchObject({ status: 'sent', text: 'Dzien dobry, prosimy o wplate.', encoding: 'GSM-7' });
    expect(fake.requests.at(-1)!.form.get('message')).toBe('Dzien dobry, prosimy o wplate.');
  });

  it('never sends to a contact who opted out of SMS', async () => {
    const contactId = await contact('Adam Wiśniewski', ['sms']);
    const before = fake.requests.length;
    const outcome = expectOk(await sendSms(database().db, orgId, { to: '500 100 200', text: 'Prosimy o kontakt.', contactId }, options));
    expect(outcome).toEqual({ status: 'refused', to: '+48500100200', refusal: 'opted_out', detail: 'Adam Wiśniewski asked not to get SMS' });
    expect(fake.requests.length).toBe(before);
  });

  it('never sends to a number marked unreachable', async () => {
    await markUnreachable(database().db, orgId, { channel: 'sms', address: '+48500100300', reason: 'number no longer in service', markedAt: now });
    const before = fake.requests.length;
    const outcome = expectOk(await sendSms(database().db, orgId, { to: '500-100-300', text: 'Prosimy o kontakt.' }, options));
    expect(outcome).toEqual({ status: 'refused', to: '+48500100300', refusal: 'unreachable', detail: 'number no longer in service' });
    expect(fake.requests.length).toBe(before);
  });

  it('marks a number the provider calls invalid, so it is not tried again', async () => {
    const failed = expectOk(await sendSms(database().db, orgId, { to: invalidNumber, text: 'Prosimy o kontakt.' }, options));
    expect(failed).toMatchObject({ status: 'failed', reason: 'invalid_recipient', permanent: true, providerCode: '13' });
    const marked = await findUnreachable(database().db, orgId, 'sms', [invalidNumber]);
    expect(marked.get(invalidNumber)).toBe('smsapi 13: No correct phone numbers');
    const again = expectOk(await sendSms(database().db, orgId, { to: invalidNumber, text: 'Prosimy o kontakt.' }, options));
    expect(again).toMatchObject({ status: 'refused', refusal: 'unreachable' });
  });

  it('refuses what is no phone number, an empty text and a contact of another organization', async () => {
    const db = database().db;
    expect(await sendSms(db, orgId, { to: 'biuro', text: 'x' }, options)).toMatchObject({ ok: false, code: 'invalid_input', issues: [{ field: 'to' }] });
    expect(await sendSms(db, orgId, { to: '500100200', text: '  ' }, options)).toMatchObject({ ok: false, code: 'invalid_input', issues: [{ field: 'text' }] });
    const other = (await makeOrganization(db)).id;
    const contactId = await contact('Ktoś');
    expect(await sendSms(db, other, { to: '500100200', text: 'x', contactId }, options)).toMatchObject({ ok: false, code: 'not_found' });
  });
});
