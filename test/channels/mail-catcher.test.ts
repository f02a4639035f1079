// The local mail catcher keeps the whole message: what is stored parses back to what
// was sent, QR code bytes included.
import { simpleParser } from 'mailparser';
import { beforeAll, expect, it } from 'vitest';
import { loadSendingSettings } from '../../src/app/message-settings';
import { emailChannelFor, senderIdentityOf, type EmailChannel } from '../../src/channels/email/email-channel';
import { findCaughtMailRaw, getCaughtMail, insertCaughtMail, listCaughtMail } from '../../src/store/caught-mail';
import { describeEachDatabase } from '../databases';
import { makeOrganization } from '../ledger-fixtures';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 255]);

describeEachDatabase('the local mail catcher', (database) => {
  let orgId: string;
  let catcher: EmailChannel;
  beforeAll(async () => {
    const db = database().db;
    const org = await makeOrganization(db);
    orgId = org.id;
    // An organization that saved no settings but a reply-to address.
    const settings = { ...(await loadSendingSettings(db, orgId)), replyTo: 'biuro@test.example' };
    const built = emailChannelFor(
      senderIdentityOf({ legalName: 'Test sp. z o.o.', slug: org.slug }, settings),
      { defaultSmtpUrl: null, catchMail: (message) => insertCaughtMail(db, orgId, message, new Date('2026-04-15T10:00:00Z')).then(() => undefined) },
    );
    if (!built.ok) throw new Error(built.message);
    catcher = built.value;
  });

  it('stores the message whole, and it parses back as sent', async () => {
    const db = database().db;
    const sent = await catcher.send({
      to: [{ name: 'Łucja Żak', address: 'lucja@klient.example' }],
      subject: 'Wezwanie do zapłaty — FV/7/2026',
      text: 'Prosimy o wpłatę 500,00 zł do 2026-04-30.',
      html: '<p>Prosimy o wpłatę <b>500,00 zł</b>.</p><img src="cid:qr">',
      attachments: [{ fileName: 'qr.png', contentType: 'image/png', content: png, contentId: 'qr' }],
    });
    const listed = await listCaughtMail(db, orgId, { page: 1, pageSize: 10 });
    expect(listed.items[0]).toMatchObject({ messageId: sent.messageId, to: ['lucja@klient.example'], subject: 'Wezwanie do zapłaty — FV/7/2026' });

    const raw = await findCaughtMailRaw(db, orgId, listed.items[0]!.id);
    expect(raw).toContain('\r\n');
    const parsed = await simpleParser(raw!);
    expect(parsed.messageId).toBe(sent.messageId);
    expect(parsed.subject).toBe('Wezwanie do zapłaty — FV/7/2026');
    expect(parsed.text?.trim()).toBe('Prosimy o wpłatę 500,00 zł do 2026-04-30.');
    expect(Buffer.compare(parsed.attachments[0]!.content, Buffer.from(png))).toBe(0);

    const shown = await getCaughtMail(db, orgId, listed.items[0]!.id);
    expect(shown).toMatchObject({
      from: `Test sp. z o.o. <${listed.items[0]!.from}>`,
      to: ['Łucja Żak <lucja@klient.example>'],
      replyTo: 'biuro@test.example',
      attachments: [{ fileName: 'qr.png', contentType: 'image/png', sizeBytes: png.length, contentId: 'qr' }],
    });
    // The inline image comes back as a data: URL the web app can show as it is.
    expect(shown!.html).toContain(`src="data:image/png;base64,${Buffer.from(png).toString('base64')}"`);
  });

  it('keeps one organization out of another one\'s mailbox', async () => {
    const db = database().db;
    const other = await makeOrganization(db);
    const mine = await listCaughtMail(db, orgId, { page: 1, pageSize: 10 });
    expect((await listCaughtMail(db, other.id, { page: 1, pageSize: 10 })).total).toBe(0);
    expect(await getCaughtMail(db, other.id, mine.items[0]!.id)).toBeNull();
  });
});
