// One entry point for a statement file as the user uploaded it: the format is told
// from the content (not the name — banks name files .txt, .sta, .940, .xml or
// nothing), the text encoding from the bytes.
import { FileFormatError } from '../file-format-error';
import { encodingFromBom } from '../text-decoding';
import type { BankStatementFile, StatementEncoding } from './bank-statement';
import { readCamt053 } from './camt053';
import { readMt940 } from './mt940';
import { decodeStatementText } from './statement-encoding';

/** The statements in an MT940/MT942 or camt.053 file; throws FileFormatError for anything else or anything damaged. */
export function readBankStatement(bytes: Uint8Array, fileName: string): BankStatementFile {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const start = head.replace(/^(?:\uFEFF|ï»¿|þÿ|ÿþ)/, '').replace(/^[\s\x01]+/, '');
  if (start.startsWith('<')) {
    const { text, encoding } = decodeXml(bytes, head);
    return { statements: readCamt053(text), encoding };
  }
  if (/(^|\n):20:/.test(head.replace(/\r/g, '')) || /\{4:\s*(\r?\n)?:20:/.test(head)) {
    const { text, encoding } = decodeStatementText(bytes);
    return { statements: readMt940(text), encoding };
  }
  throw new FileFormatError(
    `${fileName} is not a bank statement this reader knows: expected MT940/MT942 text (starting with ":20:") or camt.053 XML`,
    1,
  );
}

// XML says its encoding in the declaration; without one it is UTF-8.
function decodeXml(bytes: Uint8Array, head: string): { text: string; encoding: StatementEncoding } {
  const bom = encodingFromBom(bytes);
  if (bom && bom.encoding !== 'utf-8') {
    throw new FileFormatError(`the XML file is ${bom.encoding}; save it as UTF-8`, 1);
  }
  const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/.exec(head.replace(/^ï»¿/, ''))?.[1]?.toLowerCase() ?? 'utf-8';
  const encoding: StatementEncoding | null =
    declared === 'utf-8' || declared === 'utf8'
      ? 'utf-8'
      : declared === 'windows-1250' || declared === 'cp1250'
        ? 'windows-1250'
        : declared === 'iso-8859-2' || declared === 'latin2'
          ? 'iso-8859-2'
          : null;
  if (!encoding) throw new FileFormatError(`the XML declares the encoding "${declared}", which this reader does not take`, 1);
  const body = bom ? bytes.subarray(bom.bomLength) : bytes;
  try {
    return { text: new TextDecoder(encoding, { fatal: encoding === 'utf-8' }).decode(body), encoding };
  } catch {
    const valid = new TextDecoder('utf-8').decode(body);
    const line = valid.slice(0, Math.max(0, valid.indexOf('\uFFFD'))).split('\n').length;
    throw new FileFormatError('the XML says it is UTF-8 but this line is not; save the file again as UTF-8', line);
  }
}
