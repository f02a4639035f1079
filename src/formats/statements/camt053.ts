// ISO 20022 camt.053 (bank-to-customer statement), message versions 001.02 to 001.08,
// with the namespace as default or behind any prefix. Each `Ntry` is one booking; an
// entry that bundles several transactions (`NtryDtls/TxDtls`, a batch) becomes one
// line per transaction, each with its own amount, so a collective credit can still
// be matched to the single invoices it pays.
import { isIsoDate, type IsoDate } from '../../domain/dates';
import type { CurrencyCode } from '../../domain/money';
import { FileFormatError } from '../file-format-error';
import { childrenNamed, find, parseXml, textAt, XmlSyntaxError, type XmlElement } from '../xml/xml-tree';
import type { BankStatement, Counterparty, StatementBalance, StatementLine } from './bank-statement';
import {
  counterpartyAccountOf,
  creditorReferenceInText,
  creditorReferenceOf,
  decimalToMinor,
  isCurrencyLike,
  joinWrapped,
  statementAccountOf,
  tidy,
} from './statement-fields';

const NAMESPACE = /^urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.(\d{2})$/;
const SUPPORTED_VERSIONS = ['02', '03', '04', '05', '06', '07', '08'];

type Located = { element: XmlElement; path: string };

/** Every statement in a camt.053 document; throws FileFormatError naming the element path. */
export function readCamt053(source: string): BankStatement[] {
  const root = parseStatementXml(source);
  const version = NAMESPACE.exec(root.namespace)?.[1];
  if (root.name !== 'Document' || !version) {
    const other = /camt\.(\d{3})/.exec(root.namespace)?.[1];
    throw new FileFormatError(
      other && other !== '053'
        ? `this is a camt.${other} message, not a camt.053 statement; export the statement as camt.053`
        : `${root.name}: not a camt.053 statement (namespace "${root.namespace}")`,
      root.line,
    );
  }
  if (!SUPPORTED_VERSIONS.includes(version)) {
    throw new FileFormatError(`Document: camt.053.001.${version} is not a supported version (02 to 08)`, root.line);
  }
  const message = find(root, 'BkToCstmrStmt');
  if (!message) throw new FileFormatError('Document/BkToCstmrStmt is missing', root.line);
  const statements = childrenNamed(message, 'Stmt');
  if (statements.length === 0) {
    throw new FileFormatError(
      'Document/BkToCstmrStmt holds no Stmt: the file has a header but no statement, so there is nothing to import',
      message.line,
    );
  }
  return statements.map((element, i) =>
    readStatement({ element, path: `Document/BkToCstmrStmt/Stmt[${i + 1}]` }, version, source),
  );
}

// Statement errors lead with the path of the elements they are in, like the errors
// below; the line travels with the error.
function parseStatementXml(source: string): XmlElement {
  try {
    return parseXml(source);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    const { problem } = error;
    const reason =
      problem.kind === 'unclosed-element'
        ? 'the file ends before this element is closed: it is cut off'
        : problem.kind === 'mismatched-end-tag'
          ? `end tag </${problem.found}> where </${problem.element.qualifiedName}> was expected`
          : problem.reason;
    const path = error.openElements.map((element) => element.name).join('/');
    throw new FileFormatError(path ? `${path}: ${reason}` : reason, error.line);
  }
}

