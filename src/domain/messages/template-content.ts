// What a template is made of on each channel, and which channels a procedure step's
// template must exist for.
import type { Channel } from '../dunning/procedure';
import type { TemplateChannel } from './message-types';

/** A template's Liquid sources; parts a channel does not use stay empty. */
export type TemplateContent = { subject: string; html: string; text: string };
export type TemplatePart = keyof TemplateContent;

/**
 * The parts each channel uses: an e-mail has a subject, HTML and plain text; a letter
 * its heading and body; an SMS its text; a call task its script.
 */
export const templateParts: Record<TemplateChannel, readonly TemplatePart[]> = {
  email: ['subject', 'html', 'text'],
  letter: ['subject', 'text'],
  sms: ['text'],
  call: ['text'],
};

/** The content with the parts the channel does not use emptied. */
export function keepChannelParts(content: TemplateContent, channel: TemplateChannel): TemplateContent {
  const parts = templateParts[channel];
  return {
    subject: parts.includes('subject') ? content.subject : '',
    html: parts.includes('html') ? content.html : '',
    text: parts.includes('text') ? content.text : '',
  };
}

/**
 * The channels a step's message may go out on. An e-mail step may become an SMS or a
 * call task when e-mails stay unanswered (channel rotation, dunning/rhythm.ts), so it
 * needs all three; an internal task sends nothing.
 */
export function templateChannelsForStep(stepChannel: Channel): TemplateChannel[] {
  switch (stepChannel) {
    case 'email':
      return ['email', 'sms', 'call'];
    case 'sms':
      return ['sms'];
    case 'call':
      return ['call'];
    case 'letter':
      return ['letter'];
    case 'internalTask':
      return [];
  }
}
