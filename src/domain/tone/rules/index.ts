// The rules Duly ships, one module per language.
import type { MessageLanguage } from '../../messages/message-types';
import type { ToneRule } from '../tone-rule';
import { germanToneRules } from './de';
import { englishToneRules } from './en';
import { polishToneRules } from './pl';
import { russianToneRules } from './ru';

const shipped: Record<MessageLanguage, readonly ToneRule[]> = {
  pl: polishToneRules,
  en: englishToneRules,
  ru: russianToneRules,
  de: germanToneRules,
};

/** The shipped rules that read texts in `language`. */
export function shippedToneRules(language: MessageLanguage): readonly ToneRule[] {
  return shipped[language];
}
