// The check every template save makes, tone guard included: forbidden phrases refuse
// the save naming part, line, phrase, rule and suggestion; warnings only inform; the
// step's tone decides whether legal talk is in its place.
import { describe, expect, it } from 'vitest';
import type { TemplateContent } from '../../domain/messages/template-content';
import type { ToneRule } from '../../domain/tone/tone-rule';
import { reviewTemplate } from './check-template';

const email = (changes: Partial<TemplateContent>): TemplateContent => ({
  subject: 'Przypomnienie: {{ item_numbers_short }}',
  html: '<p>Dzień dobry,</p>\n<p>do zapłaty {{ total_open }}.</p>',
  text: 'Dzień dobry,\n\ndo zapłaty {{ total_open }}.',
  ...changes,
});

describe('the check before a template is saved', () => {
  it('refuses a threat in the text, naming the part, line, phrase, rule and suggestion', async () => {
    const review = await reviewTemplate(email({ text: 'Dzień dobry,\n\ndo zapłaty {{ total_open }}.\nInaczej zawiadomimy policję.' }), 'email', 'pl', { tone: 'reminder' });
    expect(review.issues).toEqual([
      {
        field: 'text',
        line: 4,
        message: expect.stringMatching(/^line 4: "policję" is not allowed \(threat, rule pl\.threat\.police\)\. Nieopłacona faktura to sprawa cywilna/),
      },
    ]);
    expect(review.toneFindings).toEqual([expect.objectContaining({ part: 'text', line: 4, phrase: 'policję', severity: 'forbidden', category: 'threat', ruleId: 'pl.threat.police' })]);
  });

  it('reads the HTML as its reader sees it: a phrase split by tags is still found', async () => {
    const review = await reviewTemplate(
      { subject: 'Invoices {{ item_numbers_short }}', html: '<p>Pay {{ total_open }}</p>\n<p>or face <em>criminal</em> <b>charges</b>.</p>', text: 'Pay {{ total_open }}.' },
      'email',
      'en',
      { tone: 'firm' },
    );
    expect(review.issues).toEqual([{ field: 'html', message: expect.stringContaining('"criminal charges" is not allowed (threat, rule en.threat.police)') }]);
    expect(review.toneFindings[0]).toMatchObject({ part: 'html', phrase: 'criminal charges' });
    expect(review.toneFindings[0]).not.toHaveProperty('line');
  });

  it('refuses a shouted subject: shouting is forbidden like threats', async () => {
    const review = await reviewTemplate(email({ subject: 'PILNE: {{ item_numbers_short }}' }), 'email', 'pl', { tone: 'reminder' });
    expect(review.issues).toEqual([{ field: 'subject', line: 1, message: expect.stringContaining('"PILNE" is not allowed (shouting, rule pl.shouting.capitals)') }]);
  });

  it('warns about legal talk before the formal stage and keeps quiet from it on', async () => {
    const sms = { subject: '', html: '', text: 'Open: {{ total_open }}. Otherwise we will take legal action.' };
    const early = await reviewTemplate(sms, 'sms', 'en', { tone: 'reminder' });
    expect(early.issues).toEqual([]);
    expect(early.toneFindings).toEqual([
      expect.objectContaining({ part: 'text', line: 1, phrase: 'legal action', severity: 'warning', category: 'legal_jargon', allowedTones: ['formal', 'final'] }),
    ]);
    expect(await reviewTemplate(sms, 'sms', 'en', { tone: 'formal' })).toEqual({ issues: [], toneFindings: [] });
    // A key no procedure uses has no tone: every rule speaks.
    expect((await reviewTemplate(sms, 'sms', 'en', { tone: null })).toneFindings).toHaveLength(1);
  });

  it("applies the organization's own rules in every language", async () => {
    const ownRule: ToneRule = {
      id: 'org.competitor',
      category: 'insult',
      severity: 'forbidden',
      match: { kind: 'phrases', patterns: ['konkurencj*'] },
      suggestion: 'Nie porównuj klienta z konkurencją.',
    };
    const content = email({ text: 'Dzień dobry,\n\nkonkurencja płaci na czas. Do zapłaty {{ total_open }}.' });
    expect(await reviewTemplate(content, 'email', 'pl', { tone: 'reminder' })).toEqual({ issues: [], toneFindings: [] });
    const review = await reviewTemplate(content, 'email', 'pl', { tone: 'reminder', toneRules: [ownRule] });
    expect(review.issues).toEqual([{ field: 'text', line: 3, message: expect.stringContaining('"konkurencja" is not allowed (insult, rule org.competitor)') }]);
  });

  it('does not judge the names filled in from records, only the words the author wrote', async () => {
    // The Polish sample customer is "Przykładowa Hurtownia sp. z o.o.".
    const wording: ToneRule = {
      id: 'org.wording',
      category: 'insult',
      severity: 'forbidden',
      language: 'pl',
      match: { kind: 'phrases', patterns: ['hurtowni*'] },
      suggestion: 'Piszemy „Państwa firma”.',
    };
    const named = await reviewTemplate({ subject: '', html: '', text: 'Dla {{ customer.name }}: do zapłaty {{ total_open }}.' }, 'sms', 'pl', { toneRules: [wording] });
    expect(named).toEqual({ issues: [], toneFindings: [] });
    const written = await reviewTemplate({ subject: '', html: '', text: 'Droga hurtownio, do zapłaty {{ total_open }}.' }, 'sms', 'pl', { toneRules: [wording] });
    expect(written.issues).toEqual([{ field: 'text', line: 1, message: expect.stringContaining('"hurtownio" is not allowed') }]);
  });

  it('runs the tone guard only on a template that renders', async () => {
    const review = await reviewTemplate({ subject: '', html: '', text: 'POLICJA {{ total_opne }}' }, 'sms', 'pl');
    expect(review.toneFindings).toEqual([]);
    expect(review.issues).toEqual([{ field: 'text', line: 1, message: expect.stringContaining('undefined variable: total_opne') }]);
  });
});
