// A text as the tone guard reads it: words with their place in the original text,
// folded so that case, diacritics and spelling variants do not matter ("sąd", "SĄD"
// and "sad" read the same; so do "Gläubiger" and "Glaeubiger").
import type { MessageLanguage } from '../messages/message-types';

export type Word = {
  /** As written. */
  text: string;
  /** Folded for comparison; empty for a word that must not be judged (a data value). */
  folded: string;
  start: number;
  end: number;
  /** Words of one sentence share it; a phrase never reaches across sentences. */
  sentence: number;
};

/** A span of the checked text, [start, end). */
export type TextSpan = [number, number];

const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu;

// Letters that do not decompose into a base letter and a mark, and Russian ё, which
// is commonly written as е.
const foldedLetters: Record<string, string> = { ł: 'l', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ё: 'е', '’': "'", ʼ: "'" };

/** A word in the form rules compare: lower case, without diacritics, German umlauts as plain vowels. */
export function foldWord(word: string, language: MessageLanguage | undefined): string {
  let folded = word.toLowerCase();
  if (/[^a-z0-9']/.test(folded)) {
    // Marks go only from Latin letters: й is a letter of its own, not и with a mark.
    folded = folded
      .normalize('NFD')
      .replace(/([a-z])\p{M}+/gu, '$1')
      .normalize('NFC')
      .replace(/[łßøæœđёʼ’]/g, (letter) => foldedLetters[letter] ?? letter);
  }
  // "ä" has just become "a"; a German writer without umlauts on the keyboard writes "ae".
  return language === 'de' ? folded.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u') : folded;
}

// A sentence ends at a blank line, or at . ! ? … when the next word starts with a
// capital; "art. 481" and a wrapped line of a plain-text e-mail stay one sentence.
function endsSentence(between: string, nextWord: string): boolean {
  if (/\n[^\S\n]*\n/.test(between)) return true;
  return /[.!?…]/.test(between) && /\s/.test(between) && /^\p{Lu}/u.test(nextWord);
}

/** The spans of `text` where any of `values` occurs, ignoring case. */
export function spansOf(text: string, values: readonly string[]): TextSpan[] {
  const lower = text.toLowerCase();
  // Lower-casing can change a string's length (İ); then indexes would drift, so search as written.
  const caseless = lower.length === text.length;
  const haystack = caseless ? lower : text;
  const spans: TextSpan[] = [];
  for (const value of values) {
    const needle = caseless ? value.trim().toLowerCase() : value.trim();
    if (needle === '') continue;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
      spans.push([at, at + needle.length]);
    }
  }
  return spans;
}

const inside = (word: { start: number; end: number }, spans: readonly TextSpan[]) =>
  spans.some(([from, to]) => word.start >= from && word.end <= to);

/** The words of `text`; words inside `maskedSpans` keep their place but match nothing. */
export function readWords(text: string, language: MessageLanguage | undefined, maskedSpans: readonly TextSpan[] = []): Word[] {
  const words: Word[] = [];
  let sentence = 0;
  for (const found of text.matchAll(wordPattern)) {
    const start = found.index;
    const end = start + found[0].length;
    const previous = words[words.length - 1];
    if (previous && endsSentence(text.slice(previous.end, start), found[0])) sentence += 1;
    const masked = inside({ start, end }, maskedSpans);
    words.push({ text: found[0], folded: masked ? '' : foldWord(found[0], language), start, end, sentence });
  }
  return words;
}
