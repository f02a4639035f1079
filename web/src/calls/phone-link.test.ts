import { describe, expect, it } from 'vitest';
import { telHref } from './phone-link';

describe('telHref', () => {
  it('keeps the plus and the digits only', () => {
    expect(telHref('+48 600 100-200')).toBe('tel:+48600100200');
    expect(telHref(' (22) 100 20 30 ')).toBe('tel:221002030');
  });
});
