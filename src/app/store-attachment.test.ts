import { describe, expect, it } from 'vitest';
import { safeFileName } from './store-attachment';

describe('safeFileName', () => {
  it('keeps the last path part and drops quotes and control characters', () => {
    expect(safeFileName('C:\\Users\\anna\\umowa.pdf')).toBe('umowa.pdf');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('Umowa "ząb"\r\n.pdf')).toBe('Umowa ząb.pdf');
  });

  it('never leaves an empty or dot-only name', () => {
    expect(safeFileName('')).toBe('file');
    expect(safeFileName('dir/..')).toBe('file');
    expect(safeFileName('   ')).toBe('file');
  });
});
