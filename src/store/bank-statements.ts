// Imported bank statements and their lines: what the import writes, what matching
// reads from the ledger, and the review queue of lines still waiting for a person.
import { and, desc, eq } from 'drizzle-orm';
import type { OpenInvoice, PayerProfile } from '../domain/matching/types';
import { queryRows, sql, type Db } from './database';
import { bankStatementLines, bankStatements, type StatementLineStatus } from './schema';

export type NewBankStatement = Omit<typeof bankStatements.$inferInsert, 'id' | 'orgId' | 'createdAt'>;
export type NewStatementLine = Omit<typeof bankStatementLines.$inferInsert, 'id' | 'orgId' | 'createdAt' | 'updatedAt'>;
export type StatementLineRow = typeof bankStatementLines.$inferSelect;

/** Which of these line fingerprints the organization has already imported. */
export async function knownLineFingerprints(db: Db, orgId: string, fingerprints: readonly string[]): Promise<Set<string>> {
  if (fingerprints.length === 0) return new Set();
  const rows = await db
    .select({ fingerprint: bankStatementLines.fingerprint })
    .from(bankStatementLines)
    // One array parameter: a statement of 100k lines has more fingerprints than a statement may have parameters.
    .where(and(eq(bankStatementLines.orgId, orgId), sql`${bankStatementLines.fingerprint} = any(${sql.param(`{${fingerprints.join(',')}}`)}::text[])`));
  return new Set(rows.map((row) => row.fingerprint));
}

/** Inserts a statement header and returns its id. */
export async function insertBankStatement(db: Db, orgId: string, values: NewBankStatement): Promise<string> {
  const [row] = await db.insert(bankStatements).values({ ...values, orgId }).returning({ id: bankStatements.id });
  return row!.id;
}

/** Inserts statement lines; a fingerprint already known is left as it is. */
export async function insertStatementLines(db: Db, orgId: string, lines: readonly NewStatementLine[]): Promise<number> {
  let inserted = 0;
  // One JSON parameter per batch, spread into columns by the database: building a
  // statement with a parameter per value costs more than the insert itself at 100k lines.
  for (let start = 0; start < lines.length; start += 2000) {
    const batch = JSON.stringify(
      lines.slice(start, start + 2000).map((line) => ({
        statement_id: line.statementId,
        line_index: line.lineIndex,
        booking_date: line.bookingDate,
        value_date: line.valueDate,
        amount_minor: line.amountMinor,
        currency: line.currency,
        direction: line.direction,
        counterparty_name: line.counterpartyName ?? null,
        counterparty_account: line.counterpartyAccount ?? null,
        title: line.title,
        creditor_reference: line.creditorReference ?? null,
        end_to_end_id: line.endToEndId ?? null,
        bank_reference: line.bankReference ?? null,
        raw_text: line.rawText,
        fingerprint: line.fingerprint,
        status: line.status,
        payment_id: line.paymentId ?? null,
        proposals: line.proposals ?? null,
      })),
    );
    const rows = await queryRows<{ id: string }>(
      db,
      sql`insert into bank_statement_lines
                 (org_id, statement_id, line_index, booking_date, value_date, amount_minor, currency, direction,
                  counterparty_name, counterparty_account, title, creditor_reference, end_to_end_id, bank_reference,
                  raw_text, fingerprint, status, payment_id, proposals)
          select ${orgId}::uuid, statement_id, line_index, booking_date, value_date, amount_minor, currency, direction,
                 counterparty_name, counterparty_account, title, creditor_reference, end_to_end_id, bank_reference,
                 raw_text, fingerprint, status, payment_id, proposals
            from json_to_recordset(${batch}::json) as x(
                 statement_id uuid, line_index int, booking_date date, value_date date, amount_minor bigint, currency text,
                 direction text, counterparty_name text, counterparty_account text, title text, creditor_reference text,
                 end_to_end_id text, bank_reference text, raw_text text, fingerprint text, status text, payment_id uuid,
                 proposals jsonb)
          on conflict do nothing
          returning id`,
    );
    inserted += rows.length;
  }
  return inserted;
}

