// Bank statements as CSV history exports, each bank with its own columns (mBank,
// PKO BP, ING, Millennium, Pekao…): the header row is found among the first lines,
// its columns are recognised by their names or an explicit mapping, and every row
// becomes a statement line. Rows are grouped into one statement per own account and
// currency. All or nothing: the first problem throws FileFormatError with the line and
// the column.
import { readWrittenDate, type WrittenDateFormat } from '../../domain/written-dates';
import type { CurrencyCode } from '../../domain/money';
import { FileFormatError } from '../file-format-error';
import type { BankStatement, Counterparty, StatementAccount, StatementLine } from './bank-statement';
import { currencyOf, numberToMinor, sideOf, splitAmount, type DecimalSeparator } from './csv-amounts';
import { settleDateFormat, settleDecimalSeparator, valueError, type CsvValue } from './csv-conventions';
import { readDescription, type Description } from './csv-description';
import { readPreamble, ibansIn, type PreambleFacts } from './csv-preamble';
import { csvRecords, isBlankRecord, type CsvDelimiter, type CsvRecord } from './csv-records';
import { checkMapping, mappingOf, type CsvColumns } from './csv-statement-columns';
import { declaredDelimiter, locateHeader } from './csv-statement-header';
import type { CsvStatementField } from './csv-statement-fields';
import { counterpartyAccountOf, creditorReferenceInText, tidy } from './statement-fields';

export type CsvStatementOptions = {
  /** Field → the header to read it from, over the recognised one; '' leaves a field unread. */
  mapping?: Record<string, string>;
  /** The way the file writes dates, when its dates cannot tell (every day up to the 12th with "/"). */
  dateFormat?: WrittenDateFormat;
  /** The decimal separator, when the amounts cannot tell ("1,500" and no other). */
  decimalSeparator?: DecimalSeparator;
  /** The currency of rows that name none (no currency column, none beside the amount). */
  currency?: CurrencyCode;
  /** The organization's accounts: a row without a currency takes its account's. */
  knownAccounts?: readonly { iban: string; currency: CurrencyCode }[];
};

/** How the file was read, for the report and for a mapping editor to start from. */
export type CsvStatementLayout = {
  headerLine: number;
  headers: string[];
  /** Field → the header it was read from. */
  mapping: Record<string, string>;
  delimiter: CsvDelimiter;
  dateFormat: WrittenDateFormat | null;
  decimalSeparator: DecimalSeparator | null;
  /** Rows without a booking date (balances, blocked amounts, notes): not transactions. */
  skippedLines: number[];
};

export type CsvStatementRead = { statements: BankStatement[]; layout: CsvStatementLayout };

const AMOUNT_FIELDS = ['amount', 'credit', 'debit'] as const satisfies readonly CsvStatementField[];
const DATE_LIKE = /^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}\b/;

/** Every statement in a CSV export; throws FileFormatError naming the line and column of the first problem. */
export function readCsvStatement(text: string, options: CsvStatementOptions = {}): CsvStatementRead {
  const source = text.replace(/^\uFEFF/, '');
  const mapping = options.mapping ?? {};
  checkMapping(mapping);
  const declared = declaredDelimiter(source);
  const { delimiter, columns } = locateHeader(source, mapping, declared);
  const records = [...csvRecords(source, delimiter)].filter((r) => !(declared && r.line === 1));
  const headerLine = columns.header.line;
  const preamble = readPreamble(records.filter((r) => r.line < headerLine && !isBlankRecord(r)));
  const rows = records.filter((r) => r.line > headerLine && !isBlankRecord(r)).map((record) => rowOf(record, columns));

  // Exports put summaries, balances, blocked amounts and notes among or below the
  // transactions; none has a booking date. A row whose booking date is written like a
  // date is a transaction and must read in full.
  const skippedLines: number[] = [];
  const transactions = rows.filter((row) => {
    if (DATE_LIKE.test(row.text('bookingDate'))) return true;
    skippedLines.push(row.record.line);
    return false;
  });
  for (const row of transactions) {
    if (AMOUNT_FIELDS.every((field) => row.text(field) === '')) {
      throw valueError(row.has('amount') ? row.value('amount') : row.value('credit'), 'the row has a booking date but no amount');
    }
  }

  const valuesOf = (fields: readonly CsvStatementField[]) =>
    transactions.flatMap((row) => fields.map((field) => row.value(field)).filter((value) => value.text !== ''));
  const dateFormat = options.dateFormat ?? settleDateFormat(valuesOf(['bookingDate', 'valueDate']));
  const decimalSeparator = options.decimalSeparator ?? settleDecimalSeparator(valuesOf(AMOUNT_FIELDS));

  const reader: RowReader = {
    options,
    preamble,
    headerCurrency: headerCurrencyOf(columns),
    dateFormat,
    // Whole amounts only: either separator reads them alike.
    decimalSeparator: decimalSeparator ?? ',',
  };
  const lines = transactions.map((row) => readLine(row, reader));
  return {
    statements: groupIntoStatements(lines),
    layout: {
      headerLine,
      headers: columns.header.cells,
      mapping: mappingOf(columns),
      delimiter,
      dateFormat,
      decimalSeparator,
      skippedLines,
    },
  };
}

