// SWIFT MT940 (customer statement) and MT942 (interim transaction report) as banks
// export them for download. One file may hold several statements; each `:61:` line
// is one booking, and the `:86:` right after it describes it (see mt940-details.ts).
import { isIsoDate, type IsoDate } from '../../domain/dates';
import type { CurrencyCode } from '../../domain/money';
import { FileFormatError } from '../file-format-error';
import type { BankStatement, EntryTotals, StatementBalance, StatementLine } from './bank-statement';
import { readTransactionDetails } from './mt940-details';
import { rawTag, splitMt940Messages, type Mt940Message, type Mt940Tag } from './mt940-tags';
import { creditorReferenceInText, creditorReferenceOf, decimalToMinor, isCurrencyLike, statementAccountOf } from './statement-fields';

/** Every statement in MT940/MT942 text; throws FileFormatError naming the line of the first problem. */
export function readMt940(text: string): BankStatement[] {
  const messages = splitMt940Messages(text);
  if (messages.length === 0) throw new FileFormatError('no MT940/MT942 statement found: no ":20:" tag', 1);
  return messages.map(readMessage);
}

function readMessage(message: Mt940Message): BankStatement {
  const tags = message.tags;
  const interim = tags.some((t) => t.tag === '13D' || t.tag === '13' || t.tag === '34F');
  const first = (...ids: string[]) => tags.find((t) => ids.includes(t.tag));
  const statementId = oneLine(tags[0]!).trim();
  if (statementId === '') throw new FileFormatError('the statement reference :20: is empty', message.line);
  const accountTag = first('25');
  if (!accountTag || oneLine(accountTag).trim() === '') {
    throw new FileFormatError(`statement ${statementId} has no account (:25:)`, message.line);
  }

  const statement: BankStatement = {
    format: interim ? 'mt942' : 'mt940',
    formatVersion: null,
    statementId,
    sequence: first('28C', '28') ? oneLine(first('28C', '28')!).trim() || null : null,
    account: statementAccountOf(oneLine(accountTag)),
    currency: '',
    openingBalance: null,
    closingBalance: null,
    closingAvailableBalance: null,
    forwardAvailableBalances: [],
    createdAt: null,
    debitTotals: null,
    creditTotals: null,
    information: null,
    lines: [],
  };

  let pendingLine: { line: StatementLine; tag: Mt940Tag } | null = null;
  const flush = (details: Mt940Tag | null) => {
    if (!pendingLine) return;
    statement.lines.push(details ? withDetails(pendingLine.line, details) : pendingLine.line);
    pendingLine = null;
  };

  for (const tag of tags) {
    switch (tag.tag) {
      case '60F':
      case '60M':
        statement.openingBalance = readBalance(tag, tag.tag === '60M');
        statement.currency ||= statement.openingBalance.currency;
        break;
      case '62F':
      case '62M':
        flush(null);
        statement.closingBalance = readBalance(tag, tag.tag === '62M');
        statement.currency ||= statement.closingBalance.currency;
        break;
      case '64':
        statement.closingAvailableBalance = readBalance(tag, false);
        break;
      case '65':
        statement.forwardAvailableBalances.push(readBalance(tag, false));
        break;
      case '34F':
        statement.currency ||= readFloorLimitCurrency(tag);
        break;
      case '13D':
      case '13':
        statement.createdAt = readDateTimeIndication(tag);
        break;
      case '90D':
        statement.debitTotals = readTotals(tag);
        break;
      case '90C':
        statement.creditTotals = readTotals(tag);
        break;
      case '61': {
        flush(null);
        if (!statement.currency) {
          throw new FileFormatError(
            'the amount has no currency: the statement gives none (:60F: or :34F:) before its first :61:',
            tag.line,
          );
        }
        pendingLine = { line: readStatementLine(tag, statement.currency), tag };
        break;
      }
      case '86':
        if (pendingLine) flush(tag);
        else statement.information = [statement.information, tag.lines.join(' ').trim()].filter(Boolean).join(' ');
        break;
      default:
        // :20:, :21:, :25:, :28C: are read above; other tags (:NS: and bank-specific
        // ones) carry nothing a statement line needs.
        break;
    }
  }
  flush(null);
  // Some banks leave the closing balance out (mBank's IPH reports end with "-"), so
  // only a statement that also lacks its end marker is taken as cut off.
  if (!interim && !statement.closingBalance && !message.terminated) {
    throw new FileFormatError(
      `statement ${statementId} ends without its closing balance (:62F:) and without "-": the file is cut off`,
      tags[tags.length - 1]!.line,
    );
  }
  if (!statement.currency) {
    throw new FileFormatError(`statement ${statementId} names no currency (no :60F:, :62F: or :34F:)`, message.line);
  }
  return statement;
}

