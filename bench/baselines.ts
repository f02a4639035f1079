// The yardsticks the product is measured against: the fastest raw way each database
// has to load rows (COPY), and a bare SQL aggregate for the aging overview.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import { from as copyFrom } from 'pg-copy-streams';
import { addDays, type IsoDate } from '../src/domain/dates';
import { queryRows, sql, type Database, type Db } from '../src/store/database';
import { benchInvoices, type BenchCustomer, type BenchSpec } from './generate';

const copyColumns =
  'org_id, customer_id, number, issue_date, due_date, currency, gross_total_minor, open_amount_minor, status, source';

/** How the baseline loads rows on each database, as named in the results. */
export const rawLoadMethods = {
  postgres: 'COPY invoices FROM STDIN (text format, pg-copy-streams)',
  pglite: "COPY invoices FROM '/dev/blob' (text format, PGlite blob)",
} as const;

/**
 * The invoices in COPY text format for one organization, customer ids already
 * resolved by NIP: everything the raw load needs, prepared before the clock starts.
 */
export async function prepareCopyPayload(
  db: Db,
  orgId: string,
  spec: BenchSpec,
  customers: readonly BenchCustomer[],
): Promise<Buffer[]> {
  const rows = await queryRows<{ tax_id: string; id: string }>(
    db,
    sql`select tax_id, id from customers where org_id = ${orgId} and tax_id is not null`,
  );
  const idByNip = new Map(rows.map((row) => [row.tax_id, row.id]));
  const chunks: Buffer[] = [];
  let block = '';
  for (const invoice of benchInvoices(spec, customers)) {
    const customerId = idByNip.get(invoice.nip);
    if (!customerId) throw new Error(`customer with NIP ${invoice.nip} was not imported`);
    block += `${orgId}\t${customerId}\t${invoice.number}\t${invoice.issueDate}\t${invoice.dueDate}\t${invoice.currency}\t${invoice.grossTotalMinor}\t${invoice.grossTotalMinor}\topen\tfile\n`;
    if (block.length >= 1 << 20) {
      chunks.push(Buffer.from(block));
      block = '';
    }
  }
  if (block) chunks.push(Buffer.from(block));
  return chunks;
}

/** Loads the prepared rows with the database's own bulk path; returns the milliseconds taken. */
export async function rawLoadInvoices(database: Database, payload: readonly Buffer[]): Promise<number> {
  const statement = `COPY invoices (${copyColumns}) FROM`;
  if (database.kind === 'postgres') {
    if (!database.pool) throw new Error('a PostgreSQL database without a pool');
    const client = await database.pool.connect();
    try {
      const started = performance.now();
      await pipeline(Readable.from(payload), client.query(copyFrom(`${statement} STDIN`)));
      return performance.now() - started;
    } finally {
      client.release();
    }
  }
  const pglite = (database.db as unknown as { $client: PGlite }).$client;
  const started = performance.now();
  await pglite.query(`${statement} '/dev/blob'`, [], { blob: new Blob(payload as unknown as BlobPart[]) });
  return performance.now() - started;
}

export type BucketRow = { currency: string; bucket: string; open_minor: number; invoices: number };

/** Open money per currency and aging bucket in one plain GROUP BY: the floor for the overview. */
export async function bareAgingAggregate(db: Db, orgId: string, asOf: IsoDate): Promise<BucketRow[]> {
  return queryRows<BucketRow>(
    db,
    sql`select currency,
               case when due_date >= ${asOf}::date then 'notDue'
                    when due_date >= ${addDays(asOf, -30)}::date then 'd1to30'
                    when due_date >= ${addDays(asOf, -60)}::date then 'd31to60'
                    when due_date >= ${addDays(asOf, -90)}::date then 'd61to90'
                    else 'd90plus' end as bucket,
               sum(open_amount_minor)::bigint as open_minor,
               count(*)::int as invoices
          from invoices
         where org_id = ${orgId} and status in ('open', 'partially_paid')
         group by 1, 2
         order by 1, 2`,
  );
}
