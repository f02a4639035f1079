import { describe, expect, it } from 'vitest';
import { contentDisposition } from './attachments';

describe('contentDisposition', () => {
  it('always downloads, with an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('faktura.pdf')).toBe(`attachment; filename="faktura.pdf"; filename*=UTF-8''faktura.pdf`);
    expect(contentDisposition("Żółć (1)'s.pdf")).toBe(
      `attachment; filename="____ (1)'s.pdf"; filename*=UTF-8''%C5%BB%C3%B3%C5%82%C4%87%20%281%29%27s.pdf`,
    );
  });

  it('cannot be broken out of by quotes or backslashes', () => {
    expect(contentDisposition('a"b\\c.txt')).toBe(`attachment; filename="a_b_c.txt"; filename*=UTF-8''a%22b%5Cc.txt`);
  });
});
