// Imports a bank statement file (MT940, MT942, camt.053 or a bank's CSV export) and
// matches its credit lines to open invoices, all or nothing: a file that cannot be
// read writes nothing and the report names the line. Each line is known again by its
// fingerprint, so importing the same file twice, or statements that overlap, records
// every transfer once. The sure matches become payments allocated at once, a batch at
// a time (statement-payments.ts: open amounts, promises, timeline); the rest waits in
// the review queue with the matcher's suggestions. A dry run does all the work and
// rolls it back.
import { createHash, randomUUID } from 'node:crypto';
import { TransactionRollbackError } from 'drizzle-orm';
import { dateInZone } from '../domain/dates';
import { matchingIndexBuilder } from '../domain/matching/matching-index';
import { matchPayment } from '../domain/matching/match-payment';
import type { CreditLine, MatchDecision, MatchProposal } from '../domain/matching/types';
import type { BankStatement, BankStatementFile, StatementLine } from '../formats/statements/bank-statement';
import { readBankStatement } from '../formats/statements/read-bank-statement';
import { FileFormatError } from '../formats/file-format-error';
import { emptyStatementImportReport, type StatementCsvOptions, type StatementImportReport } from '../http/contract';
import {
  insertBankStatement,
  insertStatementLines,
  knownLineFingerprints,
  loadPayerProfiles,
  openInvoicesForMatching,
  type NewStatementLine,
} from '../store/bank-statements';
import type { Db } from '../store/database';
import { cancelSettledOutboxActions } from '../store/follow-up-actions';
import { lockImports } from '../store/import-lookups';
import { recordImportRun } from '../store/import-runs';
import { findOrganization, listBankAccounts } from '../store/organizations';
import type { StatementLineStatus } from '../store/schema';
import { recordMatchedPayments, type SureMatch } from './statement-payments';
import { refreshAfterPayment } from './refresh-after-payment';

export type ImportStatementOptions = {
  orgId: string;
  fileName: string;
  content: Buffer;
  /** How to read a CSV export (column mapping, date format, decimal separator, default currency); other formats ignore it. */
  csv?: StatementCsvOptions;
  /** Do all the work and report exact counts, but write nothing. */
  dryRun?: boolean;
  userId?: string | null;
  /** The moment of the import: the organization's calendar day settles promises. */
  now: Date;
};

type Report = StatementImportReport;
type Read = { statement: BankStatement; line: StatementLine; index: number; fingerprint: string };

const sha256 = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex');

