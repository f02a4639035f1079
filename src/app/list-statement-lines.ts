// The imported statement lines as the API shows them; with status 'review' it is the
// review queue: each line with the matcher's best suggestions and why it waits.
import type { MatchDecision } from '../domain/matching/types';
import type { StatementLine } from '../http/contract';
import { listStatementLines as listLineRows } from '../store/bank-statements';
import type { Db } from '../store/database';
import type { StatementLineStatus } from '../store/schema';

/** The organization's lines, newest booking first. */
export async function listStatementLines(
  db: Db,
  orgId: string,
  options: { status?: StatementLineStatus; limit: number },
): Promise<StatementLine[]> {
  const rows = await listLineRows(db, orgId, options);
  return rows.map((row) => {
    const decision = row.proposals as MatchDecision | null;
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
      suggestions: decision === null ? [] : decision.kind === 'review' ? decision.suggestions : decision.kind === 'auto' ? [decision.proposal] : [],
      reasons: decision === null || decision.kind === 'auto' ? [] : decision.reasons,
    };
  });
}
