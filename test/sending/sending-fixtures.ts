// What the sender's tests share: sending settings for an SMTP server, and the
// Message-IDs of what a test SMTP server received.
import { simpleParser } from 'mailparser';
import type { MessageSettingsInput } from '../../src/http/contract';
import type { ReceivedMail } from '../channels/smtp-receiver';

export const senderSettings: MessageSettingsInput = {
  senderEmail: 'windykacja@wierzyciel.example',
  senderName: 'Wierzyciel sp. z o.o.',
  replyTo: null,
  smtpUrl: null,
  signatures: {},
  customerPageBaseUrl: null,
  sms: null,
  statementFreshnessDays: 2,
};

/** The Message-ID of each received mail, as a mail client reads it (long headers are folded). */
export async function messageIdsOf(mails: readonly ReceivedMail[]): Promise<string[]> {
  return Promise.all(mails.map(async (mail) => (await simpleParser(mail.raw)).messageId ?? ''));
}
