// E-mail over SMTP, checked on the receiving end: what a real SMTP server got, parsed
// back with mailparser — headers, both bodies and the QR code image.
import { simpleParser } from 'mailparser';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EmailDeliveryError,
  emailChannelFor,
  type EmailChannel,
  type EmailSenderIdentity,
  type OutgoingEmail,
} from '../../src/channels/email/email-channel';
import type { CaughtMessage } from '../../src/channels/email/mail-catcher';
import { startSmtpReceiver, type SmtpReceiver } from './smtp-receiver';

const identity: EmailSenderIdentity = {
  organizationName: 'Acme sp. z o.o.',
  organizationSlug: 'acme',
  senderName: 'Dział należności Acme',
  senderEmail: 'naleznosci@acme.example',
  replyTo: 'ksiegowosc@acme.example',
  smtpUrl: null,
};

const subject = 'Przypomnienie: faktura FV/2026/04/17 — zażółć gęślą jaźń';

async function reminder(to: OutgoingEmail['to']): Promise<OutgoingEmail> {
  const qr = await QRCode.toBuffer('5260250274|PL|61109010140000071219812874|000123000|Acme sp. z o.o.|FV/2026/04/17|||', { type: 'png' });
  return {
    to,
    subject,
    text: 'Dzień dobry,\nuprzejmie przypominamy o fakturze FV/2026/04/17 na 1 230,00 zł.\nDziękujemy za współpracę.',
    html: '<p>Dzień dobry,</p><p>uprzejmie przypominamy o fakturze <b>FV/2026/04/17</b> na 1 230,00 zł.</p><img src="cid:payment-qr" alt="QR">',
    attachments: [{ fileName: 'przelew.png', contentType: 'image/png', content: new Uint8Array(qr), contentId: 'payment-qr' }],
  };
}

function channel(result: ReturnType<typeof emailChannelFor>): EmailChannel {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

async function failureOf(promise: Promise<unknown>): Promise<EmailDeliveryError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(EmailDeliveryError);
  return error as EmailDeliveryError;
}

const neverCatch = async (): Promise<void> => {
  throw new Error('the catcher must not be used when SMTP is set');
};

describe('e-mail over SMTP', () => {
  let receiver: SmtpReceiver;
  let smtp: EmailChannel;
  beforeAll(async () => {
    receiver = await startSmtpReceiver();
    smtp = channel(emailChannelFor({ ...identity, smtpUrl: receiver.url }, { defaultSmtpUrl: null, catchMail: neverCatch }));
  });
  afterAll(async () => {
    smtp.close();
    await receiver.close();
  });

  it('delivers headers, both bodies and the inline QR code as sent', async () => {
    const email = await reminder([{ name: 'Jan Kowalski', address: 'jan@klient.example' }]);
    const sent = await smtp.send(email);
    expect(sent.accepted).toEqual(['jan@klient.example']);
    expect(sent.rejected).toEqual([]);
    expect(sent.messageId).toMatch(/^<[0-9a-f-]{36}@acme\.example>$/);

    const arrived = receiver.received.at(-1)!;
    expect(arrived.mailFrom).toBe('naleznosci@acme.example');
    expect(arrived.rcptTo).toEqual(['jan@klient.example']);
    const mail = await simpleParser(arrived.raw, { keepCidLinks: true });
    expect(mail.from?.value).toEqual([{ name: 'Dział należności Acme', address: 'naleznosci@acme.example' }]);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value : null).toEqual([{ name: 'Jan Kowalski', address: 'jan@klient.example' }]);
    expect(mail.replyTo?.value).toEqual([{ name: '', address: 'ksiegowosc@acme.example' }]);
    expect(mail.subject).toBe(subject);
    expect(mail.messageId).toBe(sent.messageId);
    expect(mail.text?.trim()).toBe(email.text);
    expect(mail.html).toContain('<b>FV/2026/04/17</b> na 1 230,00 zł');
    expect(mail.html).toContain('src="cid:payment-qr"');
    expect(mail.attachments).toHaveLength(1);
    const qr = mail.attachments[0]!;
    expect(qr.contentType).toBe('image/png');
    expect(qr.cid).toBe('payment-qr');
    expect(qr.filename).toBe('przelew.png');
    expect(Buffer.compare(qr.content, Buffer.from(email.attachments[0]!.content))).toBe(0);
  });

  it('threads an answer under the message it answers', async () => {
    const first = await smtp.send(await reminder([{ address: 'jan@klient.example' }]));
    await smtp.send({ ...(await reminder([{ address: 'jan@klient.example' }])), inReplyTo: first.messageId });
    const mail = await simpleParser(receiver.received.at(-1)!.raw);
    expect(mail.inReplyTo).toBe(first.messageId);
  });

  it('reports recipients the server refused while the others get the message', async () => {
    const sent = await smtp.send(await reminder([{ address: 'jan@klient.example' }, { address: 'nobody@klient.example' }]));
    expect(sent.accepted).toEqual(['jan@klient.example']);
    expect(sent.rejected).toEqual(['nobody@klient.example']);
  });

  it('calls a refusal with a 5xx code permanent', async () => {
    const error = await failureOf(smtp.send(await reminder([{ address: 'nobody@klient.example' }])));
    expect(error).toMatchObject({ reason: 'recipient_rejected', permanent: true, smtpCode: 550, rejected: ['nobody@klient.example'] });
    expect(error.message).toContain('User unknown');
  });

  it('calls a refusal with a 4xx code temporary', async () => {
    const error = await failureOf(smtp.send(await reminder([{ address: 'later@klient.example' }])));
    expect(error).toMatchObject({ reason: 'unavailable', permanent: false, smtpCode: 451 });
  });

  it('calls a wrong login a configuration problem, not the message', async () => {
    const wrongLogin = receiver.url.replace(encodeURIComponent('pass word!'), 'wrong');
    const bad = channel(emailChannelFor({ ...identity, smtpUrl: wrongLogin }, { defaultSmtpUrl: null, catchMail: neverCatch }));
    const error = await failureOf(bad.send(await reminder([{ address: 'jan@klient.example' }])));
    bad.close();
    expect(error).toMatchObject({ reason: 'configuration', permanent: false, smtpCode: 535 });
  });

  it('calls a server that does not answer unavailable', async () => {
    const closed = await startSmtpReceiver();
    await closed.close();
    const down = channel(
      emailChannelFor(
        { ...identity, smtpUrl: `smtp://127.0.0.1:${closed.port}` },
        { defaultSmtpUrl: null, catchMail: neverCatch, smtpTimeouts: { connectionMs: 2000, greetingMs: 2000, socketMs: 2000 } },
      ),
    );
    const error = await failureOf(down.send(await reminder([{ address: 'jan@klient.example' }])));
    down.close();
    expect(error).toMatchObject({ reason: 'unavailable', permanent: false, smtpCode: null });
  });
});

