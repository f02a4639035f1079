// One row per committed import: which file, its SHA-256, and what it changed.
import { importRuns } from './schema';
import type { Db } from './database';

export type ImportRunValues = {
  kind: 'customers' | 'contacts' | 'invoices' | 'payments';
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
