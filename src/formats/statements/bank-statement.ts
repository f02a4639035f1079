// What every statement reader returns, whatever the bank wrote: MT940 end-of-day
// statements, MT942 interim reports, ISO 20022 camt.053 and CSV history exports all
// become this one shape, so matching and import never look at a file format again.
import type { IsoDate } from '../../domain/dates';
import type { CurrencyCode } from '../../domain/money';
import type { CsvStatementLayout } from './csv-statement';

export type StatementFormat = 'mt940' | 'mt942' | 'camt.053' | 'csv';

/** The account the statement is for: an IBAN when the bank gave one, else its own number. */
export type StatementAccount = {
  /** Canonical IBAN (a bare Polish NRB gets "PL"); null for a national number such as "87052000/123456789". */
  iban: string | null;
  /** The identification as the bank wrote it, trimmed. */
  number: string;
};

/** A balance on a day; negative when the account is overdrawn (a debit balance). */
export type StatementBalance = {
  date: IsoDate;
  amountMinor: number;
  currency: CurrencyCode;
  /** MT940 `:60M:`/`:62M:` and camt ITBD: a page break inside a longer statement, not the day's end. */
  intermediate: boolean;
};

export type Counterparty = {
  name: string | null;
  /** Canonical IBAN when it is one (a 26-digit NRB becomes PL…), else the account as written, spaces removed. */
  account: string | null;
  /** The counterparty's bank (BIC, or a national bank code) when given. */
  bankCode: string | null;
  address: string | null;
};

export type StatementLine = {
  bookingDate: IsoDate;
  valueDate: IsoDate;
  /** Never negative: the side is in `direction`. */
  amountMinor: number;
  currency: CurrencyCode;
  /** Seen from the statement's account: money in is a credit. */
  direction: 'credit' | 'debit';
  /** The entry undoes an earlier one (MT940 RC/RD, camt RvslInd). */
  reversal: boolean;
  /** camt PDNG/INFO entries are not (yet) on the account; MT940 lines always are. */
  status: 'booked' | 'pending' | 'information';
  /** The bank's own reference (MT940 after `//`, camt AcctSvcrRef). */
  bankReference: string | null;
  /** The reference for the account owner (MT940 `:61:` before `//`; NONREF becomes null). */
  customerReference: string | null;
  /** The bank's transaction code (MT940 `NTRF`/GVC, camt domain/family or proprietary code). */
  transactionCode: string | null;
  counterparty: Counterparty;
  /** The remittance text as one line; the Polish split-payment `/VAT/…/INV/…` text stays in it whole. */
  title: string;
  /** A valid ISO 11649 creditor reference, canonical (RF18539007547034); from a structured field or the title. */
  creditorReference: string | null;
  /** A structured creditor reference that is not RF (a Belgian OGM, a bank's own scheme), as given. */
  structuredReference: string | null;
  endToEndId: string | null;
  /** The line's text in the file (MT940 `:61:` and `:86:` tags, the camt `Ntry` element, the CSV row), kept for audit. */
  raw: string;
  /** The line of the file where this statement line starts. */
  sourceLine: number;
};

/** Number and sum of entries a report announces (MT942 `:90D:`/`:90C:`). */
export type EntryTotals = { count: number; amountMinor: number; currency: CurrencyCode };

export type BankStatement = {
  format: StatementFormat;
  /** The camt message version ("02" … "08"); null for MT940/942 and CSV. */
  formatVersion: string | null;
  /** MT940 `:20:`, camt `Stmt/Id`; for CSV, which has none, the period of its lines ("2026-03-01..2026-03-31"). */
  statementId: string;
  /** MT940 `:28C:` (statement/page), camt legal or electronic sequence number. */
  sequence: string | null;
  account: StatementAccount;
  currency: CurrencyCode;
  openingBalance: StatementBalance | null;
  closingBalance: StatementBalance | null;
  closingAvailableBalance: StatementBalance | null;
  forwardAvailableBalances: StatementBalance[];
  /** MT942 `:13D:`, camt `CreDtTm`: when the bank produced it, as written (with its offset when given). */
  createdAt: string | null;
  /** MT942 `:90D:` / `:90C:`. */
  debitTotals: EntryTotals | null;
  creditTotals: EntryTotals | null;
  /** Statement-level remarks (a `:86:` after the balances, camt `AddtlStmtInf`). */
  information: string | null;
  lines: StatementLine[];
};

export type StatementEncoding = 'utf-8' | 'windows-1250' | 'iso-8859-2' | 'cp852';

export type BankStatementFile = {
  statements: BankStatement[];
  /** The text encoding the file was read in. */
  encoding: StatementEncoding;
  /** For a CSV export: where its header was and which column each field was read from. */
  csvLayout?: CsvStatementLayout;
};