function readStatement(stmt: Located, version: string, source: string): BankStatement {
  const statementId = required(stmt, 'Id');
  const account = find(stmt.element, 'Acct');
  if (!account) fail(stmt, 'Acct', 'the statement names no account');
  const accountId = textAt(account!, 'Id/IBAN') ?? textAt(account!, 'Id/Othr/Id');
  if (!accountId) fail(stmt, 'Acct/Id', 'the account has neither IBAN nor Othr/Id');
  const balances = childrenNamed(stmt.element, 'Bal').map((element, i) => ({
    code: textAt(element, 'Tp/CdOrPrtry/Cd') ?? textAt(element, 'Tp/CdOrPrtry/Prtry'),
    balance: readBalance({ element, path: `${stmt.path}/Bal[${i + 1}]` }),
  }));
  const balance = (...codes: string[]) => balances.find((b) => b.code !== null && codes.includes(b.code))?.balance ?? null;
  const entries = childrenNamed(stmt.element, 'Ntry');
  const currency =
    textAt(account!, 'Ccy') ?? balances[0]?.balance.currency ?? (entries[0] ? find(entries[0], 'Amt')?.attributes.Ccy : undefined);
  if (!currency || !isCurrencyLike(currency)) fail(stmt, 'Acct/Ccy', 'the statement names no currency');

  const lines: StatementLine[] = [];
  entries.forEach((element, i) => lines.push(...readEntry({ element, path: `${stmt.path}/Ntry[${i + 1}]` }, source)));
  const opening = balance('OPBD', 'PRCD');
  return {
    format: 'camt.053',
    formatVersion: version,
    statementId,
    sequence: textAt(stmt.element, 'LglSeqNb') ?? textAt(stmt.element, 'ElctrncSeqNb'),
    account: statementAccountOf(accountId!),
    currency: currency!,
    openingBalance: opening ?? balance('ITBD'),
    closingBalance: balance('CLBD') ?? (opening ? null : balance('ITBD')),
    closingAvailableBalance: balance('CLAV'),
    forwardAvailableBalances: balances.filter((b) => b.code === 'FWAV').map((b) => b.balance),
    createdAt: textAt(stmt.element, 'CreDtTm'),
    debitTotals: null,
    creditTotals: null,
    information: tidy(childrenNamed(stmt.element, 'AddtlStmtInf').map((e) => e.text).join(' ')),
    lines,
  };
}

function readBalance(bal: Located): StatementBalance {
  const { amountMinor, currency } = readAmount(bal, 'Amt');
  const side = readSide(bal, 'CdtDbtInd');
  const code = textAt(bal.element, 'Tp/CdOrPrtry/Cd');
  return {
    date: readDate(bal, 'Dt'),
    amountMinor: side === 'debit' ? -amountMinor : amountMinor,
    currency,
    intermediate: code === 'ITBD',
  };
}

function readEntry(ntry: Located, source: string): StatementLine[] {
  const entryAmount = readAmount(ntry, 'Amt');
  const direction = readSide(ntry, 'CdtDbtInd');
  const bookingDate = find(ntry.element, 'BookgDt') ? readDate(ntry, 'BookgDt') : null;
  const valueDate = find(ntry.element, 'ValDt') ? readDate(ntry, 'ValDt') : null;
  if (!bookingDate && !valueDate) fail(ntry, 'BookgDt', 'the entry has neither a booking date nor a value date');
  const statusCode = textAt(ntry.element, 'Sts/Cd') ?? textAt(ntry.element, 'Sts');
  const status = statusCode === 'PDNG' ? 'pending' : statusCode === 'INFO' ? 'information' : 'booked';
  const transactions = childrenNamed(ntry.element, 'NtryDtls').flatMap((details, d) =>
    childrenNamed(details, 'TxDtls').map((element, t) => ({
      element,
      path: `${ntry.path}/NtryDtls[${d + 1}]/TxDtls[${t + 1}]`,
    })),
  );
  const base = {
    bookingDate: (bookingDate ?? valueDate)!,
    valueDate: (valueDate ?? bookingDate)!,
    reversal: textAt(ntry.element, 'RvslInd') === 'true',
    status,
    raw: source.slice(ntry.element.start, ntry.element.end),
    sourceLine: ntry.element.line,
  } as const;
  const entryReference = textAt(ntry.element, 'AcctSvcrRef');
  const entryCode = transactionCodeOf(ntry.element);
  const entryInformation = textAt(ntry.element, 'AddtlNtryInf');

  if (transactions.length <= 1) {
    const tx = transactions[0];
    return [
      {
        ...base,
        ...entryAmount,
        direction,
        ...transactionFields(tx ?? null, direction, entryInformation),
        bankReference: entryReference ?? (tx ? textAt(tx.element, 'Refs/AcctSvcrRef') : null),
        transactionCode: entryCode ?? (tx ? transactionCodeOf(tx.element) : null),
      },
    ];
  }
  return transactions.map((tx) => {
    const amount = find(tx.element, 'Amt') ? readAmount(tx, 'Amt') : find(tx.element, 'AmtDtls/TxAmt/Amt') ? readAmount(tx, 'AmtDtls/TxAmt/Amt') : null;
    if (!amount) fail(tx, 'Amt', 'with several transactions in one entry each needs its own amount');
    const side = find(tx.element, 'CdtDbtInd') ? readSide(tx, 'CdtDbtInd') : direction;
    return {
      ...base,
      ...amount!,
      direction: side,
      ...transactionFields(tx, side, entryInformation),
      bankReference: textAt(tx.element, 'Refs/AcctSvcrRef') ?? entryReference,
      transactionCode: transactionCodeOf(tx.element) ?? entryCode,
    };
  });
}