/** A data row: its cells by field. */
type Row = {
  record: CsvRecord;
  has(field: CsvStatementField): boolean;
  /** The cell's text; '' for a field without a column. */
  text(field: CsvStatementField): string;
  /** The cell with its place, for messages. */
  value(field: CsvStatementField): CsvValue;
  description(): Description;
};

function rowOf(record: CsvRecord, { header, columns, titleContinuation }: CsvColumns): Row {
  const text = (field: CsvStatementField) => {
    const index = columns.get(field);
    return index === undefined ? '' : (record.cells[index] ?? '');
  };
  return {
    record,
    has: (field) => columns.has(field),
    text,
    value(field) {
      const index = columns.get(field);
      return { line: record.line, field, column: index === undefined ? field : (header.cells[index] ?? field), text: text(field) };
    },
    description: () => readDescription([text('title'), ...titleContinuation.map((i) => record.cells[i] ?? '')]),
  };
}

type RowReader = {
  options: CsvStatementOptions;
  preamble: PreambleFacts;
  /** A currency the amount column's header names: "Betrag (EUR)", "Kwota [PLN]". */
  headerCurrency: CurrencyCode | null;
  dateFormat: WrittenDateFormat | null;
  decimalSeparator: DecimalSeparator;
};

type ReadLine = { account: StatementAccount; line: StatementLine };

function readLine(row: Row, reader: RowReader): ReadLine {
  const bookingDate = dateOf(row.value('bookingDate'), reader.dateFormat);
  const valueDate = row.text('valueDate') === '' ? bookingDate : dateOf(row.value('valueDate'), reader.dateFormat);
  const account = accountOf(row, reader.preamble);
  const { amountMinor, currency, direction } = amountOf(row, account, reader);
  const description = row.description();
  const title = tidy(description.title) ?? '';
  const line: StatementLine = {
    bookingDate,
    valueDate,
    amountMinor,
    currency,
    direction,
    reversal: false,
    status: 'booked',
    bankReference: tidy(row.text('bankReference')),
    customerReference: null,
    transactionCode: tidy(row.text('transactionCode')),
    counterparty: counterpartyOf(row, description, direction),
    title,
    creditorReference: creditorReferenceInText(title),
    structuredReference: null,
    endToEndId: tidy(row.text('endToEndId')),
    raw: row.record.raw,
    sourceLine: row.record.line,
  };
  return { account, line };
}

function dateOf(value: CsvValue, format: WrittenDateFormat | null): string {
  const date = format ? readWrittenDate(value.text, format) : null;
  if (!date) throw valueError(value, `"${value.text}" is not a date written as ${format}`);
  return date;
}

// The row's own account when it names a valid one; else the one the preamble names
// (the row may hold just the account's name, "Konto Direct", or a masked number);
// else whatever the row says, or nothing known (''): then lines are known by date,
// amount and title alone.
function accountOf(row: Row, preamble: PreambleFacts): StatementAccount {
  const written = withoutQuoteMarks(row.text('account'));
  const [found] = ibansIn(written);
  if (found) return { iban: found.iban, number: written };
  return preamble.account ?? { iban: null, number: written };
}

type Amount = { amountMinor: number; currency: CurrencyCode; direction: 'credit' | 'debit' };

function amountOf(row: Row, account: StatementAccount, reader: RowReader): Amount {
  if (row.has('amount')) {
    const value = row.value('amount');
    const parts = splitAmount(value.text);
    if (!parts) throw valueError(value, `"${value.text}" is not an amount`);
    const currency = currencyFor(row, parts.currency, account, reader);
    const amountMinor = minorOf(value, parts.number, currency, reader);
    if (!row.has('side')) return { amountMinor, currency, direction: parts.negative ? 'debit' : 'credit' };
    const sideValue = row.value('side');
    const side = sideOf(sideValue.text);
    if (!side) throw valueError(sideValue, `"${sideValue.text}" says neither credit nor debit`);
    if (parts.negative && side === 'credit') {
      throw valueError(value, `"${value.text}" is negative, but column "${sideValue.column}" says credit`);
    }
    return { amountMinor, currency, direction: side };
  }
  const credit = row.value('credit');
  const debit = row.value('debit');
  const creditParts = credit.text === '' ? null : splitAmount(credit.text);
  const debitParts = debit.text === '' ? null : splitAmount(debit.text);
  if (credit.text !== '' && !creditParts) throw valueError(credit, `"${credit.text}" is not an amount`);
  if (debit.text !== '' && !debitParts) throw valueError(debit, `"${debit.text}" is not an amount`);
  if (creditParts?.negative) throw valueError(credit, `"${credit.text}" is negative: a credit is money in`);
  const currency = currencyFor(row, creditParts?.currency ?? debitParts?.currency ?? null, account, reader);
  const creditMinor = creditParts ? minorOf(credit, creditParts.number, currency, reader) : 0;
  // Some banks write debits negative (Millennium), others as plain numbers in their column.
  const debitMinor = debitParts ? minorOf(debit, debitParts.number, currency, reader) : 0;
  if (creditMinor > 0 && debitMinor > 0) {
    throw valueError(debit, `the row has both a credit ("${credit.text}") and a debit ("${debit.text}")`);
  }
  if (debitMinor > 0) return { amountMinor: debitMinor, currency, direction: 'debit' };
  return { amountMinor: creditMinor, currency, direction: 'credit' };
}