function oneLine(tag: Mt940Tag): string {
  return tag.lines.join('');
}

// :60F:C170119PLN0,40 — D/C mark, date, currency, amount.
function readBalance(tag: Mt940Tag, intermediate: boolean): StatementBalance {
  const text = oneLine(tag).trim();
  const match = /^([CD])(\d{6})([A-Z]{3})([\d,]+)$/.exec(text);
  if (!match) {
    const reason = /^[CD]\d{6}[\d,]+$/.test(text)
      ? 'the amount has no currency'
      : 'expected D/C mark, date YYMMDD, currency and amount (C170119PLN0,40)';
    throw new FileFormatError(`balance :${tag.tag}: "${text}": ${reason}`, tag.line);
  }
  const currency = match[3]!;
  const amountMinor = amountOf(match[4]!, currency, tag);
  return {
    date: dateOf(match[2]!, tag, 'date'),
    amountMinor: match[1] === 'D' ? -amountMinor : amountMinor,
    currency,
    intermediate,
  };
}

function readFloorLimitCurrency(tag: Mt940Tag): CurrencyCode {
  const match = /^([A-Z]{3})[CD]?[\d,]+$/.exec(oneLine(tag).trim());
  if (!match) throw new FileFormatError(`floor limit :34F: "${oneLine(tag).trim()}": expected currency and amount (PLN0,00)`, tag.line);
  return match[1]!;
}

// :13D:1701191815+0100 — date, time and UTC offset when the report was made.
function readDateTimeIndication(tag: Mt940Tag): string {
  const text = oneLine(tag).trim();
  const match = /^(\d{6})(\d{2})(\d{2})([+-]\d{2})?(\d{2})?$/.exec(text);
  if (!match || Number(match[2]) > 23 || Number(match[3]) > 59) {
    throw new FileFormatError(`date and time :${tag.tag}: "${text}": expected YYMMDDhhmm and an offset (1701191815+0100)`, tag.line);
  }
  const offset = match[4] ? `${match[4]}:${match[5] ?? '00'}` : '';
  return `${dateOf(match[1]!, tag, 'date')}T${match[2]}:${match[3]}${offset}`;
}

// :90C:3PLN0,03 — number and sum of the credit entries.
function readTotals(tag: Mt940Tag): EntryTotals {
  const text = oneLine(tag).trim();
  const match = /^(\d+)([A-Z]{3})([\d,]+)$/.exec(text);
  if (!match) throw new FileFormatError(`entry totals :${tag.tag}: "${text}": expected count, currency and amount (3PLN0,03)`, tag.line);
  return { count: Number(match[1]), currency: match[2]!, amountMinor: amountOf(match[3]!, match[2]!, tag) };
}

// :61:1701190119CN0,01NTRFNONREF//MB170119012058 — value date, booking month and day,
// D/C mark (RC/RD for reversals), funds code, amount, type, references; an optional
// second line with the bank's description.
const STATEMENT_LINE = /^(\d{6})(\d{4})?(RC|RD|C|D)([A-Z])?(\d[\d,]*)([A-Z][A-Z0-9]{3})(.*)$/;

