import { describe, expect, it } from 'vitest';
import { messageLanguages } from '../messages/message-types';
import { blocksSending, checkTone } from './check-tone';
import { patternProblem } from './phrase-pattern';
import { shippedToneRules } from './rules';
import { toneCategories, type ToneRule } from './tone-rule';

describe('the shipped rules', () => {
  const all = messageLanguages.flatMap((language) => shippedToneRules(language));

  it('have unique ids and patterns that compile', () => {
    expect(new Set(all.map((rule) => rule.id)).size).toBe(all.length);
    const broken = all.flatMap((rule) =>
      rule.match.kind === 'phrases' ? rule.match.patterns.filter((p) => patternProblem(p) !== null).map((p) => `${rule.id}: ${p}`) : [],
    );
    expect(broken).toEqual([]);
  });

  it.each(messageLanguages)('cover every category in %s, each with a suggestion', (language) => {
    const rules = shippedToneRules(language);
    expect(new Set(rules.map((rule) => rule.category))).toEqual(new Set(toneCategories));
    expect(rules.filter((rule) => rule.suggestion.trim().length < 20)).toEqual([]);
  });
});

describe('checkTone', () => {
  it('names the phrase exactly as written, where it stands, with the rule and a suggestion', () => {
    const text = 'Szanowni Państwo, pożałujecie tego.';
    const [finding, ...rest] = checkTone(text, { language: 'pl' });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'pl.threat.regret', category: 'threat', severity: 'forbidden', phrase: 'pożałujecie' });
    expect(text.slice(finding!.offset, finding!.offset + finding!.phrase.length)).toBe('pożałujecie');
    expect(finding!.suggestion).toMatch(/procedur/);
  });

  it('blocks sending only for forbidden findings', () => {
    expect(blocksSending(checkTone('To tylko drobna kwota.', { language: 'pl' }))).toBe(false);
    expect(blocksSending(checkTone('To tylko drobna kwota!!!', { language: 'pl' }))).toBe(true);
    expect(blocksSending([])).toBe(false);
  });

  it('lets legal talk through from the formal stage on, and says where it belongs before', () => {
    const demand = 'Niniejszym wzywamy do zapłaty pod rygorem skierowania sprawy na drogę sądową.';
    for (const tone of ['formal', 'final'] as const) expect(checkTone(demand, { language: 'pl', tone })).toEqual([]);
    const early = checkTone(demand, { language: 'pl', tone: 'reminder' });
    expect(early.map((f) => f.phrase)).toEqual(['Niniejszym', 'wzywamy do zapłaty', 'pod rygorem', 'drogę sądową']);
    expect(early.every((f) => f.severity === 'warning' && f.allowedTones?.includes('formal'))).toBe(true);
    // Without a tone every rule speaks: a text checked on its own may be sent at any stage.
    expect(checkTone(demand, { language: 'pl' })).toHaveLength(4);
  });

  it('never lets a tone excuse a threat', () => {
    expect(checkTone('Wiemy, gdzie Pan mieszka.', { language: 'pl', tone: 'final' })).toHaveLength(1);
  });

  it('reads only the rules of the language asked for', () => {
    expect(checkTone('Wiemy, gdzie Pan mieszka.', { language: 'en' })).toEqual([]);
    expect(checkTone('We know where you live.', { language: 'pl' })).toEqual([]);
  });

  describe('shouting', () => {
    const shouted = (text: string, language: 'pl' | 'en' | 'ru' | 'de' = 'pl', dataValues?: string[]) =>
      checkTone(text, { language, dataValues }).filter((f) => f.category === 'shouting').map((f) => f.phrase);

    it('hears a shouted word or a run of them, and piles of exclamation marks', () => {
      expect(shouted('Prosimy o wpłatę NATYCHMIAST.')).toEqual(['NATYCHMIAST']);
      expect(shouted('PAY NOW, please.', 'en')).toEqual(['PAY NOW']);
      expect(shouted('Termin minął! ! !')).toEqual(['! ! !']);
      expect(shouted('Termin minął!')).toEqual([]);
    });

    it('does not hear abbreviations, numbers, short names or names in quotation marks', () => {
      expect(shouted('NIP 5260250274, REGON 012345678, IBAN PL61 1090 1014, płatność BLIK lub kod QR (PDF).')).toEqual([]);
      expect(shouted('Faktura FV/2026/10/001 dla ACME Sp. z o.o.')).toEqual([]);
      expect(shouted('Счёт для ООО «РОМАШКА», ИНН 7701234567.', 'ru')).toEqual([]);
      expect(shouted('Rechnung für die Firma „MÜLLER BAU“ GmbH.', 'de')).toEqual([]);
    });

    it('does not judge values filled in from records', () => {
      const text = 'Szanowni Państwo, SĄD REJONOWY W PŁOCKU — faktura FV/1 czeka na zapłatę.';
      expect(shouted(text)).toEqual(['SĄD REJONOWY W PŁOCKU']);
      expect(checkTone(text, { language: 'pl', dataValues: ['Sąd Rejonowy w Płocku'] })).toEqual([]);
    });
  });

  describe("an organization's own rules", () => {
    const noNicknames: ToneRule = {
      id: 'org.nicknames',
      category: 'insult',
      severity: 'forbidden',
      match: { kind: 'phrases', patterns: ['maruder*'] },
      suggestion: 'Nie nadawaj klientom przezwisk.',
    };
    const noCompetitor: ToneRule = {
      id: 'org.competitor',
      category: 'belittling_amount',
      severity: 'warning',
      language: 'en',
      match: { kind: 'phrases', patterns: ['rival* ...2 offer*'] },
      suggestion: 'Do not compare us with competitors in reminders.',
    };

    it('are added to the shipped ones; a rule without a language reads every language', () => {
      const findings = checkTone('Panowie maruderzy, prosimy o wpłatę.', { language: 'pl', extraRules: [noNicknames, noCompetitor] });
      expect(findings).toEqual([
        { ruleId: 'org.nicknames', category: 'insult', severity: 'forbidden', phrase: 'maruderzy', offset: 8, suggestion: 'Nie nadawaj klientom przezwisk.' },
      ]);
      expect(checkTone('Unlike our rival’s offer, ours is fair.', { language: 'en', extraRules: [noCompetitor] })).toMatchObject([
        { ruleId: 'org.competitor', phrase: 'rival’s offer' },
      ]);
    });
  });
});
