// Message templates as the API reads and writes them: the list of every template the
// procedures use (shipped or changed), one template with its shipped original, a
// change, and a preview rendered for a real customer.
import { z } from 'zod';
import { tones } from '../../domain/dunning/procedure';
import { messageLanguages, templateChannels } from '../../domain/messages/message-types';
import { problem } from './common';
import { toneFinding } from './tone';

export const templateKey = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/, 'letters, digits, ".", "_" and "-", up to 120')
  .describe('a procedure step\'s template key, e.g. standard.first-reminder');

export const templateOrigin = z
  .enum(['organization', 'key', 'step', 'tone'])
  .describe("organization: the organization's own text; key, step, tone: shipped, found by the whole key, its step name, or the step's tone");

export const templateSummary = z.object({
  templateKey: z.string(),
  language: z.enum(messageLanguages),
  channel: z.enum(templateChannels),
  tone: z.enum(tones).nullable().describe("the tone of the procedure step using the key; null when no procedure uses it"),
  changed: z.boolean().describe('true when the organization uses its own text instead of the shipped one'),
  origin: templateOrigin.nullable().describe('null: no template at all, neither own nor shipped'),
  updatedAt: z.string().nullable(),
});
export type TemplateSummary = z.infer<typeof templateSummary>;

export const templateContent = z.object({
  subject: z.string(),
  html: z.string(),
  text: z.string(),
});

export const templateDetail = templateSummary.extend({
  parts: z.array(z.enum(['subject', 'html', 'text'])).describe('the parts the channel uses'),
  content: templateContent.describe('the text in force'),
  shipped: templateContent.nullable().describe('what resetting brings back; null when Duly ships nothing for it'),
});
export type TemplateDetail = z.infer<typeof templateDetail>;

export const templateToneFinding = toneFinding.extend({
  part: z.enum(['subject', 'html', 'text']).describe('the part the phrase is in; the HTML is read as its reader sees it'),
  line: z.number().int().optional().describe("the template's line, when the phrase stands there as written"),
});
export type TemplateToneFindingView = z.infer<typeof templateToneFinding>;

export const savedTemplate = templateDetail.extend({
  toneFindings: z
    .array(templateToneFinding)
    .describe('what the tone guard warns about in the saved text, rendered for a sample customer; forbidden phrases refuse the save instead'),
});
export type SavedTemplate = z.infer<typeof savedTemplate>;

/** A refused save: the issues, and the tone findings when the tone guard refused it. */
export const templateProblem = problem.extend({
  toneFindings: z.array(templateToneFinding).optional().describe('every tone finding of the refused text, forbidden and warning'),
});

export const templateInput = z.object({
  subject: z.string().max(1_000).default('').describe('e-mail subject or letter heading (Liquid)'),
  html: z.string().max(200_000).default('').describe("the e-mail's HTML body (Liquid; printed values are escaped)"),
  text: z.string().max(50_000).describe("plain text: the e-mail's text part, the SMS, the letter body or the call script (Liquid)"),
});
export type TemplateInput = z.input<typeof templateInput>;

export const templatePreviewInput = z.object({
  customerId: z.uuid(),
  invoiceIds: z.array(z.uuid()).max(500).optional().describe("the customer's open invoices when absent"),
  contactId: z.uuid().optional().describe('the payables contact when absent'),
  tone: z.enum(tones).optional().describe("the step's tone when absent"),
  draft: templateInput.optional().describe('render this text instead of the stored one, e.g. while editing'),
});

export const renderedMessageView = z.object({
  channel: z.enum(templateChannels),
  language: z.enum(messageLanguages),
  templateKey: z.string(),
  subject: z.string(),
  html: z.string(),
  text: z.string(),
  invoiceIds: z.array(z.uuid()),
  attachments: z.array(
    z.object({
      fileName: z.string(),
      contentType: z.string(),
      contentId: z.string().nullable().describe('set for an image the HTML shows as cid:…'),
      contentBase64: z.string(),
    }),
  ),
});
export type RenderedMessageView = z.infer<typeof renderedMessageView>;
