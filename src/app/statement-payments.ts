// A statement line becomes a payment of a customer, allocated to invoices: one at a
// time when a person matches a waiting line (through the ledger's own allocate, so
// every rule answers with its place), and a batch at a time for the sure matches of an
// import — a month's statement holds thousands. The batch keeps the same rules: the
// invoices are locked, an allocation never exceeds what an invoice has open, the
// payment's rest is the customer's credit, balances and statuses are recomputed, and
// every allocation is written to the customer's timeline.
import type { MatchProposal } from '../domain/matching/types';
import { insertAllocatedPaymentEntries } from '../store/activities';
import type { Db } from '../store/database';
import { allocateImportedPayments } from '../store/import-payments';
import { lockInvoicesForAllocation } from '../store/invoices';
import { insertPayment, insertPayments, type NewPaymentValues } from '../store/payments';
import type { Actor } from './actor';
import { allocatePaymentWithin, paymentAllocatedSummary } from './allocate';
import { fail, ok, type Result } from './errors';

/** What a payment needs from its statement line. */
export type StatementPaymentLine = {
  /** The line's fingerprint. */
  fingerprint: string;
  bookingDate: string;
  amountMinor: number;
  currency: string;
  counterpartyName: string | null;
  counterpartyAccount: string | null;
  title: string;
  bankReference: string | null;
};

/** The payment a statement line became carries this fingerprint: the line's own, so it is never recorded twice. */
export const statementPaymentFingerprint = (lineFingerprint: string) => `statement:${lineFingerprint}`;

function paymentValues(line: StatementPaymentLine, customerId: string): NewPaymentValues {
  return {
    customerId,
    fingerprint: statementPaymentFingerprint(line.fingerprint),
    externalId: line.bankReference,
    paymentDate: line.bookingDate,
    amountMinor: line.amountMinor,
    currency: line.currency,
    payerName: line.counterpartyName,
    payerAccount: line.counterpartyAccount,
    transferTitle: line.title || null,
    source: 'statement',
  };
}

/**
 * Records the line as a payment of the customer and allocates it, inside the caller's
 * transaction; what is left is the customer's credit. A refused allocation is returned
 * with its place (`allocations.N`) and the caller must roll back.
 */
export async function recordStatementPayment(
  tx: Db,
  orgId: string,
  line: StatementPaymentLine,
  customerId: string,
  allocations: readonly { invoiceId: string; amountMinor: number }[],
  actor: Actor,
): Promise<Result<{ paymentId: string; allocationIds: string[] }>> {
  const payment = await insertPayment(tx, orgId, paymentValues(line, customerId));
  if (!payment) return fail('conflict', 'the payment of this statement line is already recorded');
  const allocated = await allocatePaymentWithin(tx, orgId, payment.id, allocations, actor);
  if (!allocated.ok) return allocated;
  return ok({ paymentId: payment.id, allocationIds: allocated.value });
}

/** A credit line the matcher was sure of, with what it pays. */
export type SureMatch = { line: StatementPaymentLine; proposal: MatchProposal };

export type RecordedMatches = {
  /** The line's fingerprint → the payment it became. */
  paymentIds: Map<string, string>;
  /** Matches not recorded: their invoices changed since matching began (another person allocated meanwhile), or the payment exists. */
  stale: SureMatch[];
};

// Matches per round: a round locks its invoices, then writes the payments, allocations,
// balances and timeline entries in a few statements.
const BATCH = 1000;

/** Records the matches inside the caller's transaction; see the file's opening comment. */
export async function recordMatchedPayments(tx: Db, orgId: string, matches: readonly SureMatch[], userId: string | null): Promise<RecordedMatches> {
  const paymentIds = new Map<string, string>();
  const stale: SureMatch[] = [];
  for (let start = 0; start < matches.length; start += BATCH) {
    const batch = matches.slice(start, start + BATCH);
    const invoiceIds = [...new Set(batch.flatMap((m) => m.proposal.allocations.map((a) => a.invoiceId)))];
    const invoices = new Map((await lockInvoicesForAllocation(tx, orgId, invoiceIds)).map((i) => [i.id, i]));
    // What each invoice still has open as the batch takes its share, in file order.
    const openLeft = new Map([...invoices.values()].map((i) => [i.id, i.openAmountMinor]));
    const fitting = batch.filter((match) => {
      const fits = match.proposal.allocations.every((a) => {
        const invoice = invoices.get(a.invoiceId);
        return invoice !== undefined && invoice.currency === match.line.currency && a.amountMinor <= (openLeft.get(a.invoiceId) ?? 0);
      });
      if (!fits) {
        stale.push(match);
        return false;
      }
      for (const a of match.proposal.allocations) openLeft.set(a.invoiceId, openLeft.get(a.invoiceId)! - a.amountMinor);
      return true;
    });

    const stored = await insertPayments(tx, orgId, fitting.map((match) => paymentValues(match.line, match.proposal.customerId)));
    const idOf = new Map(stored.map((row) => [row.fingerprint, row.id]));
    const paymentIdOf = (match: SureMatch) => idOf.get(statementPaymentFingerprint(match.line.fingerprint));
    const recorded = fitting.filter((match) => paymentIdOf(match) !== undefined);
    // A payment already recorded under the line's fingerprint: nothing is allocated twice.
    stale.push(...fitting.filter((match) => paymentIdOf(match) === undefined));
    for (const match of recorded) paymentIds.set(match.line.fingerprint, paymentIdOf(match)!);

    const allocations = recorded.flatMap((match) =>
      match.proposal.allocations.map((a) => ({ paymentId: paymentIdOf(match)!, invoiceId: a.invoiceId, amountMinor: a.amountMinor })),
    );
    await allocateImportedPayments(tx, orgId, allocations, userId);
    await insertAllocatedPaymentEntries(
      tx,
      orgId,
      recorded.flatMap((match) =>
        match.proposal.allocations.map((a) => {
          const invoice = invoices.get(a.invoiceId)!;
          return {
            customerId: invoice.customerId,
            userId,
            summary: paymentAllocatedSummary(a.amountMinor, invoice.currency, match.line.bookingDate, invoice.number),
            body: match.line.title || null,
            invoiceId: a.invoiceId,
          };
        }),
      ),
    );
  }
  return { paymentIds, stale };
}
