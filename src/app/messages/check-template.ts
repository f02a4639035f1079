// The check a template passes before it is saved: every part its channel uses is
// there, parses, and renders for a sample customer without naming a variable or filter
// that does not exist. Each problem names the part and, where Liquid knows it, the line.
import { sampleMessageFacts } from '../../domain/messages/sample-facts';
import type { MessageLanguage, TemplateChannel } from '../../domain/messages/message-types';
import { templateParts, type TemplateContent } from '../../domain/messages/template-content';
import type { Issue } from '../errors';
import { renderParts } from './render-content';

// Any fixed day does: the sample only has to exercise every variable.
const sampleDay = '2026-03-16';

/** The template's problems; empty when it may be saved. */
export async function checkTemplate(content: TemplateContent, channel: TemplateChannel, language: MessageLanguage): Promise<Issue[]> {
  const missing: Issue[] = templateParts[channel]
    .filter((part) => content[part].trim() === '')
    .map((part) => ({ field: part, message: `required for a ${channel} template` }));
  if (missing.length > 0) return missing;
  const rendered = await renderParts(content, channel, sampleMessageFacts(language, sampleDay), true, { strict: true });
  return rendered.ok ? [] : (rendered.issues ?? [{ message: rendered.message }]);
}
