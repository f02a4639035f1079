import { describe, expect, it } from 'vitest';
import { compilePattern, findMatches, patternProblem } from './phrase-pattern';
import { foldWord, readWords } from './words';

const phrasesIn = (pattern: string, text: string, language: 'pl' | 'en' | 'ru' | 'de' = 'pl') => {
  const words = readWords(text, language);
  return findMatches(compilePattern(pattern, language), words).map(([first, last]) => text.slice(words[first]!.start, words[last]!.end));
};

describe('folding words', () => {
  it('ignores case and diacritics, keeps й and reads ё as е', () => {
    expect(foldWord('SĄD', 'pl')).toBe('sad');
    expect(foldWord('Łódź', 'pl')).toBe('lodz');
    expect(foldWord('Ёлка', 'ru')).toBe('елка');
    expect(foldWord('Йод', 'ru')).toBe('йод');
    expect(foldWord('don’t', 'en')).toBe("don't");
  });
  it('reads German umlauts, their ae/oe/ue spelling and ß alike', () => {
    expect(foldWord('Gläubiger', 'de')).toBe(foldWord('Glaeubiger', 'de'));
    expect(foldWord('Straße', 'de')).toBe('strasse');
  });
});

describe('word patterns', () => {
  it('matches stems, whole words and alternatives, without regard to case or diacritics', () => {
    expect(phrasesIn('pożału*', 'Pożałujecie tego. POZALUJESZ!')).toEqual(['Pożałujecie', 'POZALUJESZ']);
    expect(phrasesIn('sądu|sądem', 'Sprawa trafi do sądu, nie przesądzając niczego.')).toEqual(['sądu']);
    expect(phrasesIn('*inkasso*', 'Das Forderungsinkasso-Team und ein Inkassobüro.', 'de')).toEqual(['Forderungsinkasso', 'Inkassobüro']);
  });

  it('lets a gap stand for up to four words, or as many as its digit says', () => {
    expect(phrasesIn('wiemy gdzie ... mieszka*', 'Wiemy, gdzie Pan z rodziną mieszka.')).toEqual(['Wiemy, gdzie Pan z rodziną mieszka']);
    expect(phrasesIn('wiemy ...1 mieszka*', 'Wiemy, gdzie Pan mieszka.')).toEqual([]);
    expect(phrasesIn('a ... b', 'a one two three four five b')).toEqual([]);
  });

  it('never reaches across sentences, but reads "art. 481" and a wrapped line as one', () => {
    expect(phrasesIn('opóźnienie sądu', 'Mamy opóźnienie. Sądu nie będzie.')).toEqual([]);
    expect(phrasesIn('art 481', 'zgodnie z art. 481 k.c.')).toEqual(['art. 481']);
    expect(phrasesIn('do sądu', 'sprawa trafi do\nsądu')).toEqual(['do\nsądu']);
    expect(phrasesIn('do sądu', 'sprawa trafi do\n\nsądu')).toEqual([]);
  });

  it('reports each place once, from its first to its last word', () => {
    expect(phrasesIn('kwot*', 'Kwota, kwoty i kwotą.')).toEqual(['Kwota', 'kwoty', 'kwotą']);
  });

  it('names what is wrong with a pattern it cannot use', () => {
    expect(patternProblem('sąd* rejonow*')).toBeNull();
    expect(patternProblem('')).toMatch(/no words/);
    expect(patternProblem('... sąd')).toMatch(/between words/);
    expect(patternProblem('sąd ...')).toMatch(/between words/);
    expect(patternProblem('s*')).toMatch(/at least 3 letters/);
    expect(patternProblem('[a-z]+')).toMatch(/letters/);
    expect(patternProblem('a|*|b')).toMatch(/letters/);
  });
});

describe('a pattern with many gaps', () => {
  it('stays fast on a long sentence that almost matches', () => {
    const pattern = Array.from({ length: 12 }, () => 'a').join(' ...9 ') + ' b';
    const text = Array.from({ length: 3000 }, () => 'a').join(' ');
    const started = performance.now();
    expect(phrasesIn(pattern, text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
