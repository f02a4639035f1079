// One entry point for a statement file as the user uploaded it: the format is told
// from the content (not the name — banks name files .txt, .sta, .940, .csv, .xml or
// nothing), the text encoding from the bytes.
import { FileFormatError } from '../file-format-error';
import { decodeXml } from '../xml/xml-tree';
import type { BankStatementFile, StatementEncoding } from './bank-statement';
import { readCamt053 } from './camt053';
import { readCsvStatement, type CsvStatementOptions } from './csv-statement';
import { CsvHeaderError } from './csv-statement-columns';
import { readMt940 } from './mt940';
import { decodeStatementText } from './statement-encoding';
import { statementFileKind } from './statement-file-kind';

/**
 * The statements in an MT940/MT942, camt.053 or CSV file; throws FileFormatError for
 * anything else or anything damaged. `csv` says how to read a CSV export (column
 * mapping, date format, decimal separator, default currency); other formats ignore it.
 */
export function readBankStatement(bytes: Uint8Array, fileName: string, csv: CsvStatementOptions = {}): BankStatementFile {
  switch (statementFileKind(bytes)) {
    case 'xml': {
      const { text, encoding } = decodeXml(bytes);
      const statementEncoding = statementEncodingOf(encoding);
      return { statements: readCamt053(text), encoding: statementEncoding };
    }
    case 'mt940': {
      const { text, encoding } = decodeStatementText(bytes);
      return { statements: readMt940(text), encoding };
    }
    case 'csv': {
      const { text, encoding } = decodeStatementText(bytes);
      try {
        const { statements, layout } = readCsvStatement(text, csv);
        return { statements, encoding, csvLayout: layout };
      } catch (error) {
        if (!(error instanceof CsvHeaderError) || Object.keys(csv.mapping ?? {}).length > 0) throw error;
        throw new FileFormatError(`${fileName} is not a bank statement this reader knows (${KNOWN}); read as CSV: ${error.message}`, error.line, error.field);
      }
    }
    case null:
      throw new FileFormatError(`${fileName} is not a bank statement this reader knows: expected ${KNOWN}`, 1);
  }
}

const KNOWN = 'MT940/MT942 text starting with ":20:", camt.053 XML, or a CSV export with a header row';

// camt.053 comes in UTF-8 or, from older exports, in one of the Polish single-byte pages.
const XML_STATEMENT_ENCODINGS: readonly StatementEncoding[] = ['utf-8', 'windows-1250', 'iso-8859-2'];

function statementEncodingOf(encoding: string): StatementEncoding {
  const known = XML_STATEMENT_ENCODINGS.find((candidate) => candidate === encoding);
  if (!known) {
    throw new FileFormatError(`the XML file is in ${encoding.toUpperCase()}, which this reader does not take; save it as UTF-8`, 1);
  }
  return known;
}
