import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { zip } from '../../../test/import/zip-archive';
import { FileFormatError } from '../file-format-error';
import { readEInvoices, readEInvoiceXml } from './read-e-invoices';

const fixtures = fileURLToPath(new URL('../../../test/fixtures/einvoice', import.meta.url));
const allFixtures = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return allFixtures(path);
    return /\.xml$/i.test(name) ? [path] : [];
  });


const file = (path: string) => new Uint8Array(readFileSync(join(fixtures, path)));
const text = (s: string) => new TextEncoder().encode(s);

describe('readEInvoices', () => {
  it('reads or refuses every sample file, none failing', () => {
    const outcomes = allFixtures(fixtures).map((path) => {
      const [reading] = readEInvoices(new Uint8Array(readFileSync(path)), relative(fixtures, path));
      return [reading!.fileName, reading!.outcome];
    });
    expect(Object.fromEntries(outcomes)).toEqual({
      'ksef/fa2/korygujaca/FA_2_Przyklad_2.xml': 'invoice',
      'ksef/fa2/podstawowa/FA_2_Przyklad_19.xml': 'invoice',
      'ksef/fa2/podstawowa/FA_2_Przyklad_4.xml': 'refused',
      'ksef/fa2/podstawowa/FA_2_Przyklad_9.xml': 'invoice',
      'ksef/fa2/uproszczona/FA_2_Przyklad_15.xml': 'invoice',
      'ksef/fa2/zaliczkowa/FA_2_Przyklad_10.xml': 'refused',
      'ksef/fa3/korygujaca/FA_3_Przyklad_1.xml': 'invoice',
      'ksef/fa3/korygujaca/FA_3_Przyklad_4.xml': 'invoice',
      'ksef/fa3/obciazeniowa/FA_3_obciazeniowa.xml': 'invoice',
      'ksef/fa3/podstawowa/FA_3_Przyklad_1.xml': 'invoice',
      'ksef/fa3/podstawowa/FA_3_Przyklad_2.xml': 'refused',
      'ksef/fa3/podstawowa/FA_3_Przyklad_4_EUR.xml': 'refused',
      'ksef/fa3/podstawowa/FA_3_Przyklad_5.xml': 'invoice',
      'ksef/fa3/podstawowa/FA_3_przyklad_rachunek_bankowy_faktora.xml': 'invoice',
      'ksef/fa3/zaliczkowa/FA_3_Przyklad_3.xml': 'refused',
      'ubl/BIS3_Invoice_positive.XML': 'invoice',
      'ubl/ubl-tc434-creditnote1.xml': 'invoice',
      'ubl/ubl-tc434-example1.xml': 'invoice',
      'ubl/ubl-tc434-example2.xml': 'invoice',
      'ubl/ubl-tc434-example4.xml': 'invoice',
    });
  });

  it('reads a ZIP batch, deflated and stored, each document by its name', () => {
    const bytes = zip([
      { name: 'batch/', data: new Uint8Array(), method: 0 },
      { name: 'batch/FA_2_Przyklad_9.xml', data: file('ksef/fa2/podstawowa/FA_2_Przyklad_9.xml') },
      { name: 'batch/zaliczka.xml', data: file('ksef/fa3/zaliczkowa/FA_3_Przyklad_3.xml'), method: 0 },
      { name: 'batch/note.xml', data: file('ubl/ubl-tc434-creditnote1.xml') },
      { name: '__MACOSX/batch/._note.xml', data: text('junk') },
      { name: 'batch/broken.xml', data: text('<Faktura><Fa></Faktura>') },
      { name: 'batch/scan.pdf', data: text('%PDF-1.4') },
    ]);
    const readings = readEInvoices(bytes, 'ksef-batch.zip');
    expect(readings.map((r) => [r.fileName, r.outcome])).toEqual([
      ['batch/FA_2_Przyklad_9.xml', 'invoice'],
      ['batch/zaliczka.xml', 'refused'],
      ['batch/note.xml', 'invoice'],
      ['batch/broken.xml', 'error'],
      ['batch/scan.pdf', 'error'],
    ]);
    const first = readings[0]!;
    expect(first.outcome === 'invoice' && first.invoice.grossTotalMinor).toBe(276000);
    const broken = readings[3]!;
    expect(broken.outcome === 'error' && broken.error.message).toBe('line 1: expected </Fa> (opened on line 1), found </Faktura> inside Faktura/Fa');
    const pdf = readings[4]!;
    expect(pdf.outcome === 'error' && pdf.error.message).toContain('batch/scan.pdf is not an XML file');
  });

  it('reports encrypted entries, unknown methods and bad checksums by entry, and reads the rest', () => {
    const good = file('ksef/fa2/podstawowa/FA_2_Przyklad_19.xml');
    const bytes = zip([
      { name: 'secret.xml', data: good, flags: 1 },
      { name: 'bzip.xml', data: good, method: 0 },
      { name: 'damaged.xml', data: good, crc: 12345 },
      { name: 'ok.xml', data: good },
    ]);
    // Method 12 (bzip2) for the second entry, set in both headers.
    const view = new DataView(bytes.buffer);
    const dirStart = view.getUint32(bytes.length - 6, true);
    view.setUint16(dirStart + 46 + 'secret.xml'.length + 10, 12, true);
    const readings = readEInvoices(bytes, 'batch.zip');
    expect(readings.map((r) => [r.fileName, r.outcome, r.outcome === 'error' ? r.error.message : ''])).toEqual([
      ['secret.xml', 'error', 'secret.xml in the archive is encrypted; Duly reads only archives without a password'],
      ['bzip.xml', 'error', 'bzip.xml in the archive is compressed with method 12; only stored (0) and deflate (8) are read'],
      ['damaged.xml', 'error', 'damaged.xml in the archive is damaged: its content does not match the checksum'],
      ['ok.xml', 'invoice', ''],
    ]);
  });

  it('refuses a cut-short archive and a ZIP64 one as a whole', () => {
    const bytes = zip([{ name: 'a.xml', data: file('ksef/fa2/podstawowa/FA_2_Przyklad_19.xml') }]);
    expect(() => readEInvoices(bytes.subarray(0, bytes.length - 10), 'cut.zip')).toThrow(/end of its directory is missing/);
    const zip64 = new Uint8Array(bytes);
    new DataView(zip64.buffer).setUint32(zip64.length - 6, 0xffffffff, true);
    expect(() => readEInvoices(zip64, 'big.zip')).toThrow(/ZIP64 archive, which is not supported/);
  });
});

