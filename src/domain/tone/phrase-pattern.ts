// Word patterns: the small language the tone rules are written in, so that a rule
// catches every inflected form of a phrase without being a regular expression.
//
//   zapłac* natychmiast     two words in a row; `zapłac*` is any word starting so
//   *inkasso*               any word containing "inkasso" (German compounds)
//   sąd|sądu|sądem          one of these words exactly
//   wiemy gdzie ... mieszka* up to 4 other words may stand at `...`; `...2` up to 2
//
// Case and diacritics never matter (see words.ts). Punctuation separates words, as in
// the text, so "по-другому" is the two words "по другому".
import type { MessageLanguage } from '../messages/message-types';
import { foldWord, type Word } from './words';

type Alternative = { core: string; anyStart: boolean; anyEnd: boolean };
type Token = { kind: 'word'; alternatives: Alternative[] } | { kind: 'gap'; maxWords: number };
export type CompiledPattern = readonly Token[];

const defaultGap = 4;
const gapToken = /^(?:\.\.\.|…)(\d)?$/;
const literal = /^\*?[\p{L}\p{M}\p{N}'’]+\*?$/u;
const minimumStem = 3;

type Parsed = { ok: true; tokens: Token[] } | { ok: false; problem: string };

function parse(pattern: string, language: MessageLanguage | undefined): Parsed {
  const tokens: Token[] = [];
  for (const piece of pattern.trim().split(/\s+/)) {
    const gap = gapToken.exec(piece);
    if (gap) {
      tokens.push({ kind: 'gap', maxWords: gap[1] === undefined ? defaultGap : Number(gap[1]) });
      continue;
    }
    for (const word of piece.replace(/[,.;:!?"«»„“”()\-–]/g, ' ').split(/\s+/).filter(Boolean)) {
      const alternatives: Alternative[] = [];
      for (const option of word.split('|')) {
        if (!literal.test(option)) {
          return { ok: false, problem: `"${option || word}": a word is letters (and ' ), with * for "any letters" at its start or end` };
        }
        const anyStart = option.startsWith('*');
        const anyEnd = option.endsWith('*');
        const core = foldWord(option.replace(/^\*|\*$/g, ''), language);
        if ((anyStart || anyEnd) && core.length < minimumStem) {
          return { ok: false, problem: `"${option}": a word with * needs at least ${minimumStem} letters, or it matches too much` };
        }
        alternatives.push({ core, anyStart, anyEnd });
      }
      tokens.push({ kind: 'word', alternatives });
    }
  }
  if (tokens.length === 0) return { ok: false, problem: 'the pattern has no words' };
  if (tokens[0]!.kind === 'gap' || tokens[tokens.length - 1]!.kind === 'gap') {
    return { ok: false, problem: '"..." stands between words, not at the start or end' };
  }
  return { ok: true, tokens };
}

/** Why a pattern cannot be used, or null when it can. */
export function patternProblem(pattern: string): string | null {
  const parsed = parse(pattern, undefined);
  return parsed.ok ? null : parsed.problem;
}

/** The pattern ready to match texts in `language`; throws on a pattern patternProblem rejects. */
export function compilePattern(pattern: string, language: MessageLanguage | undefined): CompiledPattern {
  const parsed = parse(pattern, language);
  if (!parsed.ok) throw new Error(`tone pattern "${pattern}": ${parsed.problem}`);
  return parsed.tokens;
}

function wordMatches(word: Word, alternatives: readonly Alternative[]): boolean {
  const folded = word.folded;
  if (folded === '') return false;
  return alternatives.some(({ core, anyStart, anyEnd }) => {
    if (anyStart && anyEnd) return folded.includes(core);
    if (anyEnd) return folded.startsWith(core);
    if (anyStart) return folded.endsWith(core);
    return folded === core;
  });
}

// One search of a pattern within one sentence. Gaps are where a pattern can branch;
// remembering what a gap found at a word keeps a pattern with many gaps (an
// organization's rule, say) from taking exponential time on a long sentence.
type Search = { tokens: CompiledPattern; words: readonly Word[]; sentence: number; gapResults: Map<number, number> | null };

// The index of the last word of a match of tokens[from..] starting at words[at], or -1.
// Gaps try the shortest skip first, so a phrase is reported as tight as it reads.
function matchFrom(search: Search, from: number, at: number): number {
  const token = search.tokens[from];
  if (token === undefined) return at - 1;
  if (token.kind === 'gap') {
    const key = from * (search.words.length + 1) + at;
    search.gapResults ??= new Map();
    const known = search.gapResults.get(key);
    if (known !== undefined) return known;
    let end = -1;
    for (let skip = 0; skip <= token.maxWords && end === -1; skip += 1) end = matchFrom(search, from + 1, at + skip);
    search.gapResults.set(key, end);
    return end;
  }
  const word = search.words[at];
  if (word === undefined || word.sentence !== search.sentence || !wordMatches(word, token.alternatives)) return -1;
  return matchFrom(search, from + 1, at + 1);
}

/** Every non-overlapping match of the pattern as [first word, last word] indexes. */
export function findMatches(tokens: CompiledPattern, words: readonly Word[]): Array<[number, number]> {
  const matches: Array<[number, number]> = [];
  let search: Search | null = null;
  for (let at = 0; at < words.length; at += 1) {
    const sentence = words[at]!.sentence;
    if (search === null || search.sentence !== sentence) search = { tokens, words, sentence, gapResults: null };
    const end = matchFrom(search, 0, at);
    if (end === -1) continue;
    matches.push([at, end]);
    at = end;
  }
  return matches;
}
