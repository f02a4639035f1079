// One e-mail, put together the same way for every carrier: sender, reply-to, a fresh
// Message-ID in the sender's domain, the text and HTML parts, and the attachments
// (an image with a content id is shown inline by the HTML, e.g. the payment QR code).
import { randomUUID } from 'node:crypto';
import type { SendMailOptions } from 'nodemailer';
import type { Mailbox, OutgoingEmail } from './email-channel';

/**
 * The message's Message-ID, `<id@domain of the sender>`: the e-mail's own `uniqueId`
 * when it has one (the sender uses its outbox action's, so a message sent again after
 * a crash carries the same id and can be told apart as a repeat), else a fresh UUID.
 */
export function messageIdOf(email: Pick<OutgoingEmail, 'uniqueId'>, senderAddress: string): string {
  const domain = senderAddress.slice(senderAddress.lastIndexOf('@') + 1) || 'duly.invalid';
  return `<${email.uniqueId ?? randomUUID()}@${domain}>`;
}

const mailbox = (box: Mailbox) => (box.name ? { name: box.name, address: box.address } : box.address);

/** nodemailer's description of the message. */
export function composeEmail(email: OutgoingEmail, sender: { from: Mailbox; replyTo: string | null; messageId: string }): SendMailOptions {
  return {
    from: mailbox(sender.from),
    to: email.to.map(mailbox),
    ...(sender.replyTo ? { replyTo: sender.replyTo } : {}),
    subject: email.subject,
    messageId: sender.messageId,
    ...(email.inReplyTo ? { inReplyTo: email.inReplyTo, references: [email.inReplyTo] } : {}),
    text: email.text,
    html: email.html,
    attachments: email.attachments.map((attachment) => ({
      filename: attachment.fileName,
      contentType: attachment.contentType,
      content: Buffer.from(attachment.content),
      ...(attachment.contentId ? { cid: attachment.contentId } : {}),
    })),
  };
}

/** The bare addresses of the addressees, for the envelope and the record. */
export const addressesOf = (boxes: readonly Mailbox[]): string[] => boxes.map((box) => box.address);
