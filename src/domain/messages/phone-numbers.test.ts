import { describe, expect, it } from 'vitest';
import { isE164, toE164 } from './phone-numbers';

describe('toE164', () => {
  it('gives Polish numbers without a country code +48', () => {
    expect(toE164('500 100 200', 'PL')).toBe('+48500100200');
    expect(toE164('500-100-200', 'PL')).toBe('+48500100200');
    expect(toE164('(22) 555 01 02', 'PL')).toBe('+48225550102');
    expect(toE164('48500100200', 'PL')).toBe('+48500100200');
  });

  it('keeps numbers that already carry a country code', () => {
    expect(toE164('+48 500 100 200', 'DE')).toBe('+48500100200');
    expect(toE164('0048 500 100 200', 'DE')).toBe('+48500100200');
    expect(toE164('+49 30 1234567', 'PL')).toBe('+49301234567');
  });

  it('drops the trunk prefix of countries that dial one', () => {
    expect(toE164('030 1234567', 'DE')).toBe('+49301234567');
    expect(toE164('07700 900123', 'GB')).toBe('+447700900123');
  });

  it('refuses what cannot be a number', () => {
    expect(toE164('500 100 20', 'PL')).toBeNull();
    expect(toE164('call the office', 'PL')).toBeNull();
    expect(toE164('+0 500 100 200', 'PL')).toBeNull();
    expect(toE164('301234567', 'XX')).toBeNull();
    expect(toE164('', 'PL')).toBeNull();
  });

  it('recognises E.164', () => {
    expect(isE164('+48500100200')).toBe(true);
    expect(isE164('48500100200')).toBe(false);
  });
});
