import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/create-i18n';
import { labelOf, offsetSentence, signedOffset, toneColor } from './step-display';

describe('step display', () => {
  it('writes offsets with a real minus sign', () => {
    expect(signedOffset(-5)).toBe('\u22125');
    expect(signedOffset(0)).toBe('0');
    expect(signedOffset(3)).toBe('+3');
  });

  it('says the day in words, declined in Polish', () => {
    const pl = createI18n('pl');
    expect(offsetSentence(pl.t, -5)).toBe('5 dni przed terminem');
    expect(offsetSentence(pl.t, 1)).toBe('1 dzień po terminie');
    expect(offsetSentence(pl.t, 0)).toBe('W dniu terminu');
    expect(offsetSentence(createI18n('en').t, 3)).toBe('3 days after due');
  });

  it('translates known values and keeps unknown ones', () => {
    const en = createI18n('en');
    expect(labelOf(en.t, 'segments', 'key_account')).toBe('Key account');
    expect(labelOf(en.t, 'segments', 'wholesale')).toBe('wholesale');
    expect(toneColor('final')).toBe('grape');
    expect(toneColor('unknown')).toBe('gray');
  });
});
