import { describe, expect, it } from 'vitest';
import { jsonField, rowLines, token } from './row-lines';

describe('row lines', () => {
  it('writes a line per row and a tab between fields', () => {
    expect(rowLines([[token('a'), token(1)], [token('b'), jsonField(null)]])).toBe('a\t1\nb\tnull');
  });

  it('refuses a token that would split its line or row', () => {
    for (const bad of ['a\tb', 'a\nb', 'a\rb']) expect(() => token(bad)).toThrow(/not a token/);
  });

  it('writes free text as JSON, in which no tab or line break is left raw', () => {
    const field = jsonField('step\tone\r\nand "two" \\ three');
    expect(field).not.toMatch(/[\t\n\r]/);
    expect(JSON.parse(field)).toBe('step\tone\r\nand "two" \\ three');
    expect(jsonField(undefined)).toBe('null');
  });
});
