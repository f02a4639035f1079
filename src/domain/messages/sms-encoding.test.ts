import { describe, expect, it } from 'vitest';
import { smsEncoding, transliterateForGsm } from './sms-encoding';

describe('smsEncoding', () => {
  it('keeps plain text in GSM-7 up to 160 characters in one message', () => {
    expect(smsEncoding('a'.repeat(160))).toEqual({ encoding: 'GSM-7', segments: 1, characters: 160, charactersPerSegment: 160, ucs2Characters: [] });
    expect(smsEncoding('a'.repeat(161))).toMatchObject({ encoding: 'GSM-7', segments: 2, characters: 161, charactersPerSegment: 153 });
    expect(smsEncoding('a'.repeat(306))).toMatchObject({ segments: 2 });
    expect(smsEncoding('a'.repeat(307))).toMatchObject({ segments: 3 });
  });

  it('counts the extension table twice and never splits an escaped character', () => {
    expect(smsEncoding('€')).toMatchObject({ encoding: 'GSM-7', characters: 2 });
    expect(smsEncoding('{}[]~^|\\€\f')).toMatchObject({ encoding: 'GSM-7', characters: 20 });
    expect(smsEncoding(`${'a'.repeat(159)}€`)).toMatchObject({ segments: 2, characters: 161 });
    // 152 septets, then a two-septet character that would straddle the boundary.
    expect(smsEncoding(`${'a'.repeat(152)}€${'a'.repeat(152)}`)).toMatchObject({ characters: 306, segments: 3 });
  });

  it('accepts the accented letters the GSM alphabet has', () => {
    expect(smsEncoding('Grüße aus Köln, ÄÖÜ ñ é è à ù ì ò Ç Å ß @£$¥ ΔΦΓΛΩΠΨΣΘΞ ¡¿§¤')).toMatchObject({ encoding: 'GSM-7', ucs2Characters: [] });
  });

  it('switches to UCS-2 for one Polish letter and names it', () => {
    const result = smsEncoding('Dzień dobry, prosimy o wpłatę');
    expect(result).toMatchObject({ encoding: 'UCS-2', segments: 1, characters: 29, charactersPerSegment: 70, ucs2Characters: ['ń', 'ł', 'ę'] });
    expect(smsEncoding('ą'.repeat(70))).toMatchObject({ segments: 1 });
    expect(smsEncoding('ą'.repeat(71))).toMatchObject({ segments: 2, charactersPerSegment: 67 });
    expect(smsEncoding('ą'.repeat(134))).toMatchObject({ segments: 2 });
    expect(smsEncoding('ą'.repeat(135))).toMatchObject({ segments: 3 });
  });

  it('counts characters beyond the basic plane as two UCS-2 units', () => {
    expect(smsEncoding('👍')).toMatchObject({ encoding: 'UCS-2', characters: 2 });
    // 134 units would fill two parts, but the pair may not straddle the first boundary.
    expect(smsEncoding(`${'ą'.repeat(66)}👍${'ą'.repeat(66)}`)).toMatchObject({ characters: 134, segments: 3 });
  });

  it('says nothing is sent for an empty text', () => {
    expect(smsEncoding('')).toMatchObject({ encoding: 'GSM-7', segments: 0, characters: 0 });
  });
});

describe('transliterateForGsm', () => {
  it('turns Polish letters into their plain form', () => {
    expect(transliterateForGsm('Zażółć gęślą jaźń. ŁÓDŹ, ŚWIĘTOKRZYSKIE')).toBe('Zazolc gesla jazn. LODZ, SWIETOKRZYSKIE');
  });

  it('keeps what GSM-7 already has and replaces typographic punctuation', () => {
    expect(transliterateForGsm('Grüße — „Köln” … é')).toBe('Grüße - "Köln" ... é');
  });

  it('makes a Polish reminder fit GSM-7 and shortens it in messages', () => {
    const text = 'Dzień dobry, uprzejmie przypominamy o płatności za fakturę FV/2026/04/17 na kwotę 1 230,00 zł. Dziękujemy za współpracę.';
    expect(smsEncoding(text)).toMatchObject({ encoding: 'UCS-2', segments: 2 });
    expect(smsEncoding(transliterateForGsm(text))).toMatchObject({ encoding: 'GSM-7', segments: 1 });
  });

  it('leaves Cyrillic as it is', () => {
    expect(transliterateForGsm('Добрый день')).toBe('Добрый день');
  });
});
