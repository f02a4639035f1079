// The e-mail port: what the app hands a carrier and what comes back. The carriers
// (an SMTP server, the local mail catcher) live in channels/email and implement it;
// the sender speaks only to this.
import type { MessageAttachment } from '../domain/messages/message-types';
import type { SendingSettings } from './message-settings';

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
