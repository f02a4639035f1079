// Saves the organization's own version of a template, once it parses and renders for a
// sample customer; parts the channel does not use are not kept.
import { keepChannelParts } from '../../domain/messages/template-content';
import type { TemplateDetail, TemplateInput } from '../../http/contract';
import type { Db } from '../../store/database';
import { saveMessageTemplate, type TemplateAddress } from '../../store/message-templates';
import type { Actor } from '../actor';
import { fail, type Result } from '../errors';
import { checkTemplate } from './check-template';
import { showTemplate } from './show-template';

/** Stores the template and returns it as the editor shows it; invalid_input names each broken part and line. */
export async function saveTemplate(db: Db, orgId: string, address: TemplateAddress, input: TemplateInput, actor: Actor): Promise<Result<TemplateDetail>> {
  const content = keepChannelParts({ subject: input.subject ?? '', html: input.html ?? '', text: input.text }, address.channel);
  const issues = await checkTemplate(content, address.channel, address.language);
  if (issues.length > 0) return fail('invalid_input', issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues);
  await saveMessageTemplate(db, orgId, address, { ...content, updatedByUserId: actor.userId });
  return showTemplate(db, orgId, address);
}
