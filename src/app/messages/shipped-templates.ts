// The templates Duly ships, one file per step and channel in each language:
// default-templates/<language>/<name>.<channel>.liquid, its parts under marker lines
// "--- subject ---", "--- html ---" and "--- text ---".
//
// A template key such as "standard.first-reminder" finds the file named by the whole
// key first (a procedure's own wording), then the one named by its step
// ("first-reminder"), which the four default procedures share; a key no file knows
// (an organization's own step) gets the shipped template for its tone, so every step
// of every procedure has something sensible to send.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Tone } from '../../domain/dunning/procedure';
import { messageLanguages, templateChannels, type MessageLanguage, type TemplateChannel } from '../../domain/messages/message-types';
import type { TemplateContent, TemplatePart } from '../../domain/messages/template-content';

const directory = fileURLToPath(new URL('./default-templates/', import.meta.url));

/** The shipped templates for a tone, tried in order until one exists for the channel. */
const toneTemplates: Record<Tone, readonly string[]> = {
  courtesy: ['courtesy-before-due'],
  reminder: ['first-reminder'],
  firm: ['firm-request'],
  formal: ['formal-request', 'payment-demand'],
  final: ['final-notice', 'formal-request'],
};

/** How a shipped template was found for a key: by the key itself, its step, or its tone. */
export type ShippedMatch = 'key' | 'step' | 'tone';
export type ShippedTemplate = { content: TemplateContent; name: string; match: ShippedMatch };

const markerLine = /^--- (subject|html|text) ---$/;

/** Splits a template file into its parts; throws naming the file when it is malformed (a packaging bug). */
export function parseTemplateFile(text: string, fileName: string): TemplateContent {
  const content: TemplateContent = { subject: '', html: '', text: '' };
  let current: TemplatePart | null = null;
  const lines: Record<TemplatePart, string[]> = { subject: [], html: [], text: [] };
  text.split(/\r?\n/).forEach((line, index) => {
    const marker = markerLine.exec(line);
    if (marker) {
      current = marker[1] as TemplatePart;
      return;
    }
    if (current) lines[current].push(line);
    else if (line.trim() !== '') throw new Error(`${fileName}:${index + 1}: text before the first "--- part ---" line`);
  });
  for (const part of ['subject', 'html', 'text'] as const) content[part] = lines[part].join('\n').trim();
  return content;
}

let library: Map<string, TemplateContent> | null = null;

function fileKey(language: MessageLanguage, name: string, channel: TemplateChannel): string {
  return `${language}/${name}.${channel}`;
}

function loadLibrary(): Map<string, TemplateContent> {
  const loaded = new Map<string, TemplateContent>();
  for (const language of messageLanguages) {
    for (const file of readdirSync(`${directory}${language}`)) {
      const match = /^(.+)\.([a-z]+)\.liquid$/.exec(file);
      if (!match || !(templateChannels as readonly string[]).includes(match[2]!)) continue;
      const content = parseTemplateFile(readFileSync(`${directory}${language}/${file}`, 'utf8'), `${language}/${file}`);
      loaded.set(fileKey(language, match[1]!, match[2] as TemplateChannel), content);
    }
  }
  return loaded;
}

function shippedFiles(): Map<string, TemplateContent> {
  library ??= loadLibrary();
  return library;
}

/** The step part of a template key: "standard.first-reminder" → "first-reminder". */
export function stepNameOf(templateKey: string): string {
  return templateKey.slice(templateKey.lastIndexOf('.') + 1);
}

/** The shipped template for a key, language and channel (the tone decides for keys no file knows), or null. */
export function shippedTemplate(templateKey: string, language: MessageLanguage, channel: TemplateChannel, tone: Tone | null): ShippedTemplate | null {
  const files = shippedFiles();
  const candidates: [string, ShippedMatch][] = [
    [templateKey, 'key'],
    [stepNameOf(templateKey), 'step'],
    ...(tone ? toneTemplates[tone].map((name): [string, ShippedMatch] => [name, 'tone']) : []),
  ];
  for (const [name, match] of candidates) {
    const content = files.get(fileKey(language, name, channel));
    if (content) return { content, name, match };
  }
  return null;
}
