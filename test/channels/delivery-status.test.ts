// Delivery status notifications as Postfix and Exchange write them, read back.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { failedForGood } from '../../src/app/record-bounce';
import { parseDeliveryStatus } from '../../src/formats/email/delivery-status';

const sample = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('parseDeliveryStatus', () => {
  it('reads a Postfix bounce: the recipient, 5.1.1, the server words, the bounced Message-ID', () => {
    expect(parseDeliveryStatus(sample('postfix-user-unknown.eml'))).toEqual({
      reportingMta: 'mail.acme.example',
      originalMessageId: '<6f1c2b7e-8d7a-4d0b-9a51-3f1f7d2c9e10@acme.example>',
      recipients: [
        {
          address: 'Jan.Kowalski@klient.example',
          finalAddress: 'jan.kowalski@klient.example',
          action: 'failed',
          status: '5.1.1',
          diagnostic: '550 5.1.1 <jan.kowalski@klient.example>: Recipient address rejected: User unknown in virtual mailbox table',
        },
      ],
    });
  });

  it('reads an Exchange non-delivery report with returned headers only', () => {
    const report = parseDeliveryStatus(sample('exchange-recipient-not-found.eml'));
    expect(report).toEqual({
      reportingMta: 'DB8PR01MB1234.eurprd01.prod.exchangelabs.com',
      originalMessageId: '<0b8e1f4a-2c3d-4e5f-9a6b-7c8d9e0f1a2b@acme.example>',
      recipients: [
        {
          address: 'a.nowak@klient.example',
          finalAddress: 'a.nowak@klient.example',
          action: 'failed',
          status: '5.1.10',
          diagnostic: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
        },
      ],
    });
    expect(report!.recipients.every(failedForGood)).toBe(true);
  });

  it('reads a delay warning as a temporary failure', () => {
    const report = parseDeliveryStatus(sample('postfix-delayed.eml'));
    expect(report?.originalMessageId).toBe('<5d0e8b1a-7c4f-4b2e-9a3d-6e1f0c2b8a47@acme.example>');
    expect(report?.recipients).toEqual([
      {
        address: 'biuro@klient.example',
        finalAddress: 'biuro@klient.example',
        action: 'delayed',
        status: '4.4.1',
        diagnostic: 'connect to mx.klient.example[192.0.2.25]:25: Connection timed out',
      },
    ]);
    expect(report!.recipients.some(failedForGood)).toBe(false);
  });

  it('reads a report whose status part is base64-encoded, with CRLF line ends', () => {
    const raw = sample('postfix-user-unknown.eml');
    const statusStart = raw.indexOf('Reporting-MTA:');
    const statusEnd = raw.indexOf('\n--4Vx1Kp2Q3bz9sWd', statusStart);
    const encoded = Buffer.from(raw.slice(statusStart, statusEnd)).toString('base64').replace(/.{76}/g, '$&\n');
    const rewritten = `${raw.slice(0, statusStart).replace('Content-Type: message/delivery-status\n', 'Content-Type: message/delivery-status\nContent-Transfer-Encoding: base64\n')}${encoded}\n${raw.slice(statusEnd)}`;
    const report = parseDeliveryStatus(rewritten.replace(/\r?\n/g, '\r\n'));
    expect(report?.recipients).toMatchObject([{ address: 'Jan.Kowalski@klient.example', status: '5.1.1' }]);
    expect(report?.originalMessageId).toBe('<6f1c2b7e-8d7a-4d0b-9a51-3f1f7d2c9e10@acme.example>');
  });

  it('finds nothing in an ordinary reply', () => {
    const reply = [
      'From: Jan Kowalski <jan.kowalski@klient.example>',
      'To: naleznosci@acme.example',
      'Subject: Re: Przypomnienie',
      'In-Reply-To: <6f1c2b7e-8d7a-4d0b-9a51-3f1f7d2c9e10@acme.example>',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Zapłacimy w piątek.',
    ].join('\r\n');
    expect(parseDeliveryStatus(reply)).toBeNull();
  });
});