describe('malformed XML and foreign documents', () => {
  const error = (xml: string) => {
    try {
      readEInvoiceXml(text(xml));
    } catch (e) {
      expect(e).toBeInstanceOf(FileFormatError);
      return (e as Error).message;
    }
    throw new Error('no error');
  };

  it('names the place of malformed XML', () => {
    expect(error('<Faktura>\n  <Fa>\n    <P_15>1</P_16>\n  </Fa>\n</Faktura>')).toBe(
      'line 3: expected </P_15> (opened on line 3), found </P_16> inside Faktura/Fa/P_15',
    );
    expect(error('<Faktura>\n<Fa>\n')).toBe('the file ends before <Fa> (line 2, Faktura/Fa) is closed');
    expect(error('<a>\n<b x="1" x="2"/></a>')).toBe('line 2: attribute x appears twice in <b> inside a');
    expect(error('<a>AT&T</a>')).toContain('a bare "&" must be written as "&amp;"');
    expect(error('<p:a><b/></p:a>')).toBe('line 1: the prefix "p" of <p:a> is not bound to a namespace');
    expect(error('<!DOCTYPE a [<!ENTITY x "y">]><a/>')).toContain('DOCTYPE and entity declarations are not accepted');
    expect(error('<a/><b/>')).toContain('a second root element <b>');
    expect(error('')).toBe('the file holds no XML element');
  });

  it('names a wrong root and an unknown KSeF namespace', () => {
    expect(error('<?xml version="1.0"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"/>')).toBe(
      'line 2: the root element <Document> in namespace "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02" is not an e-invoice Duly reads ' +
        '(KSeF FA(2) or FA(3) <Faktura>, or UBL 2.1 <Invoice> or <CreditNote>)',
    );
    expect(error('<Faktura xmlns="http://crd.gov.pl/wzor/2021/11/29/11089/"/>')).toContain('<Faktura> in namespace "http://crd.gov.pl/wzor/2021/11/29/11089/"');
  });

  it('decodes a declared Windows-1250 file and refuses invalid UTF-8', () => {
    const ns = 'http://crd.gov.pl/wzor/2023/06/29/12648/';
    const body = `<?xml version="1.0" encoding="windows-1250"?><Faktura xmlns="${ns}"><Podmiot1><DaneIdentyfikacyjne><NIP>5451824119</NIP></DaneIdentyfikacyjne></Podmiot1><Podmiot2><DaneIdentyfikacyjne><NIP>1111111111</NIP><Nazwa>Łódź Sp. z o.o.</Nazwa></DaneIdentyfikacyjne></Podmiot2><Fa><KodWaluty>PLN</KodWaluty><P_1>2026-01-02</P_1><P_2>1</P_2><P_15>10</P_15><RodzajFaktury>VAT</RodzajFaktury></Fa></Faktura>`;
    const cp1250 = new Uint8Array([...body].map((ch) => (ch === 'Ł' ? 0xa3 : ch === 'ó' ? 0xf3 : ch === 'ź' ? 0x9f : ch.charCodeAt(0))));
    const read = readEInvoiceXml(cp1250);
    expect(read.accepted && read.invoice.buyer.name).toBe('Łódź Sp. z o.o.');
    const utf8Declared = text(body.replace('windows-1250', 'UTF-8'));
    expect(() => readEInvoiceXml(cp1250.map((b, i) => (i < 40 ? utf8Declared[i]! : b)))).toThrow(/not valid UTF-8 text/);
  });
});
