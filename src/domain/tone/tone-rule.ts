// The tone guard's vocabulary. A rule is data: what it looks for, how bad it is, and
// what to write instead. The shipped rules (one module per language) and an
// organization's own rules have the same shape.
import type { Tone } from '../dunning/procedure';
import type { MessageLanguage } from '../messages/message-types';

/**
 * What a collection message must not do (seed 004): the first four are forbidden,
 * the rest are ineffective, and legal talk belongs only to the formal stages.
 */
export const toneCategories = [
  'threat',
  'insult',
  'illegal_method',
  'shouting',
  'belittling_amount',
  'own_problems',
  'asking_for_excuses',
  'legal_jargon',
] as const;
export type ToneCategory = (typeof toneCategories)[number];

/** `forbidden` blocks sending; `warning` is shown and the message may still go. */
export const toneSeverities = ['forbidden', 'warning'] as const;
export type ToneSeverity = (typeof toneSeverities)[number];

/**
 * How a rule finds its phrase. `phrases` are word patterns (see phrase-pattern.ts);
 * shouting is a matter of form, not of words, so it has matchers of its own.
 */
export type ToneMatcher =
  | { kind: 'phrases'; patterns: string[] }
  /** Words in capitals; `ignoredWords` are abbreviations that are written so (NIP, IBAN, ООО). */
  | { kind: 'capitals'; ignoredWords: string[] }
  /** Two or more exclamation marks in a row ("!!", "! ! !"). */
  | { kind: 'exclamations' };

export type ToneRule = {
  /** Stable and unique, e.g. "pl.threat.regret"; a finding names it. */
  id: string;
  category: ToneCategory;
  severity: ToneSeverity;
  /** The language the rule reads; none: every language (an organization's own words). */
  language?: MessageLanguage;
  match: ToneMatcher;
  /** What to write instead, in the rule's language. */
  suggestion: string;
  /** Tones where the phrase is in its place (legal talk in formal and final letters). */
  allowedTones?: Tone[];
};

/** One place in a text that breaks a rule. */
export type ToneFinding = {
  ruleId: string;
  category: ToneCategory;
  severity: ToneSeverity;
  /** The text exactly as written, from the first to the last word that matched. */
  phrase: string;
  /** Where the phrase starts in the checked text, in UTF-16 code units (JavaScript string index). */
  offset: number;
  suggestion: string;
  /** Set when the phrase would be fine at these tones: the message is early, not wrong. */
  allowedTones?: Tone[];
};
