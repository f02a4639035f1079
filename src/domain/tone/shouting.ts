// Shouting is a matter of form, not of words: whole words in capitals and piles of
// exclamation marks. Abbreviations (NIP, IBAN, ООО), single letters, numbers and
// names in quotation marks are not shouting; they neither count nor break a run.
import type { MessageLanguage } from '../messages/message-types';
import { foldWord, type TextSpan, type Word } from './words';

// One word of this many capitals is shouted ("PILNE", "URGENT"); shorter ones are
// usually names or abbreviations. Two or more need this many letters together ("PAY NOW").
const lettersOfOneShoutedWord = 5;
const lettersOfShoutedWords = 6;

const quoted = /«[^»]*»|„[^”“"]*[”“"]|“[^”]*”|"[^"\n]*"/g;

/** The spans between quotation marks: company names are often written in capitals there. */
export function quotedSpans(text: string): TextSpan[] {
  return [...text.matchAll(quoted)].map((found) => [found.index, found.index + found[0].length]);
}

const letterCount = (word: string) => word.replace(/[^\p{L}]/gu, '').length;
const allCapitals = (word: string) => /^[\p{Lu}\p{M}'’]+$/u.test(word);

/** Runs of words in capitals, as spans of the text. */
export function capitalRuns(
  words: readonly Word[],
  ignoredWords: readonly string[],
  language: MessageLanguage | undefined,
  skippedSpans: readonly TextSpan[],
): TextSpan[] {
  const ignored = new Set(ignoredWords.map((word) => foldWord(word, language)));
  const runs: TextSpan[] = [];
  let run: { start: number; end: number; words: number; letters: number } | null = null;
  const close = () => {
    if (run && ((run.words === 1 && run.letters >= lettersOfOneShoutedWord) || (run.words > 1 && run.letters >= lettersOfShoutedWords))) {
      runs.push([run.start, run.end]);
    }
    run = null;
  };
  for (const word of words) {
    const skipped = word.folded === '' || skippedSpans.some(([from, to]) => word.start >= from && word.end <= to);
    if (skipped || /\p{Ll}/u.test(word.text)) {
      close();
      continue;
    }
    const letters = letterCount(word.text);
    const neutral = letters < 2 || !allCapitals(word.text) || ignored.has(word.folded);
    if (neutral) continue;
    if (run === null) run = { start: word.start, end: word.end, words: 0, letters: 0 };
    run.end = word.end;
    run.words += 1;
    run.letters += letters;
  }
  close();
  return runs;
}

/** Two or more exclamation marks together ("!!", "! ! !"). */
export function exclamationPiles(text: string): TextSpan[] {
  return [...text.matchAll(/!(?:[^\S\n]*!)+/g)].map((found) => [found.index, found.index + found[0].length]);
}
