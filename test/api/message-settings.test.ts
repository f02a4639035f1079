import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { loadSendingSettings } from '../../src/app/message-settings';
import { messageSettings } from '../../src/store/schema';
import { describeEachDatabase } from '../databases';
import { addMember, openOrganization, runSetup, startApi, type Api, type TestOrg } from './api-harness';

const smsapiToken = 'e8b0c4f2a1d94c7b9f3e6a5d2c1b0a9f8e7d6c5b';
const twilioSid = `AC${'0123456789abcdef'.repeat(2)}`;

const fullSettings = {
  senderName: 'Dział należności Acme',
  senderEmail: 'naleznosci@acme.example',
  replyTo: 'ksiegowosc@acme.example',
  smtpUrl: 'smtps://duly%40acme.example:Tajne%20has%C5%82o@smtp.acme.example:465',
  signatures: { pl: 'Z poważaniem\nZespół należności', en: 'Kind regards' },
  customerPageBaseUrl: 'https://pay.acme.example/c',
  sms: { provider: 'smsapi', token: smsapiToken, sender: 'ACME', transliterate: true },
  statementFreshnessDays: 3,
};

describeEachDatabase('API: message settings and SMS preview', (database) => {
  let api: Api;
  let org: TestOrg;
  beforeAll(async () => {
    api = await startApi(database());
    org = await runSetup(api);
  });

  const put = (body: unknown) => api.call(org.admin, 'PUT', `${org.base}/message-settings`, body);

  it('shows the defaults before anything is saved', async () => {
    expect(await api.ok(org.admin, 'GET', `${org.base}/message-settings`)).toEqual({
      senderName: null,
      senderEmail: null,
      replyTo: null,
      smtpUrl: null,
      signatures: {},
      customerPageBaseUrl: null,
      sms: null,
      statementFreshnessDays: 2,
      updatedAt: null,
    });
  });

  it('saves the settings and never shows the password or token', async () => {
    const saved = await api.ok(org.admin, 'PUT', `${org.base}/message-settings`, fullSettings);
    expect(saved).toMatchObject({
      senderName: 'Dział należności Acme',
      smtpUrl: 'smtps://duly%40acme.example:********@smtp.acme.example:465',
      sms: { provider: 'smsapi', token: '********6c5b', sender: 'ACME', transliterate: true },
      statementFreshnessDays: 3,
      updatedAt: '2026-04-15T10:00:00.000Z',
    });
    expect(JSON.stringify(saved)).not.toContain('Tajne');
    expect(JSON.stringify(saved)).not.toContain(smsapiToken);
    const stored = await loadSendingSettings(database().db, org.id);
    expect(stored.smtpUrl).toBe(fullSettings.smtpUrl);
    expect(stored.sms).toEqual({ provider: 'smsapi', token: smsapiToken, sender: 'ACME', transliterate: true });
  });

  it('keeps the stored secrets when the settings come back as they were shown', async () => {
    const shown = await api.ok(org.admin, 'GET', `${org.base}/message-settings`);
    const saved = await api.ok(org.admin, 'PUT', `${org.base}/message-settings`, { ...shown, senderName: 'Windykacja Acme' });
    expect(saved.senderName).toBe('Windykacja Acme');
    const { token: _left, ...smsWithoutToken } = shown.sms;
    await api.ok(org.admin, 'PUT', `${org.base}/message-settings`, { ...shown, sms: smsWithoutToken, smtpUrl: 'smtps://duly%40acme.example@smtp.acme.example:465' });
    const stored = await loadSendingSettings(database().db, org.id);
    expect(stored.smtpUrl).toBe(fullSettings.smtpUrl);
    expect(stored.sms).toMatchObject({ provider: 'smsapi', token: smsapiToken });
  });

  it('asks for the password again when the server changes, so it cannot be sent elsewhere', async () => {
    const shown = await api.ok(org.admin, 'GET', `${org.base}/message-settings`);
    const moved = await put({ ...shown, smtpUrl: 'smtps://duly%40acme.example:********@smtp.elsewhere.example:465' });
    expect(moved.statusCode).toBe(400);
    expect(moved.json()).toMatchObject({ code: 'invalid_input', issues: [{ field: 'body.smtpUrl' }] });
    expect((await loadSendingSettings(database().db, org.id)).smtpUrl).toBe(fullSettings.smtpUrl);
  });

  it('checks each provider for what it needs, naming the field', async () => {
    const shown = await api.ok(org.admin, 'GET', `${org.base}/message-settings`);
    const noToken = await put({ ...shown, sms: { provider: 'twilio', accountSid: twilioSid, from: '+48600700800' } });
    expect(noToken.json()).toMatchObject({ code: 'invalid_input', issues: [{ field: 'body.sms.authToken' }] });
    const noSender = await put({ ...shown, sms: { provider: 'twilio', accountSid: twilioSid, authToken: 'b'.repeat(32) } });
    expect(noSender.json()).toMatchObject({ code: 'invalid_input', issues: [{ field: 'body.sms.from' }] });
    const badSid = await put({ ...shown, sms: { provider: 'twilio', accountSid: 'AC123', authToken: 'b'.repeat(32), from: '+48600700800' } });
    expect(badSid.json().issues.map((issue: { field: string }) => issue.field)).toContain('body.sms.accountSid');
    const longSender = await put({ ...shown, sms: { provider: 'smsapi', sender: 'Acme Windykacja' } });
    expect(longSender.json().issues.map((issue: { field: string }) => issue.field)).toContain('body.sms.sender');

    const twilio = await api.ok(org.admin, 'PUT', `${org.base}/message-settings`, {
      ...shown,
      sms: { provider: 'twilio', accountSid: twilioSid, authToken: 'c'.repeat(32), messagingServiceSid: `MG${'1'.repeat(32)}` },
    });
    expect(twilio.sms).toEqual({ provider: 'twilio', accountSid: twilioSid, authToken: '********cccc', from: null, messagingServiceSid: `MG${'1'.repeat(32)}`, transliterate: false });
  });

  it('checks the SMTP URL, the addresses and the sender name', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ smtpUrl: 'http://smtp.acme.example' }, 'body.smtpUrl'],
      [{ smtpUrl: 'smtp://' }, 'body.smtpUrl'],
      [{ senderEmail: 'naleznosci(at)acme' }, 'body.senderEmail'],
      [{ replyTo: 'not an address' }, 'body.replyTo'],
      [{ senderName: 'Acme\r\nBcc: all@example.com' }, 'body.senderName'],
      [{ customerPageBaseUrl: 'ftp://pay.acme.example' }, 'body.customerPageBaseUrl'],
      [{ statementFreshnessDays: 45 }, 'body.statementFreshnessDays'],
    ];
    for (const [change, field] of cases) {
      const response = await put({ ...fullSettings, ...change });
      expect(response.statusCode, JSON.stringify(change)).toBe(400);
      expect(response.json().issues.map((issue: { field: string }) => issue.field)).toContain(field);
    }
  });

  it("leaves the tone guard's own rules as they are", async () => {
    const db = database().db;
    await db.update(messageSettings).set({ toneRules: [{ id: 'own-rule' }] }).where(eq(messageSettings.orgId, org.id));
    await api.ok(org.admin, 'PUT', `${org.base}/message-settings`, fullSettings);
    const [row] = await db.select().from(messageSettings).where(eq(messageSettings.orgId, org.id));
    expect(row!.toneRules).toEqual([{ id: 'own-rule' }]);
  });

  it('lets members read the settings and only admins change them', async () => {
    const collector = await addMember(api, org, 'collector');
    const viewer = await addMember(api, org, 'viewer');
    expect((await api.ok(viewer.caller, 'GET', `${org.base}/message-settings`)).senderEmail).toBe('naleznosci@acme.example');
    expect((await api.call(collector.caller, 'PUT', `${org.base}/message-settings`, fullSettings)).statusCode).toBe(403);
    const other = await openOrganization(api, org.admin);
    expect((await api.ok(org.admin, 'GET', `${other.base}/message-settings`)).sms).toBeNull();
  });

  it('previews an SMS: encoding, length and messages, with or without plain letters', async () => {
    const text = 'Dzień dobry, przypominamy o fakturze FV/2026/04/17 na 1 230,00 zł. Prosimy o wpłatę lub kontakt: 22 555 01 02. Dziękujemy!';
    const polish = await api.ok(org.admin, 'POST', `${org.base}/sms/preview`, { text }, 200);
    expect(polish).toEqual({ text, encoding: 'UCS-2', segments: 2, characters: 122, charactersPerSegment: 67, ucs2Characters: ['ń', 'ł', 'ę'] });
    const plain = await api.ok(org.admin, 'POST', `${org.base}/sms/preview`, { text, transliterate: true }, 200);
    expect(plain).toMatchObject({ encoding: 'GSM-7', segments: 1, characters: 122, charactersPerSegment: 160, ucs2Characters: [] });
    expect(plain.text).toContain('Dzien dobry');
    const viewer = await addMember(api, org, 'viewer');
    expect((await api.ok(viewer.caller, 'POST', `${org.base}/sms/preview`, { text: 'Kosztuje 5 €' }, 200)).characters).toBe(13);
  });
});