/** Imports one statement file into the organization; the report says what happened. */
export async function importStatement(db: Db, options: ImportStatementOptions): Promise<Report> {
  const { orgId, fileName } = options;
  const report: Report = emptyStatementImportReport(fileName);
  const organization = await findOrganization(db, orgId);
  if (!organization) {
    report.errors.push({ file: fileName, message: 'the organization does not exist' });
    return report;
  }
  let file: BankStatementFile;
  try {
    // A CSV row without a currency of its own takes its account's, when the account is one of ours.
    const knownAccounts = (await listBankAccounts(db, orgId)).map(({ iban, currency }) => ({ iban, currency }));
    file = readBankStatement(options.content, fileName, { ...options.csv, knownAccounts });
  } catch (error) {
    if (!(error instanceof FileFormatError)) throw error;
    report.errors.push({
      file: fileName,
      ...(error.line !== undefined ? { line: error.line } : {}),
      ...(error.field !== undefined ? { field: error.field } : {}),
      ...(error.option !== undefined ? { option: error.option } : {}),
      message: error.message,
    });
    return report;
  }
  if (file.csvLayout) report.csv = file.csvLayout;
  const reads = fingerprinted(file.statements);
  report.statements = file.statements.length;
  report.linesRead = reads.length;
  report.credits = reads.filter((r) => r.line.direction === 'credit').length;
  report.debits = reads.length - report.credits;
  const today = dateInZone(options.now, organization.timeZone);
  const userId = options.userId ?? null;

  try {
    await db.transaction(async (transaction) => {
      const tx = transaction as unknown as Db;
      await lockImports(tx, orgId);
      // An entry not booked yet is news, not money on the account: recording it would make
      // the booked entry, when it comes with the same fingerprint, look already imported.
      const booked = reads.filter((r) => r.line.status === 'booked');
      report.notBooked = reads.length - booked.length;
      const known = await knownLineFingerprints(tx, orgId, booked.map((r) => r.fingerprint));
      const fresh = booked.filter((r) => !known.has(r.fingerprint));
      report.alreadyImported = booked.length - fresh.length;

      const currency = organization.baseCurrency;
      const decided = await matchLines(tx, orgId, currency, fresh);

      const runId = randomUUID();
      await recordImportRun(tx, orgId, {
        id: runId,
        kind: 'statements',
        fileName,
        sha256: sha256(options.content),
        rowsRead: reads.length,
        created: fresh.length,
        updated: 0,
        unchanged: report.alreadyImported,
        userId,
      });
      const statementIds = new Map<BankStatement, string>();
      for (const statement of new Set(fresh.map((r) => r.statement))) {
        statementIds.set(statement, await insertBankStatement(tx, orgId, statementValues(statement, fileName, sha256(options.content), runId)));
      }

      const sure = decided.flatMap(({ read, decision }) => (decision?.kind === 'auto' ? [sureMatch(read, decision.proposal)] : []));
      const recorded = await recordMatchedPayments(tx, orgId, sure, userId);
      const stale = new Set(recorded.stale.map((match) => match.line.fingerprint));
      const lines: NewStatementLine[] = [];
      const customerIds: string[] = [];
      for (const { read, decision } of decided) {
        let status: StatementLineStatus;
        let paymentId: string | null = null;
        let proposals: Decision = decision;
        if (decision?.kind === 'auto' && stale.has(read.fingerprint)) {
          // Someone allocated to its invoices while the import ran: a person decides.
          proposals = { kind: 'review', suggestions: [decision.proposal], reasons: [{ code: 'ambiguous', text: 'its invoices changed while the statement was imported' }] };
        }
        if (proposals === null) status = 'debit';
        else if (proposals.kind === 'auto') {
          paymentId = recorded.paymentIds.get(read.fingerprint)!;
          customerIds.push(proposals.proposal.customerId);
          status = 'matched';
          report.matchedAutomatically++;
          report.paymentsCreated++;
        } else if (proposals.kind === 'review') {
          status = 'review';
          report.queuedForReview++;
        } else {
          status = 'unmatched';
          report.unmatched++;
        }
        lines.push({ ...lineValues(read, statementIds.get(read.statement)!), status, paymentId, proposals });
      }
      await insertStatementLines(tx, orgId, lines);
      await refreshAfterPayment(tx, orgId, today, customerIds);
      report.outboxActionsCancelled = await cancelSettledOutboxActions(tx, orgId, [...new Set(customerIds)]);
      if (options.dryRun) transaction.rollback();
    });
    report.committed = true;
  } catch (error) {
    if (!(error instanceof TransactionRollbackError)) throw error;
  }
  return report;
}

// Matches the lines in file order against the organization's open invoices and payers,
// indexed once for the whole file; each sure match is settled in the index, so a later
// line does not pay what an earlier one paid. The index (a million open invoices take
// about half a gigabyte) is dropped on return, before the writing begins.
async function matchLines(tx: Db, orgId: string, currency: string, reads: readonly Read[]): Promise<{ read: Read; decision: Decision }[]> {
  const builder = matchingIndexBuilder();
  // A file of debits only, or one imported before, has nothing to match: the ledger is not read.
  if (reads.some((read) => read.line.direction === 'credit')) {
    for await (const chunk of openInvoicesForMatching(tx, orgId, currency)) for (const invoice of chunk) builder.addInvoice(invoice);
    for (const payer of await loadPayerProfiles(tx, orgId)) builder.addPayer(payer);
  }
  const index = builder.build();
  return reads.map((read) => {
    const decision = decide(read.line, currency, (line) => matchPayment(line, index));
    if (decision?.kind === 'auto') index.settle(decision.proposal.allocations);
    return { read, decision };
  });
}

