import { describe, expect, it } from 'vitest';
import { boundedCache } from './bounded-cache';

describe('bounded cache', () => {
  it('keeps answers by group and key, apart from each other', () => {
    const cache = boundedCache<string>(10);
    cache.set('PL', '2026-05-01', 'holiday');
    cache.set('GB', '2026-05-01', 'working');
    expect(cache.get('PL', '2026-05-01')).toBe('holiday');
    expect(cache.get('GB', '2026-05-01')).toBe('working');
    // The same characters split differently are another question.
    expect(cache.get('PL2026', '-05-01')).toBeUndefined();
    expect(cache.size).toBe(2);
  });
  it('returns what it keeps, so a miss reads as one expression', () => {
    const cache = boundedCache<boolean>(10);
    expect(cache.get('PL', '2026-05-04') ?? cache.set('PL', '2026-05-04', false)).toBe(false);
    expect(cache.get('PL', '2026-05-04')).toBe(false);
  });
  it('counts a replaced answer once', () => {
    const cache = boundedCache<number>(10);
    cache.set('a', 'b', 1);
    cache.set('a', 'b', 2);
    expect(cache.size).toBe(1);
    expect(cache.get('a', 'b')).toBe(2);
  });
  it('never holds more than its bound: full, it forgets everything and starts again', () => {
    const cache = boundedCache<number>(100);
    for (let i = 0; i < 1_000; i++) {
      cache.set(`group${i % 7}`, `key${i}`, i);
      expect(cache.size).toBeLessThanOrEqual(100);
    }
    expect(cache.get(`group${999 % 7}`, 'key999')).toBe(999);
    expect(cache.get('group0', 'key0')).toBeUndefined();
  });
  it('refuses a bound below one entry', () => {
    expect(() => boundedCache(0)).toThrow();
    expect(() => boundedCache(1.5)).toThrow();
  });
});
