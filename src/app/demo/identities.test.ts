import { describe, expect, it } from 'vitest';
import { isValidIban } from '../../domain/iban';
import { isValidNip, looksLikeVatId } from '../../domain/tax-ids';
import { polishSortCode, randomIban, randomNip, randomVatId } from './identities';
import { createRandom, seedFrom } from './random';

describe('seeded random', () => {
  it('repeats its sequence for a seed and stays in range', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const first = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(first).size).toBeGreaterThan(990);
    const ints = Array.from({ length: 5000 }, () => a.int(1, 6));
    expect(Math.min(...ints)).toBe(1);
    expect(Math.max(...ints)).toBe(6);
    expect(ints.filter((x) => x === 6).length).toBeGreaterThan(700);
  });
  it('chooses by weight and derives independent streams from labels', () => {
    const random = createRandom(7);
    const picks = Array.from({ length: 4000 }, () => random.weighted([['a', 3], ['b', 1]] as const));
    const share = picks.filter((p) => p === 'a').length / picks.length;
    expect(share).toBeGreaterThan(0.7);
    expect(share).toBeLessThan(0.8);
    expect(seedFrom(1, 'customers')).not.toBe(seedFrom(1, 'invoices'));
    expect(seedFrom(1, 'customers')).toBe(seedFrom(1, 'customers'));
    const counts = Array.from({ length: 2000 }, () => random.poisson(2));
    expect(counts.reduce((s, c) => s + c, 0) / counts.length).toBeCloseTo(2, 0);
    expect(random.digits(12)).toMatch(/^\d{12}$/);
  });
});

describe('demo identities', () => {
  it('computes the check digit of Polish sort codes', () => {
    expect(polishSortCode('102', '0102')).toBe('10201026');
    expect(polishSortCode('105', '0144')).toBe('10501445');
  });
  it('makes valid NIPs, IBANs and VAT ids', () => {
    const random = createRandom(5);
    for (let i = 0; i < 200; i++) {
      expect(isValidNip(randomNip(random))).toBe(true);
      for (const country of ['PL', 'DE', 'AT', 'NL', 'IE']) {
        const iban = randomIban(random, country);
        expect(isValidIban(iban), iban).toBe(true);
      }
      for (const country of ['DE', 'AT', 'NL', 'IE']) expect(looksLikeVatId(randomVatId(random, country))).toBe(true);
    }
  });
});