function minorOf(value: CsvValue, number: string, currency: CurrencyCode, reader: RowReader): number {
  const read = numberToMinor(number, reader.decimalSeparator, currency);
  if (!read.ok) throw valueError(value, read.reason);
  return read.amountMinor;
}

// The currency column, else a code beside the amount or in the amount column's header,
// else the caller's default, the preamble's, or the organization's account's; a column
// and an amount that disagree are an error.
function currencyFor(row: Row, besideAmount: CurrencyCode | null, account: StatementAccount, reader: RowReader): CurrencyCode {
  const value = row.value('currency');
  let currency: CurrencyCode | null = null;
  if (value.text !== '') {
    currency = currencyOf(value.text);
    if (!currency) throw valueError(value, `"${value.text}" is not a currency code`);
  }
  if (besideAmount && currency && besideAmount !== currency) {
    throw valueError(value, `the amount is in ${besideAmount}, but the column says ${currency}`);
  }
  currency ??=
    besideAmount ??
    reader.headerCurrency ??
    reader.options.currency ??
    reader.preamble.currency ??
    reader.options.knownAccounts?.find((known) => known.iban === account.iban)?.currency ??
    null;
  if (!currency) {
    const lookup = account.iban
      ? `the account ${account.iban} is not one of the organization's bank accounts`
      : `no account number to look up among the organization's bank accounts`;
    throw new FileFormatError(
      `the row names no currency: the file has no currency column, no code beside its amounts, and ${lookup}; give the statement's currency with the import`,
      row.record.line,
      'currency',
      'currency',
    );
  }
  return currency;
}

// A credit's counterparty is its payer. A debit's is its recipient, read from the
// recipient's own columns when the file names payer and recipient apart (the payer of
// a debit is the account holder).
function counterpartyOf(row: Row, description: Description, direction: 'credit' | 'debit'): Counterparty {
  const pick = (field: CsvStatementField & keyof Description['labelled']) => row.text(field) || description.labelled[field] || '';
  const recipientApart =
    row.has('recipientName') ||
    row.has('recipientAccount') ||
    description.labelled.recipientName !== undefined ||
    description.labelled.recipientAccount !== undefined;
  const fromRecipient = direction === 'debit' && recipientApart;
  return {
    name: tidy(pick(fromRecipient ? 'recipientName' : 'counterpartyName')),
    account: counterpartyAccountOf(withoutQuoteMarks(pick(fromRecipient ? 'recipientAccount' : 'counterpartyAccount'))),
    bankCode: null,
    address: fromRecipient ? null : tidy(pick('counterpartyAddress')),
  };
}

function headerCurrencyOf({ header, columns }: CsvColumns): CurrencyCode | null {
  const index = columns.get('amount') ?? columns.get('credit');
  const note = /[([]\s*([A-Z]{3}|zł|€)\s*[)\]]/.exec(index === undefined ? '' : (header.cells[index] ?? ''));
  return note ? currencyOf(note[1]!) : null;
}

// mBank writes account numbers as '49102055581111123412341234' so that a spreadsheet keeps them text.
function withoutQuoteMarks(text: string): string {
  return text.replace(/^'(.*)'$|^'/, '$1');
}

function groupIntoStatements(lines: readonly ReadLine[]): BankStatement[] {
  const groups = new Map<string, { account: StatementAccount; currency: CurrencyCode; lines: StatementLine[] }>();
  for (const { account, line } of lines) {
    const key = `${account.iban ?? account.number}|${line.currency}`;
    const group = groups.get(key) ?? { account, currency: line.currency, lines: [] };
    group.lines.push(line);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ account, currency, lines: statementLines }) => {
    const dates = statementLines.map((l) => l.bookingDate).sort();
    return {
      format: 'csv',
      formatVersion: null,
      // A CSV export has no statement number: the period it covers names it.
      statementId: `${dates[0]}..${dates[dates.length - 1]}`,
      sequence: null,
      account,
      currency,
      openingBalance: null,
      closingBalance: null,
      closingAvailableBalance: null,
      forwardAvailableBalances: [],
      createdAt: null,
      debitTotals: null,
      creditTotals: null,
      information: null,
      lines: statementLines,
    };
  });
}
