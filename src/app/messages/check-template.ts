// The check a template passes before it is saved: every part its channel uses is
// there, parses, and renders for a sample customer without naming a variable or filter
// that does not exist; then the tone guard reads every rendered part (the HTML as its
// reader sees it) at the step's tone. Each problem names the part and, where known,
// the line. Forbidden phrases stop the save; warnings go along with the saved template.
import type { Tone } from '../../domain/dunning/procedure';
import { htmlText } from '../../domain/messages/html-text';
import { recordValuesOf } from '../../domain/messages/message-facts';
import type { MessageLanguage, TemplateChannel } from '../../domain/messages/message-types';
import { sampleMessageFacts } from '../../domain/messages/sample-facts';
import { templateParts, type TemplateContent, type TemplatePart } from '../../domain/messages/template-content';
import type { ToneFinding, ToneRule } from '../../domain/tone/tone-rule';
import { checkTextTone } from '../check-message-tone';
import type { Issue } from '../errors';
import { renderParts } from './render-content';

// Any fixed day does: the sample only has to exercise every variable.
const sampleDay = '2026-03-16';

export type TemplateCheckOptions = {
  /** The tone of the step using the template: legal talk is fine from formal on. None: every rule applies. */
  tone?: Tone | null;
  /** The organization's own tone rules, read with the shipped ones. */
  toneRules?: readonly ToneRule[];
};

/** A tone finding in one part of the template; the line is the template's, when the phrase stands there as written. */
export type TemplateToneFinding = ToneFinding & { part: TemplatePart; line?: number };

export type TemplateReview = {
  /** What stops the save: a missing or broken part, a forbidden phrase. */
  issues: Issue[];
  /** Every tone finding, forbidden and warning, in part order. */
  toneFindings: TemplateToneFinding[];
};

/** The template's problems; empty when it may be saved. */
export async function checkTemplate(
  content: TemplateContent,
  channel: TemplateChannel,
  language: MessageLanguage,
  options: TemplateCheckOptions = {},
): Promise<Issue[]> {
  return (await reviewTemplate(content, channel, language, options)).issues;
}

/** The template's problems and its tone findings: the whole check a save makes. */
export async function reviewTemplate(
  content: TemplateContent,
  channel: TemplateChannel,
  language: MessageLanguage,
  options: TemplateCheckOptions = {},
): Promise<TemplateReview> {
  const missing: Issue[] = templateParts[channel]
    .filter((part) => content[part].trim() === '')
    .map((part) => ({ field: part, message: `required for a ${channel} template` }));
  if (missing.length > 0) return { issues: missing, toneFindings: [] };
  const facts = sampleMessageFacts(language, sampleDay, options.tone ?? undefined);
  const rendered = await renderParts(content, channel, facts, true, { strict: true });
  if (!rendered.ok) return { issues: rendered.issues ?? [{ message: rendered.message }], toneFindings: [] };

  const toneFindings = templateParts[channel].flatMap((part) =>
    checkTextTone(
      { text: part === 'html' ? htmlText(rendered.value.html) : rendered.value[part], language, tone: options.tone ?? undefined, dataValues: recordValuesOf(facts) },
      options.toneRules,
    ).findings.map((finding) => withLine({ ...finding, part }, content[part])),
  );
  const issues = toneFindings.filter((finding) => finding.severity === 'forbidden').map(toneIssue);
  return { issues, toneFindings };
}


// The phrase was found in the rendered text; where the author wrote it as it reads
// (the usual case), the template's line says where to fix it.
function withLine(finding: TemplateToneFinding, source: string): TemplateToneFinding {
  const words = finding.phrase.trim().split(/\s+/).map(escapeRegExp);
  const found = new RegExp(words.join('\\s+'), 'u').exec(source);
  if (!found) return finding;
  return { ...finding, line: source.slice(0, found.index).split('\n').length };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A forbidden finding as the issue that refuses the save. */
function toneIssue(finding: TemplateToneFinding): Issue {
  const where = finding.line === undefined ? '' : `line ${finding.line}: `;
  const message = `${where}"${finding.phrase}" is not allowed (${finding.category.replace(/_/g, ' ')}, rule ${finding.ruleId}). ${finding.suggestion}`;
  return { field: finding.part, ...(finding.line === undefined ? {} : { line: finding.line }), message };
}
