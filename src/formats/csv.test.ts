import { describe, expect, it } from 'vitest';
import { firstLine, readCsvRows, sniffDelimiter } from './csv';
import { FileFormatError } from './file-format-error';
import type { SheetRow } from './sheet-row';

async function* pieces(text: string, size: number) {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

async function rowsOf(text: string, size = 1_000): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const group of readCsvRows(pieces(text, size))) rows.push(...group);
  return rows;
}

describe('sniffDelimiter', () => {
  it('picks the separator used most outside quotes in the header line', () => {
    expect(sniffDelimiter('Numer;Kwota;Data')).toBe(';');
    expect(sniffDelimiter('Invoice,Amount,Date')).toBe(',');
    expect(sniffDelimiter('Numer\tKwota')).toBe('\t');
    expect(sniffDelimiter('"Kwota, brutto";"Data, wystawienia";Numer')).toBe(';');
    expect(sniffDelimiter('Nazwa')).toBe(',');
  });
});

describe('firstLine', () => {
  it('skips blank lines and keeps line breaks inside quotes', () => {
    expect(firstLine('\n\r\nA;"b\nc";d\nnext')).toBe('A;"b\nc";d');
    expect(firstLine('no line break yet')).toBeNull();
  });
});

describe('readCsvRows', () => {
  it('gives each row the physical line it starts on, across quoted line breaks, CRLF and blank lines', async () => {
    const text = 'a;b\r\n1;2\r\n\r\n"x\r\ny";3\r\n4;"5\n6\n7"\r\n;\r\n8;9';
    for (const size of [1, 3, 1_000]) {
      expect(await rowsOf(text, size)).toEqual([
        { line: 1, cells: ['a', 'b'] },
        { line: 2, cells: ['1', '2'] },
        { line: 4, cells: ['x\r\ny', '3'] },
        { line: 6, cells: ['4', '5\n6\n7'] },
        { line: 10, cells: ['8', '9'] },
      ]);
    }
  });

  it('reads separators inside quotes, doubled quotes, quotes inside values and short rows', async () => {
    expect(await rowsOf('Nazwa,Kwota,Waluta\n"Alfa, Beta",1.5\n"Firma ""ABC""",2,EUR\nFirma "Gamma" sp. z o.o.,3,PLN\n')).toEqual([
      { line: 1, cells: ['Nazwa', 'Kwota', 'Waluta'] },
      { line: 2, cells: ['Alfa, Beta', '1.5'] },
      { line: 3, cells: ['Firma "ABC"', '2', 'EUR'] },
      { line: 4, cells: ['Firma "Gamma" sp. z o.o.', '3', 'PLN'] },
    ]);
  });

  it("follows Excel's sep= line", async () => {
    expect(await rowsOf('sep=;\nNazwa;Kwota\nAlfa, Beta;1,50\n')).toEqual([
      { line: 2, cells: ['Nazwa', 'Kwota'] },
      { line: 3, cells: ['Alfa, Beta', '1,50'] },
    ]);
  });

  it('reports a quote that is never closed on the line the value starts', async () => {
    const failure = await rowsOf('a;b\n1;2\n3;"open\n4;5\n6;7\n', 4).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FileFormatError);
    expect(failure).toMatchObject({ line: 3, message: 'a quoted value is opened but never closed: a `"` is missing' });
  });

  it('reports text after a closing quote', async () => {
    const failure = await rowsOf('a;b\n1;2\n3;"x"y\n').catch((error: unknown) => error);
    expect(failure).toMatchObject({ line: 3, message: 'a quoted value is followed by other characters before the next separator' });
  });
});