// Open invoices come in pieces of this many, so a million of them never sit in one
// result beside the matching index built from them.
const OPEN_INVOICE_CHUNK = 50_000;

/** The organization's open invoices in the currency, as matching sees them, a chunk at a time. */
export async function* openInvoicesForMatching(db: Db, orgId: string, currency: string): AsyncGenerator<OpenInvoice[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const chunk = await queryRows<OpenInvoice>(
      db,
      sql`select id, customer_id as "customerId", number, currency,
                 open_amount_minor::float8 as "openAmountMinor", gross_total_minor::float8 as "grossTotalMinor",
                 to_char(due_date, 'YYYY-MM-DD') as "dueDate", to_char(issue_date, 'YYYY-MM-DD') as "issueDate"
            from invoices
           where org_id = ${orgId}::uuid and id > ${after}::uuid and currency = ${currency} and open_amount_minor > 0
             and status in ('open', 'partially_paid') and written_off_at is null
           order by id
           limit ${OPEN_INVOICE_CHUNK}`,
    );
    if (chunk.length === 0) return;
    yield chunk;
    if (chunk.length < OPEN_INVOICE_CHUNK) return;
    after = chunk[chunk.length - 1]!.id;
  }
}

/** Every customer as a payer: name, tax ids, and the accounts its earlier payments came from. */
export async function loadPayerProfiles(db: Db, orgId: string): Promise<PayerProfile[]> {
  const rows = await queryRows<{ customerId: string; name: string; taxId: string | null; vatId: string | null; accounts: string[] | null }>(
    db,
    sql`select c.id as "customerId", c.name, c.tax_id as "taxId", c.vat_id as "vatId",
               (select array_agg(distinct p.payer_account) from payments p
                 where p.org_id = c.org_id and p.customer_id = c.id and p.payer_account is not null) as accounts
          from customers c where c.org_id = ${orgId}::uuid`,
  );
  return rows.map((row) => ({
    customerId: row.customerId,
    name: row.name,
    taxIds: [row.taxId, row.vatId].filter((id): id is string => Boolean(id)),
    knownAccounts: row.accounts ?? [],
  }));
}

/**
 * One page of the organization's lines, optionally of one status. The order is total,
 * so `offset` pages neither repeat nor skip a line while the list stands still: the
 * newest booking date first; lines booked the same day statement by statement, each in
 * the order of its file; the id settles what is left.
 */
export async function listStatementLines(
  db: Db,
  orgId: string,
  options: { status?: StatementLineStatus; limit: number; offset?: number },
): Promise<StatementLineRow[]> {
  const where = options.status
    ? and(eq(bankStatementLines.orgId, orgId), eq(bankStatementLines.status, options.status))
    : eq(bankStatementLines.orgId, orgId);
  return db
    .select()
    .from(bankStatementLines)
    .where(where)
    .orderBy(desc(bankStatementLines.bookingDate), bankStatementLines.statementId, bankStatementLines.lineIndex, bankStatementLines.id)
    .limit(options.limit)
    .offset(options.offset ?? 0);
}

/** One line, or null when not the organization's; `lock` holds it to the transaction's end. */
export async function findStatementLine(db: Db, orgId: string, lineId: string, options: { lock?: boolean } = {}): Promise<StatementLineRow | null> {
  const query = db.select().from(bankStatementLines).where(and(eq(bankStatementLines.orgId, orgId), eq(bankStatementLines.id, lineId)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

/** Records that the line became this payment. */
export async function markStatementLineMatched(db: Db, orgId: string, lineId: string, paymentId: string): Promise<void> {
  await db
    .update(bankStatementLines)
    .set({ status: 'matched', paymentId, updatedAt: sql`now()` })
    .where(and(eq(bankStatementLines.orgId, orgId), eq(bankStatementLines.id, lineId)));
}
