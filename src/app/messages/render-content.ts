// Turns a template and the facts into the message as it leaves: each part the channel
// uses rendered with its engine (HTML escaped, text plain), tidied for the channel, and
// the payment QR code attached when the message can carry one.
import { htmlDocument } from '../../domain/messages/message-blocks';
import type { MessageFacts } from '../../domain/messages/message-facts';
import type { MessageAttachment, RenderedMessage, TemplateChannel } from '../../domain/messages/message-types';
import { messageVariables, paymentQrContentId, type MessagePart, type MessageVariables } from '../../domain/messages/message-variables';
import { paymentQrInput, type PaymentQrInput } from '../../domain/messages/payment-qr-input';
import { templateParts, type TemplateContent, type TemplatePart } from '../../domain/messages/template-content';
import { fail, ok, type Issue, type Result } from '../errors';
import { describeLiquidError, isTemplateError, parseTemplate, renderTemplate, type FilterFacts } from './liquid-engine';

export type RenderOptions = {
  /**
   * Draws the payment QR code as PNG; null when the transfer cannot be encoded (e.g. a
   * currency without a QR standard). Without it, messages go without the code.
   */
  qrPng?: (input: PaymentQrInput) => Promise<Uint8Array | null>;
};

/** Which engine renders a part: the e-mail's HTML escapes, everything else is plain text. */
const engineOfPart = (part: TemplatePart): MessagePart => (part === 'html' ? 'html' : 'text');

/** Channels whose message can show an image: the e-mail inline, the letter printed. */
const showsQr = (channel: TemplateChannel) => channel === 'email' || channel === 'letter';

/** The message rendered from the template; invalid_input naming the part and line when the template breaks at render time. */
export async function renderContent(
  content: TemplateContent,
  templateKey: string,
  channel: TemplateChannel,
  facts: MessageFacts,
  options: RenderOptions = {},
): Promise<Result<RenderedMessage>> {
  const attachments: MessageAttachment[] = [];
  const qrInput = showsQr(channel) && options.qrPng ? paymentQrInput(facts) : null;
  const png = qrInput && options.qrPng ? await options.qrPng(qrInput) : null;
  if (png) attachments.push({ fileName: 'payment-qr.png', contentType: 'image/png', content: png, contentId: paymentQrContentId });

  const rendered = await renderParts(content, channel, facts, png !== null);
  if (!rendered.ok) return rendered;
  const { subject, html, text } = rendered.value;
  return ok({
    channel,
    language: facts.language,
    templateKey,
    subject: oneLine(subject),
    html: html.trim() === '' ? '' : htmlDocument(html, facts.language),
    text: channel === 'sms' ? smsText(text) : tidyText(text),
    attachments,
    invoiceIds: facts.items.map((item) => item.id),
  });
}

/**
 * Renders the parts the channel uses with the facts' variables. `strict` refuses unknown
 * variables: the check a template passes before it is saved.
 */
export async function renderParts(
  content: TemplateContent,
  channel: TemplateChannel,
  facts: MessageFacts,
  hasPaymentQr: boolean,
  options: { strict?: boolean } = {},
): Promise<Result<TemplateContent>> {
  const filterFacts: FilterFacts = { language: facts.language, today: facts.today, country: facts.customer.country };
  const result: TemplateContent = { subject: '', html: '', text: '' };
  const issues: Issue[] = [];
  const variables = new Map<MessagePart, MessageVariables>();
  for (const part of templateParts[channel]) {
    const engine = engineOfPart(part);
    try {
      const parsed = parseTemplate(content[part], engine);
      if (!variables.has(engine)) variables.set(engine, messageVariables(facts, engine, hasPaymentQr));
      result[part] = await renderTemplate(parsed, engine, variables.get(engine)!, filterFacts, options);
    } catch (error) {
      if (!isTemplateError(error)) throw error;
      issues.push(templateIssue(part, error));
    }
  }
  if (issues.length > 0) return fail('invalid_input', issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues);
  return ok(result);
}

/** A Liquid error as an issue naming the part and the line. */
export function templateIssue(part: TemplatePart, error: unknown): Issue {
  const { line, column, message } = describeLiquidError(error);
  if (line === undefined) return { field: part, message };
  return { field: part, line, message: `line ${line}, column ${column}: ${message}` };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Lines keep their breaks but lose trailing blanks; runs of empty lines shrink to one.
function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// An SMS is one short paragraph: every run of whitespace (no-break spaces of formatted
// amounts included, which would cost the cheaper GSM alphabet) becomes one space.
function smsText(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}
