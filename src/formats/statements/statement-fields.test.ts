import { describe, expect, it } from 'vitest';
import { creditorReferenceInText, decimalToMinor, statementAccountOf } from './statement-fields';

describe('decimalToMinor', () => {
  it('reads decimal commas and points digit by digit, never through a float', () => {
    expect(decimalToMinor('1234,56', ',', 'PLN')).toEqual({ ok: true, amountMinor: 123456 });
    expect(decimalToMinor('15000,', ',', 'EUR')).toEqual({ ok: true, amountMinor: 1500000 });
    expect(decimalToMinor('0,3', ',', 'EUR')).toEqual({ ok: true, amountMinor: 30 });
    expect(decimalToMinor('2700', '.', 'JPY')).toEqual({ ok: true, amountMinor: 2700 });
    expect(decimalToMinor('1.005', '.', 'KWD')).toEqual({ ok: true, amountMinor: 1005 });
    // 0.1 + 0.2 style traps stay exact.
    expect(decimalToMinor('1125250,4', ',', 'EUR')).toEqual({ ok: true, amountMinor: 112525040 });
  });

  it('takes extra decimals only when they are zeros', () => {
    expect(decimalToMinor('8.850', '.', 'EUR')).toEqual({ ok: true, amountMinor: 885 });
    expect(decimalToMinor('8.85000', '.', 'EUR')).toEqual({ ok: true, amountMinor: 885 });
    const refused = decimalToMinor('8.85001', '.', 'EUR');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.reason).toContain('more decimals than EUR has (2)');
  });

  it('refuses grouping, signs and the wrong separator', () => {
    for (const text of ['1.234,56', '-5,00', '1 000,00', '', ',5']) expect(decimalToMinor(text, ',', 'PLN').ok).toBe(false);
    expect(decimalToMinor('8,85', '.', 'EUR').ok).toBe(false);
  });
});

describe('statement accounts and references', () => {
  it('recognises an IBAN, a bare NRB and a bank-code/account pair', () => {
    expect(statementAccountOf('PL29114010810000267002001002').iban).toBe('PL29114010810000267002001002');
    expect(statementAccountOf('29114010810000267002001002').iban).toBe('PL29114010810000267002001002');
    expect(statementAccountOf('BPHKPLPK/PL29114010810000267002001002').iban).toBe('PL29114010810000267002001002');
    expect(statementAccountOf('87052000/123456789')).toEqual({ iban: null, number: '87052000/123456789' });
  });

  it('finds a valid RF reference written with or without spaces, and nothing else', () => {
    expect(creditorReferenceInText('zaplata RF18 5390 0754 7034 dziekuje')).toBe('RF18539007547034');
    expect(creditorReferenceInText('RF18539007547034')).toBe('RF18539007547034');
    expect(creditorReferenceInText('RF18 5390 0754 7035')).toBeNull();
    expect(creditorReferenceInText('FV RF/2026/1')).toBeNull();
  });

  it('never glues the next word on, even where the glued text would pass the check digits', () => {
    // "RF187372CDB9E80242AEFV" and "RF44F33D759F08C946EE122" pass mod 97 as well.
    expect(creditorReferenceInText('RF187372CDB9E80242AE FV/159/03/2026')).toBe('RF187372CDB9E80242AE');
    expect(creditorReferenceInText('RF44F33D759F08C946EE 122/2026 zaplata')).toBe('RF44F33D759F08C946EE');
    expect(creditorReferenceInText('zaplata RF18 5390 0754 7034 FV 12')).toBe('RF18539007547034');
    // A hard wrap glued the next word on: cut short only then.
    expect(creditorReferenceInText('Zaplata RF18 5390 0754 7034dziekujemy')).toBe('RF18539007547034');
  });
});
