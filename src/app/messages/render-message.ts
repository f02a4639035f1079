// Renders the message an action sends: the customer's language, the organization's
// template (or the shipped one), the invoices still open, the payment QR code.
import type { IsoDate } from '../../domain/dates';
import type { AddresseeRole, Tone } from '../../domain/dunning/procedure';
import type { MessageFacts } from '../../domain/messages/message-facts';
import type { MessageLanguage, RenderedMessage, TemplateChannel } from '../../domain/messages/message-types';
import type { Db } from '../../store/database';
import { fail, ok, type Result } from '../errors';
import { loadMessageFacts } from './load-message-facts';
import { renderContent, type RenderOptions } from './render-content';
import { resolveTemplate } from './resolve-template';

export type RenderMessageInput = {
  customerId: string;
  /** The addressee the action chose; absent: the first contact of the role (or the payables chain). */
  contactId?: string | null;
  addresseeRole?: AddresseeRole | null;
  templateKey: string;
  channel: TemplateChannel;
  /** The invoices the message is about; settled ones are left out. Absent: every open invoice. */
  invoiceIds?: readonly string[] | null;
  tone: Tone;
  today: IsoDate;
  /** Overrides the customer's language. */
  language?: MessageLanguage;
};

/** The rendered message with the facts it was written from. */
export type RenderedWithFacts = { message: RenderedMessage; facts: MessageFacts };

/**
 * The message for a customer, ready for its channel. not_found: the customer, contact,
 * an invoice or any template for the key is unknown; invalid_input: nothing is open,
 * or the organization's template breaks when rendered (the issue names part and line).
 */
export async function renderMessage(db: Db, orgId: string, input: RenderMessageInput, options: RenderOptions = {}): Promise<Result<RenderedMessage>> {
  const rendered = await renderMessageWithFacts(db, orgId, input, options);
  return rendered.ok ? ok(rendered.value.message) : rendered;
}

/** renderMessage, also returning the facts (a call task stores its items beside the script). */
export async function renderMessageWithFacts(
  db: Db,
  orgId: string,
  input: RenderMessageInput,
  options: RenderOptions = {},
): Promise<Result<RenderedWithFacts>> {
  const facts = await loadMessageFacts(db, orgId, input);
  if (!facts.ok) return facts;
  const address = { templateKey: input.templateKey, language: facts.value.language, channel: input.channel };
  const template = await resolveTemplate(db, orgId, address, input.tone);
  if (!template) {
    return fail('not_found', `no ${input.channel} template "${input.templateKey}" in ${address.language}`, [
      { field: 'templateKey', message: `no ${input.channel} template in ${address.language}` },
    ]);
  }
  const message = await renderContent(template.content, input.templateKey, input.channel, facts.value, options);
  return message.ok ? ok({ message: message.value, facts: facts.value }) : message;
}