describe('choosing the way e-mail leaves', () => {
  const caught: CaughtMessage[] = [];
  const catchMail = async (message: CaughtMessage) => {
    caught.push(message);
  };

  it("uses the organization's server first, then the default server", async () => {
    const own = await startSmtpReceiver();
    const fallback = await startSmtpReceiver();
    try {
      const viaOwn = channel(emailChannelFor({ ...identity, smtpUrl: own.url }, { defaultSmtpUrl: fallback.url, catchMail }));
      await viaOwn.send(await reminder([{ address: 'jan@klient.example' }]));
      viaOwn.close();
      const viaDefault = channel(emailChannelFor(identity, { defaultSmtpUrl: fallback.url, catchMail }));
      await viaDefault.send(await reminder([{ address: 'jan@klient.example' }]));
      viaDefault.close();
      expect([viaOwn.kind, viaDefault.kind]).toEqual(['smtp', 'smtp']);
      expect([own.received.length, fallback.received.length, caught.length]).toEqual([1, 1, 0]);
    } finally {
      await own.close();
      await fallback.close();
    }
  });

  it('catches the mail when no server is set, from a no-reply address of the organization', async () => {
    const catcher = channel(emailChannelFor({ ...identity, senderName: null, senderEmail: null }, { defaultSmtpUrl: null, catchMail }));
    expect(catcher.kind).toBe('catcher');
    const sent = await catcher.send(await reminder([{ address: 'jan@klient.example' }]));
    expect(sent).toMatchObject({ accepted: ['jan@klient.example'], rejected: [] });
    expect(sent.messageId).toMatch(/@acme\.duly\.invalid>$/);
    const message = caught.at(-1)!;
    expect(message).toMatchObject({ messageId: sent.messageId, sender: 'no-reply@acme.duly.invalid', recipients: ['jan@klient.example'], subject });
    const mail = await simpleParser(message.raw);
    expect(mail.from?.value).toEqual([{ name: 'Acme sp. z o.o.', address: 'no-reply@acme.duly.invalid' }]);
    expect(mail.messageId).toBe(sent.messageId);
  });

  it('refuses to send over SMTP without a sender address', () => {
    const result = emailChannelFor({ ...identity, senderEmail: null }, { defaultSmtpUrl: 'smtp://127.0.0.1:2525', catchMail });
    expect(result).toMatchObject({ ok: false, code: 'invalid_input', issues: [{ field: 'senderEmail' }] });
  });
});
