// One row per committed import: which file, its SHA-256, and what it changed.
import type { IsoDate } from '../domain/dates';
import { queryRows, sql, type Db } from './database';
import { importRuns } from './schema';

export type ImportRunValues = {
  kind: 'customers' | 'contacts' | 'invoices' | 'payments' | 'einvoices' | 'statements';
  /** Given when rows written before the run refer to it. */
  id?: string;
  fileName: string;
  sha256: string;
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  userId: string | null;
};

/** Records a committed import run of the organization. */
export async function recordImportRun(db: Db, orgId: string, run: ImportRunValues): Promise<void> {
  await db.insert(importRuns).values({ ...run, orgId });
}

/**
 * The organization's calendar day of its newest import of bank payments (a statement),
 * or null when it never imported one: then no reminder waits for statements.
 */
export async function newestStatementImportOn(db: Db, orgId: string, timeZone: string): Promise<IsoDate | null> {
  const [row] = await queryRows<{ newest: string | null }>(
    db,
    sql`select to_char(max(created_at) at time zone ${timeZone}, 'YYYY-MM-DD') as newest
          from import_runs where org_id = ${orgId} and kind in ('payments', 'statements')`,
  );
  return row?.newest ?? null;
}
