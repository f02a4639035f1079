// Which template a message uses: the organization's own version for the key, language
// and channel, else the shipped one.
import type { Tone } from '../../domain/dunning/procedure';
import type { TemplateContent } from '../../domain/messages/template-content';
import type { Db } from '../../store/database';
import { findMessageTemplate, type TemplateAddress } from '../../store/message-templates';
import { shippedTemplate, type ShippedMatch } from './shipped-templates';

export type TemplateOrigin = 'organization' | ShippedMatch;
export type ResolvedTemplate = { content: TemplateContent; origin: TemplateOrigin };

/** The template in force for the address, or null when neither the organization nor Duly has one. */
export async function resolveTemplate(db: Db, orgId: string, address: TemplateAddress, tone: Tone | null): Promise<ResolvedTemplate | null> {
  const own = await findMessageTemplate(db, orgId, address);
  if (own) return { content: { subject: own.subject, html: own.html, text: own.text }, origin: 'organization' };
  const shipped = shippedTemplate(address.templateKey, address.language, address.channel, tone);
  return shipped ? { content: shipped.content, origin: shipped.match } : null;
}