type TransactionFields = Pick<
  StatementLine,
  'counterparty' | 'title' | 'creditorReference' | 'structuredReference' | 'endToEndId' | 'customerReference'
>;

function transactionFields(tx: Located | null, direction: 'credit' | 'debit', entryInformation: string | null): TransactionFields {
  if (!tx) {
    const title = tidy(entryInformation) ?? '';
    return {
      counterparty: { name: null, account: null, bankCode: null, address: null },
      title,
      creditorReference: creditorReferenceInText(title),
      structuredReference: null,
      endToEndId: null,
      customerReference: null,
    };
  }
  const element = tx.element;
  // Money in comes from the debtor; money out goes to the creditor.
  const party = direction === 'credit' ? 'Dbtr' : 'Cdtr';
  const agent = direction === 'credit' ? 'DbtrAgt' : 'CdtrAgt';
  const unstructured = childrenNamed(find(element, 'RmtInf') ?? element, 'Ustrd').map((u) => u.text.trim());
  const structured = childrenNamed(find(element, 'RmtInf') ?? element, 'Strd');
  const references = structured.map((s) => textAt(s, 'CdtrRefInf/Ref')).filter((r): r is string => r !== null);
  const additional = structured.flatMap((s) => childrenNamed(s, 'AddtlRmtInf').map((a) => a.text.trim()));
  // Banks cut long remittance text into 35- or 140-character Ustrd pieces.
  const title =
    tidy(joinWrapped(unstructured, 35)) ??
    tidy(additional.join(' ')) ??
    tidy(textAt(element, 'AddtlTxInf')) ??
    tidy(entryInformation) ??
    '';
  const rf = references.map(creditorReferenceOf).find((r) => r !== null) ?? null;
  const endToEndId = textAt(element, 'Refs/EndToEndId');
  return {
    counterparty: counterpartyOf(element, party, agent),
    title,
    creditorReference: rf ?? creditorReferenceInText(title),
    structuredReference: references.find((r) => creditorReferenceOf(r) === null) ?? null,
    endToEndId: endToEndId && endToEndId !== 'NOTPROVIDED' ? endToEndId : null,
    customerReference: textAt(element, 'Refs/InstrId') ?? textAt(element, 'Refs/PmtInfId'),
  };
}

