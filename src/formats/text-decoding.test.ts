import { describe, expect, it } from 'vitest';
import { FileFormatError } from './file-format-error';
import { decodeText, encodingFromBom, guessEncoding } from './text-decoding';

// "Zażółć gęślą jaźń" and the capitals, in Windows-1250 bytes.
const polishCp1250 = Buffer.from([
  0x5a, 0x61, 0xbf, 0xf3, 0xb3, 0xe6, 0x20, 0x67, 0xea, 0x9c, 0x6c, 0xb9, 0x20, 0x6a, 0x61, 0x9f, 0xf1, 0x20, 0xa5, 0xca,
  0xa3, 0xd3, 0x8c, 0xaf, 0x8f, 0xc6, 0xd1,
]);
const polishText = 'Zażółć gęślą jaźń ĄĘŁÓŚŻŹĆŃ';

async function* pieces(bytes: Buffer, size: number) {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function decodeAll(bytes: Buffer, size = 5) {
  const decoded = decodeText(pieces(bytes, size));
  let text = '';
  for await (const chunk of decoded.chunks) text += chunk;
  return { text, encoding: decoded.encoding() };
}

describe('encodingFromBom', () => {
  it('knows the UTF-8 and UTF-16 byte-order marks', () => {
    expect(encodingFromBom(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ encoding: 'utf-8', bomLength: 3 });
    expect(encodingFromBom(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toEqual({ encoding: 'utf-16le', bomLength: 2 });
    expect(encodingFromBom(Buffer.from('Kod;Nazwa'))).toBeNull();
  });
});

describe('guessEncoding', () => {
  it('takes valid UTF-8 as UTF-8 and anything else as Windows-1250', () => {
    expect(guessEncoding(Buffer.from(polishText))).toBe('utf-8');
    expect(guessEncoding(polishCp1250)).toBe('windows-1250');
  });

  it('forgives a character cut at the end only when more bytes follow', () => {
    const cut = Buffer.from('ł').subarray(0, 1);
    expect(guessEncoding(cut, false)).toBe('utf-8');
    expect(guessEncoding(cut, true)).toBe('windows-1250');
  });
});

describe('decodeText', () => {
  it('reads Windows-1250 with every Polish letter intact', async () => {
    expect(await decodeAll(polishCp1250)).toEqual({ text: polishText, encoding: 'windows-1250' });
  });

  it('reads UTF-8 with and without a BOM, also when a character is split between chunks', async () => {
    const utf8 = Buffer.from(`${polishText}\n`);
    for (const size of [1, 2, 3, 7, 64]) {
      expect(await decodeAll(utf8, size)).toEqual({ text: `${polishText}\n`, encoding: 'utf-8' });
      expect(await decodeAll(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), size)).toEqual({
        text: `${polishText}\n`,
        encoding: 'utf-8',
      });
    }
  });

  it('waits for the first non-ASCII byte, however late, before choosing', async () => {
    const ascii = 'Kod;Nazwa\n'.repeat(20_000);
    const late = Buffer.concat([Buffer.from(ascii), polishCp1250]);
    expect(await decodeAll(late, 65_536)).toEqual({ text: ascii + polishText, encoding: 'windows-1250' });
    const plain = await decodeAll(Buffer.from('Kod;Nazwa\nK1;Alfa\n'));
    expect(plain).toEqual({ text: 'Kod;Nazwa\nK1;Alfa\n', encoding: 'ascii' });
  });

  it('reads UTF-16 marked by its BOM', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kod\tNazwa\nK1\tŁódź\n', 'utf16le')]);
    expect(await decodeAll(utf16, 3)).toEqual({ text: 'Kod\tNazwa\nK1\tŁódź\n', encoding: 'utf-16le' });
  });

  it('refuses a file that turns from UTF-8 into another encoding, naming the line', async () => {
    const start = `Kod;Nazwa\nK1;Łódź\n${'K2;Kraków\n'.repeat(1_000)}`;
    const mixed = Buffer.concat([Buffer.from(start), Buffer.from('K3;'), polishCp1250]);
    for (const size of [100, 100_000]) {
      const failure = await decodeAll(mixed, size).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(FileFormatError);
      expect((failure as FileFormatError).line).toBe(1_003);
    }
  });
});
