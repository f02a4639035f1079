// One template as the editor shows it: the text in force and the shipped original.
import { templateParts } from '../../domain/messages/template-content';
import type { TemplateDetail } from '../../http/contract';
import type { Db } from '../../store/database';
import { findMessageTemplate, type TemplateAddress } from '../../store/message-templates';
import { fail, ok, type Result } from '../errors';
import { shippedTemplate } from './shipped-templates';
import { templateCatalog, toneOf } from './template-catalog';

/** The template at the address; not_found when neither the organization nor Duly has one. */
export async function showTemplate(db: Db, orgId: string, address: TemplateAddress): Promise<Result<TemplateDetail>> {
  const tone = toneOf(await templateCatalog(db, orgId), address.templateKey, address.channel);
  const own = await findMessageTemplate(db, orgId, address);
  const shipped = shippedTemplate(address.templateKey, address.language, address.channel, tone);
  if (!own && !shipped) return fail('not_found', `no ${address.channel} template "${address.templateKey}" in ${address.language}`);
  return ok({
    ...address,
    tone,
    changed: own !== null,
    origin: own ? 'organization' : shipped!.match,
    updatedAt: own?.updatedAt.toISOString() ?? null,
    parts: [...templateParts[address.channel]],
    content: own ? { subject: own.subject, html: own.html, text: own.text } : shipped!.content,
    shipped: shipped?.content ?? null,
  });
}
