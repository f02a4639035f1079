// One entry point for e-invoice files: a single XML document (KSeF or UBL) or a ZIP
// batch of them. Each document gets its own outcome, so one bad file in a batch of a
// hundred is reported by name and the rest still read.
import { FileFormatError } from '../file-format-error';
import { decodeXml, parseXml } from '../xml/xml-tree';
import type { EInvoice, EInvoiceRead, EInvoiceRefusal } from './e-invoice';
import { ksefVersionOf, readKsefInvoice } from './ksef';
import { readUblInvoice, ublDocumentOf } from './ubl';
import { looksLikeZip, readZipEntries } from './zip';

export type EInvoiceReading = { fileName: string } & (
  | { outcome: 'invoice'; invoice: EInvoice }
  | { outcome: 'refused'; refusal: EInvoiceRefusal }
  | { outcome: 'error'; error: FileFormatError }
);

/**
 * Reads an e-invoice file or a ZIP of them. Throws FileFormatError only when the
 * archive itself cannot be read; problems with one document come back as its outcome.
 */
export function readEInvoices(bytes: Uint8Array, fileName: string): EInvoiceReading[] {
  if (!looksLikeZip(bytes)) return [readOne(bytes, fileName)];
  return readZipEntries(bytes)
    .filter((entry) => !isArchiverLitter(entry.name))
    .map((entry) => {
      if ('error' in entry) return { fileName: entry.name, outcome: 'error', error: entry.error };
      if (!/\.xml$/i.test(entry.name)) {
        return { fileName: entry.name, outcome: 'error', error: new FileFormatError(`${entry.name} is not an XML file; a batch may hold only KSeF or UBL XML invoices`) };
      }
      return readOne(entry.bytes, entry.name);
    });
}

/** Reads one XML document as a KSeF or UBL invoice; throws FileFormatError when it is neither. */
export function readEInvoiceXml(bytes: Uint8Array): EInvoiceRead {
  const root = parseXml(decodeXml(bytes).text);
  if (ksefVersionOf(root)) return readKsefInvoice(root);
  if (ublDocumentOf(root)) return readUblInvoice(root);
  const namespace = root.namespace === '' ? 'no namespace' : `namespace "${root.namespace}"`;
  throw new FileFormatError(
    `line ${root.line}: the root element <${root.path}> in ${namespace} is not an e-invoice Duly reads ` +
      '(KSeF FA(2) or FA(3) <Faktura>, or UBL 2.1 <Invoice> or <CreditNote>)',
    root.line,
  );
}

function readOne(bytes: Uint8Array, fileName: string): EInvoiceReading {
  try {
    const read = readEInvoiceXml(bytes);
    return read.accepted
      ? { fileName, outcome: 'invoice', invoice: read.invoice }
      : { fileName, outcome: 'refused', refusal: read.refusal };
  } catch (error) {
    if (error instanceof FileFormatError) return { fileName, outcome: 'error', error };
    throw error;
  }
}

// Finder and Explorer add these beside the real files; they are no one's invoices.
function isArchiverLitter(name: string): boolean {
  return name.startsWith('__MACOSX/') || /(?:^|\/)(?:\.DS_Store|Thumbs\.db|desktop\.ini)$/i.test(name);
}
