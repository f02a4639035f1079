// Shorthand for writing the shipped rules: the id gets its language as a prefix,
// the severity follows the category (seed 004: forbidden vs ineffective), and legal
// talk is allowed from the formal stage on.
import type { Tone } from '../../dunning/procedure';
import type { MessageLanguage } from '../../messages/message-types';
import type { ToneCategory, ToneRule, ToneSeverity } from '../tone-rule';

export const severityOfCategory: Record<ToneCategory, ToneSeverity> = {
  threat: 'forbidden',
  insult: 'forbidden',
  illegal_method: 'forbidden',
  shouting: 'forbidden',
  belittling_amount: 'warning',
  own_problems: 'warning',
  asking_for_excuses: 'warning',
  legal_jargon: 'warning',
};

/** Formal demands and final notices may speak of courts, lawyers and registries. */
export const formalStages: readonly Tone[] = ['formal', 'final'];

export type PhraseRuleEntry = {
  /** Unique within the language; "threat.police" becomes "pl.threat.police". */
  id: string;
  category: Exclude<ToneCategory, 'shouting'>;
  patterns: readonly string[];
  suggestion: string;
};

/** The phrase rules of one language. */
export function phraseRules(language: MessageLanguage, entries: readonly PhraseRuleEntry[]): ToneRule[] {
  return entries.map((entry) => ({
    id: `${language}.${entry.id}`,
    category: entry.category,
    severity: severityOfCategory[entry.category],
    language,
    match: { kind: 'phrases', patterns: [...entry.patterns] },
    suggestion: entry.suggestion,
    ...(entry.category === 'legal_jargon' ? { allowedTones: [...formalStages] } : {}),
  }));
}

// Abbreviations written in capitals in every language: currencies, banking, company forms.
const commonAbbreviations = [
  'IBAN', 'BIC', 'SWIFT', 'SEPA', 'VAT', 'PDF', 'SMS', 'QR', 'ID', 'NR', 'NO', 'EUR', 'PLN', 'USD', 'GBP', 'CHF', 'RUB', 'CZK',
  'EU', 'UE', 'UK', 'USA', 'PL', 'DE', 'RU', 'CEO', 'CFO', 'IT', 'HR', 'OK', 'FAQ', 'API', 'URL', 'EDI', 'ERP', 'PIN',
  'LLC', 'LTD', 'PLC', 'INC', 'GMBH', 'AG', 'KG', 'SA', 'SE', 'NV', 'BV', 'SP',
];

/** The two shouting rules of a language: words in capitals and piles of exclamation marks. */
export function shoutingRules(
  language: MessageLanguage,
  abbreviations: readonly string[],
  suggestions: { capitals: string; exclamations: string },
): ToneRule[] {
  return [
    {
      id: `${language}.shouting.capitals`,
      category: 'shouting',
      severity: severityOfCategory.shouting,
      language,
      match: { kind: 'capitals', ignoredWords: [...commonAbbreviations, ...abbreviations] },
      suggestion: suggestions.capitals,
    },
    {
      id: `${language}.shouting.exclamations`,
      category: 'shouting',
      severity: severityOfCategory.shouting,
      language,
      match: { kind: 'exclamations' },
      suggestion: suggestions.exclamations,
    },
  ];
}
