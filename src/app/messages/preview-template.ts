// A template rendered for a real customer and its open invoices, as it would leave
// today: the stored text, or a draft being edited.
import type { IsoDate } from '../../domain/dates';
import type { AddresseeRole, Tone } from '../../domain/dunning/procedure';
import type { RenderedMessage } from '../../domain/messages/message-types';
import { keepChannelParts, type TemplateContent } from '../../domain/messages/template-content';
import type { Db } from '../../store/database';
import type { TemplateAddress } from '../../store/message-templates';
import { fail, type Result } from '../errors';
import { loadMessageFacts } from './load-message-facts';
import { renderContent, type RenderOptions } from './render-content';
import { resolveTemplate } from './resolve-template';
import { templateCatalog, toneOf } from './template-catalog';

export type PreviewTemplateInput = {
  customerId: string;
  invoiceIds?: readonly string[];
  contactId?: string;
  addresseeRole?: AddresseeRole;
  /** The step's tone when absent (reminder for a key no procedure uses). */
  tone?: Tone;
  draft?: { subject?: string; html?: string; text: string };
};

/** The message the template makes for the customer; not_found for an unknown customer or template, invalid_input for a broken draft. */
export async function previewTemplate(
  db: Db,
  orgId: string,
  address: TemplateAddress,
  input: PreviewTemplateInput,
  today: IsoDate,
  options: RenderOptions = {},
): Promise<Result<RenderedMessage>> {
  const tone = input.tone ?? toneOf(await templateCatalog(db, orgId), address.templateKey, address.channel) ?? 'reminder';
  const facts = await loadMessageFacts(db, orgId, { ...input, today, tone, language: address.language });
  if (!facts.ok) return facts;
  let content: TemplateContent;
  if (input.draft) {
    content = keepChannelParts({ subject: input.draft.subject ?? '', html: input.draft.html ?? '', text: input.draft.text }, address.channel);
  } else {
    const template = await resolveTemplate(db, orgId, address, tone);
    if (!template) return fail('not_found', `no ${address.channel} template "${address.templateKey}" in ${address.language}`);
    content = template.content;
  }
  return renderContent(content, address.templateKey, address.channel, facts.value, options);
}