// Two identical transfers on one day stay two lines: the occurrence within the file
// counts, and an overlapping file that holds both finds both again.
function fingerprinted(statements: readonly BankStatement[]): Read[] {
  const seen = new Map<string, number>();
  const reads: Read[] = [];
  for (const statement of statements) {
    for (const [index, line] of statement.lines.entries()) {
      const base = sha256(
        [
          statement.account.iban ?? statement.account.number,
          line.bookingDate,
          line.amountMinor,
          line.currency,
          line.direction,
          line.bankReference ? `ref:${line.bankReference}` : `title:${sha256(line.title)}`,
        ].join('|'),
      );
      const occurrence = (seen.get(base) ?? 0) + 1;
      seen.set(base, occurrence);
      reads.push({ statement, line, index, fingerprint: sha256(`${base}|${occurrence}`) });
    }
  }
  return reads;
}

type Decision = MatchDecision | null;

// Debits are kept, never matched (null). Only money that is on the account (entries not
// booked yet never get here) and in the organization's currency can pay its invoices;
// the rest waits for a person.
function decide(line: StatementLine, currency: string, match: (line: CreditLine) => MatchDecision): Decision {
  if (line.direction === 'debit') return null;
  if (line.reversal) return { kind: 'unmatched', reasons: [{ code: 'notACredit', text: 'the entry reverses an earlier one' }] };
  if (line.amountMinor === 0) return { kind: 'unmatched', reasons: [{ code: 'notACredit', text: 'the entry is of zero' }] };
  if (line.currency !== currency) {
    return { kind: 'unmatched', reasons: [{ code: 'noCandidates', text: `the credit is in ${line.currency}; invoices are matched in ${currency}` }] };
  }
  return match({
    amountMinor: line.amountMinor,
    currency: line.currency,
    bookingDate: line.bookingDate,
    title: line.title,
    counterpartyName: line.counterparty.name,
    counterpartyAccount: line.counterparty.account,
    structuredReference: line.creditorReference,
    endToEndId: line.endToEndId,
  });
}

function sureMatch(read: Read, proposal: MatchProposal): SureMatch {
  const { line } = read;
  return {
    line: {
      fingerprint: read.fingerprint,
      bookingDate: line.bookingDate,
      amountMinor: line.amountMinor,
      currency: line.currency,
      counterpartyName: line.counterparty.name,
      counterpartyAccount: line.counterparty.account,
      title: line.title,
      bankReference: line.bankReference,
    },
    proposal,
  };
}

function statementValues(statement: BankStatement, fileName: string, fileSha256: string, importRunId: string) {
  return {
    importRunId,
    accountIban: statement.account.iban,
    accountNumber: statement.account.number,
    currency: statement.currency,
    statementId: statement.statementId,
    sequence: statement.sequence,
    format: statement.format,
    openingDate: statement.openingBalance?.date ?? null,
    openingBalanceMinor: statement.openingBalance?.amountMinor ?? null,
    closingDate: statement.closingBalance?.date ?? null,
    closingBalanceMinor: statement.closingBalance?.amountMinor ?? null,
    fileName,
    fileSha256,
  };
}

function lineValues(read: Read, statementId: string): Omit<NewStatementLine, 'status' | 'paymentId' | 'proposals'> {
  const { line } = read;
  return {
    statementId,
    lineIndex: read.index,
    bookingDate: line.bookingDate,
    valueDate: line.valueDate,
    amountMinor: line.amountMinor,
    currency: line.currency,
    direction: line.direction,
    counterpartyName: line.counterparty.name,
    counterpartyAccount: line.counterparty.account,
    title: line.title,
    creditorReference: line.creditorReference,
    endToEndId: line.endToEndId,
    bankReference: line.bankReference,
    rawText: line.raw,
    fingerprint: read.fingerprint,
  };
}