function counterpartyOf(tx: XmlElement, party: 'Dbtr' | 'Cdtr', agent: string): Counterparty {
  // From version .08 the party sits one level deeper, in Pty.
  const partyElement = find(tx, `RltdPties/${party}/Pty`) ?? find(tx, `RltdPties/${party}`);
  const ultimate = find(tx, `RltdPties/Ultmt${party}/Pty`) ?? find(tx, `RltdPties/Ultmt${party}`);
  const address = partyElement ? find(partyElement, 'PstlAdr') : null;
  const addressLines = address ? childrenNamed(address, 'AdrLine').map((l) => l.text.trim()) : [];
  const structuredAddress = address
    ? [
        [textAt(address, 'StrtNm'), textAt(address, 'BldgNb')].filter(Boolean).join(' '),
        [textAt(address, 'PstCd'), textAt(address, 'TwnNm')].filter(Boolean).join(' '),
        textAt(address, 'Ctry'),
      ].filter((part) => part)
    : [];
  return {
    name: tidy(partyElement ? textAt(partyElement, 'Nm') : null) ?? tidy(ultimate ? textAt(ultimate, 'Nm') : null),
    account: counterpartyAccountOf(
      textAt(tx, `RltdPties/${party}Acct/Id/IBAN`) ?? textAt(tx, `RltdPties/${party}Acct/Id/Othr/Id`),
    ),
    bankCode:
      textAt(tx, `RltdAgts/${agent}/FinInstnId/BICFI`) ??
      textAt(tx, `RltdAgts/${agent}/FinInstnId/BIC`) ??
      textAt(tx, `RltdAgts/${agent}/FinInstnId/ClrSysMmbId/MmbId`),
    address: tidy((addressLines.length > 0 ? addressLines : structuredAddress).join(', ')),
  };
}

function transactionCodeOf(element: XmlElement): string | null {
  const domain = textAt(element, 'BkTxCd/Domn/Cd');
  if (domain) {
    return [domain, textAt(element, 'BkTxCd/Domn/Fmly/Cd'), textAt(element, 'BkTxCd/Domn/Fmly/SubFmlyCd')]
      .filter(Boolean)
      .join('/');
  }
  return textAt(element, 'BkTxCd/Prtry/Cd');
}

function readAmount(at: Located, path: string): { amountMinor: number; currency: CurrencyCode } {
  const element = find(at.element, path);
  if (!element) fail(at, path, 'the amount is missing');
  const currency = element!.attributes.Ccy;
  if (!currency || !isCurrencyLike(currency)) fail(at, path, 'the amount has no currency (attribute Ccy)');
  const amount = decimalToMinor(element!.text.trim(), '.', currency!);
  if (!amount.ok) fail(at, path, amount.reason);
  return { amountMinor: (amount as { amountMinor: number }).amountMinor, currency: currency! };
}

function readSide(at: Located, path: string): 'credit' | 'debit' {
  const indicator = textAt(at.element, path);
  if (indicator === 'CRDT') return 'credit';
  if (indicator === 'DBIT') return 'debit';
  return fail(at, path, indicator ? `"${indicator}" is neither CRDT nor DBIT` : 'the credit/debit indicator is missing');
}

// A DtTm is taken at the date it names in the bank's own offset: that is the day the
// bank booked it, whatever time zone Duly runs in.
function readDate(at: Located, path: string): IsoDate {
  const container = find(at.element, path);
  const text = (container && (textAt(container, 'Dt') ?? textAt(container, 'DtTm'))) ?? null;
  if (!text) return fail(at, path, 'the date (Dt or DtTm) is missing');
  const date = text.slice(0, 10);
  if (!isIsoDate(date) || !/^\d{4}-\d{2}-\d{2}(?:$|T|[+-]|Z)/.test(text)) {
    return fail(at, path, `"${text}" is not a date (YYYY-MM-DD)`);
  }
  return date;
}

function required(at: Located, path: string): string {
  const text = textAt(at.element, path);
  if (!text) return fail(at, path, 'required but missing');
  return text;
}

function fail(at: Located, path: string, reason: string): never {
  const element = find(at.element, path) ?? at.element;
  throw new FileFormatError(`${at.path}/${path}: ${reason}`, element.line);
}