function readStatementLine(tag: Mt940Tag, currency: CurrencyCode): StatementLine {
  const text = tag.lines[0]!.trim();
  const match = STATEMENT_LINE.exec(text);
  if (!match) {
    throw new FileFormatError(
      `statement line :61: "${text}": expected value date YYMMDD, booking date MMDD, D/C mark, amount and transaction type`,
      tag.line,
    );
  }
  const valueDate = dateOf(match[1]!, tag, 'value date');
  const bookingDate = match[2] ? bookingDateOf(valueDate, match[2], tag) : valueDate;
  const mark = match[3]!;
  const references = match[7]!;
  const split = references.indexOf('//');
  const customerReference = (split >= 0 ? references.slice(0, split) : references).trim();
  const bankReference = split >= 0 ? references.slice(split + 2).trim() : '';
  return {
    bookingDate,
    valueDate,
    amountMinor: amountOf(match[5]!, currency, tag),
    currency,
    direction: mark === 'C' || mark === 'RD' ? 'credit' : 'debit',
    reversal: mark.startsWith('R'),
    status: 'booked',
    bankReference: bankReference || null,
    customerReference: customerReference === '' || customerReference === 'NONREF' ? null : customerReference,
    transactionCode: match[6]!,
    counterparty: { name: null, account: null, bankCode: null, address: null },
    title: '',
    creditorReference: null,
    structuredReference: null,
    endToEndId: null,
    raw: rawTag(tag),
    sourceLine: tag.line,
  };
}

function withDetails(line: StatementLine, details: Mt940Tag): StatementLine {
  const read = readTransactionDetails(details.lines);
  const givenRf = creditorReferenceOf(read.structuredReference);
  return {
    ...line,
    transactionCode: read.transactionCode ?? line.transactionCode,
    counterparty: read.counterparty,
    title: read.title,
    creditorReference: givenRf ?? creditorReferenceInText(read.title),
    structuredReference: givenRf ? null : read.structuredReference,
    endToEndId: read.endToEndId,
    raw: `${line.raw}\n${rawTag(details)}`,
  };
}

function amountOf(text: string, currency: CurrencyCode, tag: Mt940Tag): number {
  if (!isCurrencyLike(currency)) throw new FileFormatError(`:${tag.tag}: "${currency}" is not a currency code`, tag.line);
  const amount = decimalToMinor(text, ',', currency);
  if (!amount.ok) throw new FileFormatError(`:${tag.tag}: amount ${amount.reason}`, tag.line);
  return amount.amountMinor;
}

// Two-digit years: SWIFT statements began in the 1980s, so 80–99 are the 1900s.
function dateOf(yymmdd: string, tag: Mt940Tag, field: string): IsoDate {
  const yy = Number(yymmdd.slice(0, 2));
  const date = `${yy >= 80 ? 1900 + yy : 2000 + yy}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
  if (!isIsoDate(date)) throw new FileFormatError(`:${tag.tag}: ${field} "${yymmdd}" is not a date (YYMMDD)`, tag.line);
  return date;
}

// The booking date has no year: it is the value date's, except across New Year
// (valued 31 December, booked 2 January, or the other way round).
function bookingDateOf(valueDate: IsoDate, mmdd: string, tag: Mt940Tag): IsoDate {
  const valueYear = Number(valueDate.slice(0, 4));
  const valueMonth = Number(valueDate.slice(5, 7));
  const month = Number(mmdd.slice(0, 2));
  const year = valueMonth === 12 && month === 1 ? valueYear + 1 : valueMonth === 1 && month === 12 ? valueYear - 1 : valueYear;
  const date = `${year}-${mmdd.slice(0, 2)}-${mmdd.slice(2, 4)}`;
  if (!isIsoDate(date)) throw new FileFormatError(`:61: booking date "${mmdd}" is not a date (MMDD)`, tag.line);
  return date;
}
