import { beforeAll, expect, it } from 'vitest';
import { emailChannelFor } from '../../src/channels/email/email-channel';
import { insertCaughtMail } from '../../src/store/caught-mail';
import { describeEachDatabase } from '../databases';
import { openOrganization, runSetup, startApi, testNow, type Api, type TestOrg } from './api-harness';

const qrPng = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9, 8, 7]);

describeEachDatabase('API: caught mail', (database) => {
  let api: Api;
  let org: TestOrg;
  const ids: string[] = [];
  beforeAll(async () => {
    api = await startApi(database());
    org = await runSetup(api);
    const db = database().db;
    // Three messages a minute apart, as the sender would have sent them without SMTP.
    for (const [index, number] of ['FV/1/2026', 'FV/2/2026', 'FV/3/2026'].entries()) {
      const built = emailChannelFor(
        { organizationName: 'Setup sp. z o.o.', organizationSlug: org.slug, senderName: null, senderEmail: null, replyTo: null, smtpUrl: null },
        {
          defaultSmtpUrl: null,
          catchMail: async (message) => {
            ids.push(await insertCaughtMail(db, org.id, message, new Date(testNow.getTime() + index * 60_000)));
          },
        },
      );
      if (!built.ok) throw new Error(built.message);
      await built.value.send({
        to: [{ name: 'Księgowość Klienta', address: 'ksiegowosc@klient.example' }],
        subject: `Przypomnienie: ${number}`,
        text: `Prosimy o zapłatę faktury ${number}.`,
        html: `<p>Prosimy o zapłatę faktury <b>${number}</b>.</p><img src="cid:qr">`,
        attachments: [{ fileName: 'qr.png', contentType: 'image/png', content: qrPng, contentId: 'qr' }],
      });
    }
  });

  it('lists caught mail newest first, a page at a time', async () => {
    const first = await api.ok(org.admin, 'GET', `${org.base}/caught-mail?pageSize=2`);
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(first.items.map((item: { subject: string }) => item.subject)).toEqual(['Przypomnienie: FV/3/2026', 'Przypomnienie: FV/2/2026']);
    expect(first.items[0]).toMatchObject({
      id: ids[2],
      from: `no-reply@${org.slug}.duly.invalid`,
      to: ['ksiegowosc@klient.example'],
      receivedAt: '2026-04-15T10:02:00.000Z',
    });
    const second = await api.ok(org.admin, 'GET', `${org.base}/caught-mail?pageSize=2&page=2`);
    expect(second.items.map((item: { id: string }) => item.id)).toEqual([ids[0]]);
  });

  it('shows one message as a mail client reads it', async () => {
    const mail = await api.ok(org.admin, 'GET', `${org.base}/caught-mail/${ids[0]}`);
    expect(mail).toMatchObject({
      id: ids[0],
      subject: 'Przypomnienie: FV/1/2026',
      from: `Setup sp. z o.o. <no-reply@${org.slug}.duly.invalid>`,
      to: ['Księgowość Klienta <ksiegowosc@klient.example>'],
      replyTo: null,
      text: 'Prosimy o zapłatę faktury FV/1/2026.',
      attachments: [{ fileName: 'qr.png', contentType: 'image/png', sizeBytes: qrPng.length, contentId: 'qr' }],
    });
    expect(mail.messageId).toMatch(new RegExp(`@${org.slug}\\.duly\\.invalid>$`));
    expect(mail.date).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(mail.html).toContain('<b>FV/1/2026</b>');
    expect(mail.html).toContain(`data:image/png;base64,${Buffer.from(qrPng).toString('base64')}`);
  });

  it('hands out an attachment by its place, as a download that an image tag still shows', async () => {
    const response = await api.call(org.admin, 'GET', `${org.base}/caught-mail/${ids[0]}/attachments/0`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.headers['content-disposition']).toContain('attachment; filename="qr.png"');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(new Uint8Array(response.rawPayload)).toEqual(qrPng);
    expect((await api.call(org.admin, 'GET', `${org.base}/caught-mail/${ids[0]}/attachments/1`)).statusCode).toBe(404);
    expect((await api.call(org.admin, 'GET', `${org.base}/caught-mail/${ids[0]}/attachments/x`)).statusCode).toBe(400);
  });

  it("keeps one organization's mail from another", async () => {
    const other = await openOrganization(api, org.admin);
    expect((await api.ok(org.admin, 'GET', `${other.base}/caught-mail`)).total).toBe(0);
    expect((await api.call(org.admin, 'GET', `${other.base}/caught-mail/${ids[0]}`)).statusCode).toBe(404);
    expect((await api.call(org.admin, 'GET', `${other.base}/caught-mail/${ids[0]}/attachments/0`)).statusCode).toBe(404);
    expect((await api.call(null, 'GET', `${org.base}/caught-mail`)).statusCode).toBe(401);
  });
});
