import { describe, expect, it } from 'vitest';
import { countryOptions, currencyOptions, slugFromName, timeZoneOptions } from './setup-options';

describe('slugFromName', () => {
  it('drops Polish diacritics and punctuation', () => {
    expect(slugFromName('Zakłady Łódź S.A.')).toBe('zaklady-lodz-s-a');
    expect(slugFromName('  Żółta Gęś — sp. z o.o. ')).toBe('zolta-ges-sp-z-o-o');
  });

  it('fits the slug rule of the contract', () => {
    const slug = slugFromName('A'.repeat(80) + ' B');
    expect(slug.length).toBeLessThanOrEqual(41);
    expect(slug).toMatch(/^[a-z0-9][a-z0-9-]{1,40}$/);
  });
});

describe('setup options', () => {
  it('names countries in the UI language', () => {
    const pl = countryOptions('pl').find((o) => o.value === 'DE');
    const en = countryOptions('en').find((o) => o.value === 'DE');
    expect(pl?.label).toBe('Niemcy');
    expect(en?.label).toBe('Germany');
  });

  it('offers PLN first and every other currency after', () => {
    const options = currencyOptions('pl');
    expect(options[0]?.value).toBe('PLN');
    expect(options[0]?.label).toMatch(/^PLN — złoty/);
    expect(options.some((o) => o.value === 'JPY')).toBe(true);
    expect(new Set(options.map((o) => o.value)).size).toBe(options.length);
  });

  it('knows the Warsaw time zone', () => {
    expect(timeZoneOptions()).toContain('Europe/Warsaw');
  });
});
