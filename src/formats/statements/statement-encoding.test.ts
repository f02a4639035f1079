import { describe, expect, it } from 'vitest';
import { decodeCp852, decodeStatementText } from './statement-encoding';
import { readBankStatement } from './read-bank-statement';

const polish = 'Zażółć gęślą jaźń ĄĘŁÓŚŻŹĆŃ';
// The same text in code page 852, byte by byte from the code page's table.
const polishCp852 = [
  0x5a, 0x61, 0xbe, 0xa2, 0x88, 0x86, 0x20, 0x67, 0xa9, 0x98, 0x6c, 0xa5, 0x20, 0x6a, 0x61, 0xab, 0xe4, 0x20, 0xa4, 0xa8,
  0x9d, 0xe0, 0x97, 0xbd, 0x8d, 0x8f, 0xe3,
];
// …and in Windows-1250.
const polishCp1250 = [
  0x5a, 0x61, 0xbf, 0xf3, 0xb3, 0xe6, 0x20, 0x67, 0xea, 0x9c, 0x6c, 0xb9, 0x20, 0x6a, 0x61, 0x9f, 0xf1, 0x20, 0xa5, 0xca,
  0xa3, 0xd3, 0x8c, 0xaf, 0x8f, 0xc6, 0xd1,
];

const ascii = (text: string) => [...Buffer.from(text, 'latin1')];

function statementBytes(title: number[], name: number[]): Uint8Array {
  return Uint8Array.from([
    ...ascii(':20:REF1\r\n:25:PL61109010140000071219812874\r\n:28C:1/1\r\n:60F:C260401PLN0,00\r\n'),
    ...ascii(':61:2604010401CN100,00NTRFNONREF//B1\r\n:86:020~00PRZELEW~20'),
    ...title,
    ...ascii('~32'),
    ...name,
    ...ascii('\r\n:62F:C260401PLN100,00\r\n-\r\n'),
  ]);
}

describe('statement text encodings', () => {
  it('has all 128 upper characters of code page 852', () => {
    expect(decodeCp852(Uint8Array.from(polishCp852))).toBe(polish);
    expect(decodeCp852(Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i))).toHaveLength(128);
  });

  it('reads Polish letters from CP852, Windows-1250 and UTF-8 statements', () => {
    const cases = [
      { bytes: statementBytes(polishCp852, ascii('KOWALSKI')), encoding: 'cp852' },
      { bytes: statementBytes(polishCp1250, ascii('KOWALSKI')), encoding: 'windows-1250' },
      { bytes: statementBytes([...Buffer.from(polish)], ascii('KOWALSKI')), encoding: 'utf-8' },
    ];
    for (const { bytes, encoding } of cases) {
      const file = readBankStatement(bytes, 'wyciag.sta');
      expect(file.encoding).toBe(encoding);
      expect(file.statements[0]!.lines[0]!.title).toBe(polish);
    }
  });

  it('tells CP852 from Windows-1250 by a single name with Polish letters', () => {
    // "ŁÓDŹ" alone: 9D E0 44 8D in CP852, A3 D3 44 8F in Windows-1250.
    expect(decodeStatementText(Uint8Array.from([0x9d, 0xe0, 0x44, 0x8d])).text).toBe('ŁÓDŹ');
    expect(decodeStatementText(Uint8Array.from([0xa3, 0xd3, 0x44, 0x8f])).text).toBe('ŁÓDŹ');
  });

  it('drops a UTF-8 byte-order mark', () => {
    const { text, encoding } = decodeStatementText(Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from(':20:Ł')]));
    expect([text, encoding]).toEqual([':20:Ł', 'utf-8']);
  });
});
