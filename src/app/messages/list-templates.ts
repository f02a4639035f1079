// Every template the organization's messages may use, in every language: the ones its
// procedures need (shipped or changed) and any it changed for keys no procedure uses now.
import { messageLanguages, templateChannels, type TemplateChannel } from '../../domain/messages/message-types';
import type { TemplateSummary } from '../../http/contract';
import type { Db } from '../../store/database';
import { listChangedTemplates } from '../../store/message-templates';
import { shippedTemplate } from './shipped-templates';
import { templateCatalog, toneOf } from './template-catalog';

/** The templates by key, channel and language, each saying whether the organization changed it. */
export async function listTemplates(db: Db, orgId: string): Promise<TemplateSummary[]> {
  const catalog = await templateCatalog(db, orgId);
  const changedRows = await listChangedTemplates(db, orgId);
  const changed = new Map(changedRows.map((row) => [`${row.templateKey}|${row.channel}|${row.language}`, row.updatedAt]));
  const addresses = new Map<string, { templateKey: string; channel: TemplateChannel }>();
  for (const { templateKey, channel } of [...catalog, ...changedRows]) addresses.set(`${templateKey}|${channel}`, { templateKey, channel });

  const summaries: TemplateSummary[] = [];
  for (const { templateKey, channel } of addresses.values()) {
    const tone = toneOf(catalog, templateKey, channel);
    for (const language of messageLanguages) {
      const updatedAt = changed.get(`${templateKey}|${channel}|${language}`);
      const shipped = shippedTemplate(templateKey, language, channel, tone);
      summaries.push({
        templateKey,
        language,
        channel,
        tone,
        changed: updatedAt !== undefined,
        origin: updatedAt !== undefined ? 'organization' : (shipped?.match ?? null),
        updatedAt: updatedAt?.toISOString() ?? null,
      });
    }
  }
  const channelOrder = (c: TemplateChannel) => templateChannels.indexOf(c);
  const languageOrder = (l: TemplateSummary['language']) => messageLanguages.indexOf(l);
  return summaries.sort(
    (a, b) =>
      a.templateKey.localeCompare(b.templateKey) || channelOrder(a.channel) - channelOrder(b.channel) || languageOrder(a.language) - languageOrder(b.language),
  );
}
