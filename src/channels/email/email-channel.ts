// E-mail leaves through one small interface, whatever carries it: the organization's
// own SMTP server, the server Duly runs with (DULY_SMTP_URL), or, when neither is set,
// the local mail catcher that keeps every message for the web app to show.
import type { Failure, Result } from '../../app/errors';
import { fail, ok } from '../../app/errors';
import type { SendingSettings } from '../../app/message-settings';
import type { MessageAttachment } from '../../domain/messages/message-types';
import { mailCatcherChannel, type CaughtMessage } from './mail-catcher';
import { smtpChannel, type SmtpTimeouts } from './smtp-channel';

export type Mailbox = { name?: string | null; address: string };

/** An e-mail as the sender hands it over: a rendered message and its addressees. */
export type OutgoingEmail = {
  to: Mailbox[];
  subject: string;
  text: string;
  html: string;
  attachments: MessageAttachment[];
  /** The Message-ID this one answers, so mail clients thread the conversation. */
  inReplyTo?: string | null;
  /** The local part of the Message-ID; a fresh one when absent. */
  uniqueId?: string;
};

/** What the carrier took: the Message-ID (kept so replies and bounces find the message) and who it accepted. */
export type EmailSent = { messageId: string; accepted: string[]; rejected: string[] };

export type EmailChannel = {
  /** Which carrier: 'smtp' for a real server, 'catcher' for the local mailbox. */
  kind: 'smtp' | 'catcher';
  send(email: OutgoingEmail): Promise<EmailSent>;
  /** Ends open connections. */
  close(): void;
};

/**
 * Why a message did not go. `recipient_rejected`: the server refused every addressee;
 * `message_rejected`: it refused the message itself; `configuration`: the login or
 * server settings are wrong; `unavailable`: the server could not be reached or asked
 * to come back later.
 */
export type EmailFailureReason = 'recipient_rejected' | 'message_rejected' | 'configuration' | 'unavailable';

/** A delivery that did not happen; `permanent` says whether sending the same message again can help. */
export class EmailDeliveryError extends Error {
  constructor(
    message: string,
    readonly reason: EmailFailureReason,
    readonly permanent: boolean,
    /** The SMTP reply code, e.g. 550 or 451; null when no server answered. */
    readonly smtpCode: number | null = null,
    /** The addresses the server refused. */
    readonly rejected: string[] = [],
  ) {
    super(message);
    this.name = 'EmailDeliveryError';
  }
}

/** Who the organization's e-mail is from and which server it goes through. */
export type EmailSenderIdentity = {
  organizationName: string;
  organizationSlug: string;
  senderName: string | null;
  senderEmail: string | null;
  replyTo: string | null;
  /** The organization's own server; null: the default server, else the catcher. */
  smtpUrl: string | null;
};

export type EmailChannelOptions = {
  /** DULY_SMTP_URL, read once at start. */
  defaultSmtpUrl: string | null;
  /** Keeps a message the catcher took (the organization's caught-mail store). */
  catchMail: (message: CaughtMessage) => Promise<void>;
  smtpTimeouts?: SmtpTimeouts;
};

/** The identity of an organization with its sending settings. */
export function senderIdentityOf(organization: { legalName: string; slug: string }, settings: SendingSettings): EmailSenderIdentity {
  return {
    organizationName: organization.legalName,
    organizationSlug: organization.slug,
    senderName: settings.senderName,
    senderEmail: settings.senderEmail,
    replyTo: settings.replyTo,
    smtpUrl: settings.smtpUrl,
  };
}

/** The address the catcher shows as sender when the organization has none: it can never be delivered. */
export const catcherSenderAddress = (slug: string) => `no-reply@${slug}.duly.invalid`;

/**
 * The channel the organization's e-mail leaves through. invalid_input when a real
 * server would be used but no sender address is set: mail from a made-up address
 * would be rejected or land in spam.
 */
export function emailChannelFor(identity: EmailSenderIdentity, options: EmailChannelOptions): Result<EmailChannel> {
  const smtpUrl = identity.smtpUrl ?? options.defaultSmtpUrl;
  const name = identity.senderName ?? identity.organizationName;
  const replyTo = identity.replyTo;
  if (smtpUrl === null) {
    const from = { name, address: identity.senderEmail ?? catcherSenderAddress(identity.organizationSlug) };
    return ok(mailCatcherChannel({ from, replyTo, catchMail: options.catchMail }));
  }
  if (identity.senderEmail === null) return noSenderAddress();
  return ok(smtpChannel({ smtpUrl, from: { name, address: identity.senderEmail }, replyTo, timeouts: options.smtpTimeouts }));
}

const noSenderAddress = (): Failure =>
  fail('invalid_input', 'senderEmail: set the sender e-mail address before e-mail goes over SMTP', [
    { field: 'senderEmail', message: 'required to send over SMTP' },
  ]);
