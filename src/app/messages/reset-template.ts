// Drops the organization's version of a template: the shipped one applies again.
import type { Db } from '../../store/database';
import { deleteMessageTemplate, type TemplateAddress } from '../../store/message-templates';
import { fail, ok, type Result } from '../errors';

/** Resets the template to the shipped text; not_found when the organization had not changed it. */
export async function resetTemplate(db: Db, orgId: string, address: TemplateAddress): Promise<Result<null>> {
  const deleted = await deleteMessageTemplate(db, orgId, address);
  return deleted ? ok(null) : fail('not_found', `the ${address.channel} template "${address.templateKey}" in ${address.language} was not changed`);
}
