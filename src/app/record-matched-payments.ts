// The sure matches of a statement import become payments, allocated at once — a batch
// at a time rather than a line at a time, since a month's statement holds thousands
// of them. The ledger's rules hold as in `allocateWithin`: the invoices are locked, an
// allocation never exceeds what an invoice has open, the payment's rest is the
// customer's credit, balances and statuses are recomputed, and every allocation is
// written to the customer's timeline.
import type { MatchProposal } from '../domain/matching/types';
import { insertActivities } from '../store/activities';
import type { Db } from '../store/database';
import { allocateImportedPayments } from '../store/import-payments';
import { lockInvoicesForAllocation } from '../store/invoices';
import { insertPayments } from '../store/payments';
import { paymentAllocatedSummary } from './allocate';

/** A credit line the matcher was sure of, with what it pays. */
export type SureMatch = {
  /** The payment's fingerprint (one per statement line). */
  fingerprint: string;
  bookingDate: string;
  amountMinor: number;
  currency: string;
  counterpartyName: string | null;
  counterpartyAccount: string | null;
  title: string;
  bankReference: string | null;
  proposal: MatchProposal;
};

export type RecordedMatches = {
  /** Fingerprint → the payment it became. */
  paymentIds: Map<string, string>;
  /** Matches whose invoices changed since matching began (another person allocated meanwhile): not recorded. */
  stale: SureMatch[];
};

// Rows per statement: payments carry a dozen columns, and a statement takes at most
// 65,535 parameters.
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
        return invoice !== undefined && invoice.currency === match.currency && a.amountMinor <= (openLeft.get(a.invoiceId) ?? 0);
      });
      if (!fits) {
        stale.push(match);
        return false;
      }
      for (const a of match.proposal.allocations) openLeft.set(a.invoiceId, openLeft.get(a.invoiceId)! - a.amountMinor);
      return true;
    });

    const stored = await insertPayments(
      tx,
      orgId,
      fitting.map((match) => ({
        customerId: match.proposal.customerId,
        fingerprint: match.fingerprint,
        externalId: match.bankReference,
        paymentDate: match.bookingDate,
        amountMinor: match.amountMinor,
        currency: match.currency,
        payerName: match.counterpartyName,
        payerAccount: match.counterpartyAccount,
        transferTitle: match.title || null,
        source: 'statement',
      })),
    );
    const idOf = new Map(stored.map((row) => [row.fingerprint, row.id]));
    const recorded = fitting.filter((match) => idOf.has(match.fingerprint));
    for (const match of recorded) paymentIds.set(match.fingerprint, idOf.get(match.fingerprint)!);

    const allocations = recorded.flatMap((match) =>
      match.proposal.allocations.map((a) => ({ paymentId: idOf.get(match.fingerprint)!, invoiceId: a.invoiceId, amountMinor: a.amountMinor })),
    );
    await allocateImportedPayments(tx, orgId, allocations, userId);
    await insertActivities(
      tx,
      orgId,
      recorded.flatMap((match) =>
        match.proposal.allocations.map((a) => {
          const invoice = invoices.get(a.invoiceId)!;
          return {
            customerId: invoice.customerId,
            type: 'payment' as const,
            direction: 'inbound' as const,
            userId,
            summary: paymentAllocatedSummary(a.amountMinor, invoice.currency, match.bookingDate, invoice.number),
            body: match.title || null,
            invoiceIds: [a.invoiceId],
          };
        }),
      ),
    );
  }
  return { paymentIds, stale };
}
