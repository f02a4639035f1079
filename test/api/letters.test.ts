import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { sentMessages } from '../../src/store/schema';
import { describeEachDatabase } from '../databases';
import { addMember, openOrganization, runSetup, startApi, testNow, type Api, type Caller, type TestOrg } from './api-harness';

// Recording a registered letter's tracking number over HTTP: the number is kept on the
// letter and noted on the timeline; only a letter of the organization takes one.
describeEachDatabase('API: letters', (database) => {
  let api: Api;
  let org: TestOrg;
  let customerId: string;
  let invoiceId: string;
  let viewer: Caller;
  let accountOwner: Caller;

  // The sender writes sent messages; here they are put in place as it would leave them.
  const sentMessage = async (orgId: string, customer: string, channel: 'letter' | 'email', subject = 'Wezwanie do zapłaty') => {
    const [row] = await database()
      .db.insert(sentMessages)
      .values({
        orgId,
        customerId: customer,
        channel,
        language: 'pl',
        recipient: channel === 'letter' ? 'Sklep Ćma s.c., ul. Świętojańska 12/4, 81-368 Gdynia' : 'ksiegowosc@cma.example',
        subject,
        text: 'Szanowni Państwo, …',
        invoiceIds: channel === 'letter' ? [invoiceId] : [],
        status: 'sent',
        sentAt: testNow,
      })
      .returning({ id: sentMessages.id });
    return row!.id;
  };

  const trackingOf = async (id: string) =>
    (await database().db.select({ trackingNumber: sentMessages.trackingNumber }).from(sentMessages).where(and(eq(sentMessages.orgId, org.id), eq(sentMessages.id, id))))[0]
      ?.trackingNumber;

  const notes = async () =>
    ((await api.ok(org.admin, 'GET', `${org.base}/customers/${customerId}/activities?type=note`)).items as { summary: string; channel: string; invoiceIds: string[] }[]).filter(
      (activity) => activity.channel === 'letter',
    );

  beforeAll(async () => {
    api = await startApi(database());
    org = await runSetup(api);
    customerId = (await api.ok(org.admin, 'POST', `${org.base}/customers`, { name: 'Sklep Ćma s.c.', country: 'PL' })).id;
    invoiceId = (
      await api.ok(org.admin, 'POST', `${org.base}/invoices`, {
        customerId,
        number: 'FV/2026/03/011',
        issueDate: '2026-03-01',
        dueDate: '2026-03-15',
        currency: 'PLN',
        grossTotalMinor: 4_305_00,
      })
    ).id;
    viewer = (await addMember(api, org, 'viewer')).caller;
    accountOwner = (await addMember(api, org, 'account_owner')).caller;
  });

  it('records the number on the letter, as carriers print it, and notes it on the timeline once', async () => {
    const letterId = await sentMessage(org.id, customerId, 'letter');
    const recorded = await api.ok(org.admin, 'PUT', `${org.base}/sent-messages/${letterId}/tracking`, { trackingNumber: 'rr 123 456 785 pl' });
    expect(recorded).toEqual({
      id: letterId,
      customerId,
      recipient: 'Sklep Ćma s.c., ul. Świętojańska 12/4, 81-368 Gdynia',
      subject: 'Wezwanie do zapłaty',
      sentAt: testNow.toISOString(),
      trackingNumber: 'RR123456785PL',
    });
    expect(await trackingOf(letterId)).toBe('RR123456785PL');
    expect(await notes()).toEqual([
      expect.objectContaining({ summary: 'Registered letter posted: the letter "Wezwanie do zapłaty", tracking number RR123456785PL', invoiceIds: [invoiceId] }),
    ]);

    // The same number again changes nothing; a corrected one is noted as a correction.
    await api.ok(accountOwner, 'PUT', `${org.base}/sent-messages/${letterId}/tracking`, { trackingNumber: 'RR123456785PL' });
    expect(await notes()).toHaveLength(1);
    await api.ok(accountOwner, 'PUT', `${org.base}/sent-messages/${letterId}/tracking`, { trackingNumber: '00659007734210841438' });
    expect(await trackingOf(letterId)).toBe('00659007734210841438');
    expect((await notes()).map((note) => note.summary)).toContain(
      'Tracking number of the letter "Wezwanie do zapłaty" corrected from RR123456785PL to 00659007734210841438',
    );
  });

  it('refuses a number that cannot be one, naming the field', async () => {
    const letterId = await sentMessage(org.id, customerId, 'letter');
    for (const trackingNumber of ['RR123456786PL', 'abc', 'RR 123/456']) {
      const response = await api.call(org.admin, 'PUT', `${org.base}/sent-messages/${letterId}/tracking`, { trackingNumber });
      expect(response.statusCode, trackingNumber).toBe(400);
      expect(response.json()).toMatchObject({ code: 'invalid_input', issues: [{ field: 'body.trackingNumber' }] });
    }
    const empty = await api.call(org.admin, 'PUT', `${org.base}/sent-messages/${letterId}/tracking`, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ code: 'invalid_input', issues: [{ field: 'body.trackingNumber' }] });
    expect(await trackingOf(letterId)).toBeNull();
  });

  it('takes a tracking number for letters only', async () => {
    const emailId = await sentMessage(org.id, customerId, 'email', 'Przypomnienie o płatności');
    const response = await api.call(org.admin, 'PUT', `${org.base}/sent-messages/${emailId}/tracking`, { trackingNumber: 'RR123456785PL' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'invalid_input', detail: expect.stringContaining('only a letter') });
  });

  it("knows no letter of another organization or an unknown id, and lets a viewer record nothing", async () => {
    const other = await openOrganization(api, org.admin);
    const otherCustomer = (await api.ok(other.admin, 'POST', `${other.base}/customers`, { name: 'Other', country: 'PL' })).id;
    const otherLetter = await sentMessage(other.id, otherCustomer, 'letter');
    const body = { trackingNumber: 'RR123456785PL' };
    expect((await api.call(org.admin, 'PUT', `${org.base}/sent-messages/${otherLetter}/tracking`, body)).statusCode).toBe(404);
    expect((await api.call(org.admin, 'PUT', `${org.base}/sent-messages/00000000-0000-4000-8000-000000000000/tracking`, body)).statusCode).toBe(404);
    const letterId = await sentMessage(org.id, customerId, 'letter');
    expect((await api.call(viewer, 'PUT', `${org.base}/sent-messages/${letterId}/tracking`, body)).statusCode).toBe(403);
    const untouched = await database().db.select({ trackingNumber: sentMessages.trackingNumber }).from(sentMessages).where(eq(sentMessages.id, otherLetter));
    expect(untouched[0]?.trackingNumber).toBeNull();
  });
});
