// Saves the organization's own version of a template, once it parses, renders for a
// sample customer and passes the tone guard (the shipped rules and the organization's
// own, at the tone of the step using it); parts the channel does not use are not kept.
import { keepChannelParts } from '../../domain/messages/template-content';
import type { SavedTemplate, TemplateInput } from '../../http/contract';
import type { Db } from '../../store/database';
import { saveMessageTemplate, type TemplateAddress } from '../../store/message-templates';
import type { Actor } from '../actor';
import { loadOrganizationToneRules } from '../check-message-tone';
import { fail, ok, type Failure, type Result } from '../errors';
import { reviewTemplate, type TemplateToneFinding } from './check-template';
import { showTemplate } from './show-template';
import { templateCatalog, toneOf } from './template-catalog';

/** A refused save; `toneFindings` is set when the tone guard refused it, so the editor can show every phrase. */
export type SaveTemplateFailure = Failure & { toneFindings?: TemplateToneFinding[] };

/**
 * Stores the template and returns it as the editor shows it, with the tone guard's
 * warnings; invalid_input names each broken part and line, and each forbidden phrase
 * with its rule and what to write instead.
 */
export async function saveTemplate(
  db: Db,
  orgId: string,
  address: TemplateAddress,
  input: TemplateInput,
  actor: Actor,
): Promise<Result<SavedTemplate> | SaveTemplateFailure> {
  const content = keepChannelParts({ subject: input.subject ?? '', html: input.html ?? '', text: input.text }, address.channel);
  const toneRules = await loadOrganizationToneRules(db, orgId);
  if (!toneRules.ok) return toneRules;
  const tone = toneOf(await templateCatalog(db, orgId), address.templateKey, address.channel);
  const review = await reviewTemplate(content, address.channel, address.language, { tone, toneRules: toneRules.value });
  if (review.issues.length > 0) {
    const refused = fail('invalid_input', review.issues.map((i) => `${i.field}: ${i.message}`).join('; '), review.issues);
    return review.toneFindings.length > 0 ? { ...refused, toneFindings: review.toneFindings } : refused;
  }
  await saveMessageTemplate(db, orgId, address, { ...content, updatedByUserId: actor.userId });
  const shown = await showTemplate(db, orgId, address);
  return shown.ok ? ok({ ...shown.value, toneFindings: review.toneFindings }) : shown;
}
