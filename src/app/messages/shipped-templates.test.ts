// The shipped templates are what customers read: every template the default procedures
// need exists in every language, renders for a sample customer, carries the facts a
// message must (invoices, amounts, how to pay), passes the tone guard, and would be
// accepted as it is by the check every save makes.
import { describe, expect, it } from 'vitest';
import { defaultProcedures } from '../../domain/dunning/default-procedures';
import { messageLanguages } from '../../domain/messages/message-types';
import { sampleMessageFacts } from '../../domain/messages/sample-facts';
import { templateNeeds } from '../../domain/messages/template-needs';
import { templateParts } from '../../domain/messages/template-content';
import { checkTone } from '../../domain/tone/check-tone';
import { reviewTemplate } from './check-template';
import { renderContent, renderParts } from './render-content';
import { parseTemplateFile, shippedTemplate } from './shipped-templates';

const today = '2026-04-15';
const needs = templateNeeds(defaultProcedures);
const cases = needs.flatMap((need) => messageLanguages.map((language) => ({ ...need, language })));

describe('shipped templates', () => {
  it('cover every step of the default procedures on every channel it may use', () => {
    const keys = new Set(needs.map((n) => `${n.templateKey}.${n.channel}`));
    // E-mail steps may turn into SMS or calls; the internal review task sends nothing.
    expect(keys).toContain('standard.first-reminder.email');
    expect(keys).toContain('standard.first-reminder.sms');
    expect(keys).toContain('standard.first-reminder.call');
    expect(keys).toContain('standard.final-notice.letter');
    expect([...keys].some((k) => k.startsWith('small-amounts.review-small-debt'))).toBe(false);
    expect(cases.length).toBe(needs.length * 4);
  });

  it.each(cases)('$templateKey $channel $language exists and renders strictly for a sample customer', async ({ templateKey, channel, language, tone }) => {
    const shipped = shippedTemplate(templateKey, language, channel, tone);
    expect(shipped, 'no shipped template').not.toBeNull();
    expect(['key', 'step']).toContain(shipped!.match);
    const facts = sampleMessageFacts(language, today, tone);
    const strict = await renderParts(shipped!.content, channel, facts, true, { strict: true });
    expect(strict.ok, JSON.stringify(strict)).toBe(true);

    const rendered = await renderContent(shipped!.content, templateKey, channel, facts);
    if (!rendered.ok) throw new Error(rendered.message);
    const message = rendered.value;
    for (const part of templateParts[channel]) expect(message[part].trim(), part).not.toBe('');
    const whole = `${message.subject}\n${message.html}\n${message.text}`;
    expect(whole).not.toMatch(/\{\{|\{%|%\}|\}\}/);
    // Concrete: the invoices (or their short list) and the amount are always named.
    expect(message.text).toContain('FV/2026/0142');
    expect(message.text.replace(/\s/g, ' ')).toMatch(/2[ .,]?444[.,]00/);
    if (channel === 'email') {
      expect(message.html).toContain('<table');
      expect(message.html).toContain(`<html lang="${language}">`);
      expect(message.text).toContain('PL61 1090 1014 0000 0712 1981 2874');
    }
    if (channel === 'letter') expect(message.text).toContain('PL61 1090 1014 0000 0712 1981 2874');
    if (channel === 'sms') expect(message.text.length).toBeLessThanOrEqual(320);
  });

  it.each(cases)('$templateKey $channel $language passes the tone guard at its tone', async ({ templateKey, channel, language, tone }) => {
    const facts = sampleMessageFacts(language, today, tone);
    const rendered = await renderContent(shippedTemplate(templateKey, language, channel, tone)!.content, templateKey, channel, facts);
    if (!rendered.ok) throw new Error(rendered.message);
    const dataValues = [facts.customer.name, facts.creditor.name, facts.addressee!.name, ...facts.items.map((i) => i.number), 'Santander Bank Polska'];
    for (const text of [rendered.value.subject, rendered.value.text]) {
      expect(checkTone(text, { language, tone, dataValues })).toEqual([]);
    }
  });

  it.each(cases)('$templateKey $channel $language saves as it is: the check before saving, tone guard included, finds nothing', async ({ templateKey, channel, language, tone }) => {
    const review = await reviewTemplate(shippedTemplate(templateKey, language, channel, tone)!.content, channel, language, { tone });
    expect(review).toEqual({ issues: [], toneFindings: [] });
  });

  it("gives a key no file knows the shipped template of its step, then of its tone", () => {
    expect(shippedTemplate('export.first-reminder', 'de', 'email', 'reminder')).toMatchObject({ name: 'first-reminder', match: 'step' });
    expect(shippedTemplate('export.nudge', 'pl', 'email', 'firm')).toMatchObject({ name: 'firm-request', match: 'tone' });
    expect(shippedTemplate('export.nudge', 'pl', 'letter', 'formal')).toMatchObject({ name: 'payment-demand', match: 'tone' });
    expect(shippedTemplate('export.nudge', 'en', 'sms', 'final')).toMatchObject({ name: 'formal-request', match: 'tone' });
    expect(shippedTemplate('export.nudge', 'en', 'letter', 'reminder')).toBeNull();
    expect(shippedTemplate('export.nudge', 'en', 'email', null)).toBeNull();
  });

  it('reads the parts of a template file and refuses text outside them', () => {
    expect(parseTemplateFile('--- subject ---\nHi {{ customer.name }}\n--- text ---\nBody\n\n', 'x.liquid')).toEqual({ subject: 'Hi {{ customer.name }}', html: '', text: 'Body' });
    expect(() => parseTemplateFile('stray\n--- text ---\nBody', 'pl/x.email.liquid')).toThrow('pl/x.email.liquid:1');
  });
});
