// The imported statement lines as the API shows them; with status 'review' it is the
// review queue: each line with the matcher's best suggestions and why it waits. The
// suggestions name their invoices and customers as they stand now (an invoice may have
// been paid since the import), and a matched line shows what its payment became.
import type { MatchDecision, MatchProposal } from '../domain/matching/types';
import type { StatementLine } from '../http/contract';
import { listStatementLines as listLineRows } from '../store/bank-statements';
import type { Db } from '../store/database';
import type { StatementLineStatus } from '../store/schema';
import { findCustomerNames, findLinePayments, findReviewedInvoices } from '../store/statement-review';

/** One page of the organization's lines, newest booking first (the store's order says how ties fall). */
export async function listStatementLines(
  db: Db,
  orgId: string,
  options: { status?: StatementLineStatus; limit: number; offset: number },
): Promise<StatementLine[]> {
  const rows = await listLineRows(db, orgId, options);
  const decided = rows.map((row) => ({ row, decision: row.proposals as MatchDecision | null }));
  const proposals = decided.flatMap(({ decision }) => proposalsOf(decision));

  const invoices = new Map(
    (await findReviewedInvoices(db, orgId, unique(proposals.flatMap((p) => p.allocations.map((a) => a.invoiceId))))).map((invoice) => [invoice.id, invoice]),
  );
  const linePayments = await findLinePayments(db, orgId, unique(rows.map((row) => row.paymentId)));
  const customerNames = await findCustomerNames(
    db,
    orgId,
    unique([...proposals.map((p) => p.customerId), ...[...linePayments.values()].map((payment) => payment.customerId)]),
  );

  return decided.map(({ row, decision }) => {
    const payment = row.paymentId === null ? undefined : linePayments.get(row.paymentId);
    return {
      id: row.id,
      bookingDate: row.bookingDate,
      valueDate: row.valueDate,
      amountMinor: row.amountMinor,
      currency: row.currency,
      direction: row.direction,
      counterpartyName: row.counterpartyName,
      counterpartyAccount: row.counterpartyAccount,
      title: row.title,
      creditorReference: row.creditorReference,
      status: row.status,
      paymentId: row.paymentId,
      payment: payment ? { ...payment, customerName: payment.customerId === null ? null : (customerNames.get(payment.customerId) ?? null) } : null,
      suggestions: proposalsOf(decision).map((proposal) => ({
        ...proposal,
        customerName: customerNames.get(proposal.customerId) ?? null,
        allocations: proposal.allocations.map((allocation) => {
          const invoice = invoices.get(allocation.invoiceId);
          return { ...allocation, invoiceNumber: invoice?.number ?? null, openAmountMinor: invoice?.openAmountMinor ?? null };
        }),
      })),
      reasons: decision === null || decision.kind === 'auto' ? [] : decision.reasons,
    };
  });
}

// An automatic match shows the proposal it carried out, a waiting line its suggestions.
function proposalsOf(decision: MatchDecision | null): MatchProposal[] {
  if (decision === null) return [];
  if (decision.kind === 'review') return decision.suggestions;
  if (decision.kind === 'auto') return [decision.proposal];
  return [];
}

function unique(ids: readonly (string | null)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== null))];
}
