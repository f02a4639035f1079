// The templates an organization's procedures use: every step's template key on every
// channel its message may take, with the step's tone. The newest procedure versions
// speak first, so a key whose tone changed reports the current one; the shipped
// procedures complete the list even before an organization has any of its own.
import { defaultProcedures } from '../../domain/dunning/default-procedures';
import type { Tone } from '../../domain/dunning/procedure';
import type { TemplateChannel } from '../../domain/messages/message-types';
import { templateNeeds, type TemplateNeed } from '../../domain/messages/template-needs';
import type { Db } from '../../store/database';
import { listAllProcedureVersions } from '../../store/procedures';

/** Every (template key, channel) the organization's procedures and the shipped ones use. */
export async function templateCatalog(db: Db, orgId: string): Promise<TemplateNeed[]> {
  const own = await listAllProcedureVersions(db, orgId);
  return templateNeeds([...[...own].reverse(), ...defaultProcedures]);
}

/** The tone of the step that uses the key (on the channel, if any step sends it there), or null. */
export function toneOf(catalog: readonly TemplateNeed[], templateKey: string, channel?: TemplateChannel): Tone | null {
  const sameKey = catalog.filter((need) => need.templateKey === templateKey);
  return (sameKey.find((need) => need.channel === channel) ?? sameKey[0])?.tone ?? null;
}
