// One benchmark run on one database and one size: import against COPY, then the
// aging overview against a bare aggregate, with peak memory after each phase.
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { createOrganization } from '../src/app/create-organization';
import { importFile } from '../src/app/import-file';
import { queryRows, sql, type Database, type Db } from '../src/store/database';
import { getOverview } from '../src/store/overview';
import { bareAgingAggregate, prepareCopyPayload, rawLoadInvoices, rawLoadMethods } from './baselines';
import type { BenchFiles, BenchSpec } from './generate';
import { latency, memoryMb, round, timed, type LatencySummary, type MemorySample } from './measure';

export type ScenarioResult = {
  database: Database['kind'];
  invoices: number;
  customers: number;
  import: {
    method: string;
    ms: number;
    rowsPerSecond: number;
    /** The raw bulk load of the same rows into another organization of the same database. */
    baseline: { method: string; ms: number; rowsPerSecond: number; prepareMs: number };
    /** Import time over baseline time: how many times slower than the raw load. */
    ratio: number;
  };
  overview: {
    method: string;
    latency: LatencySummary;
    baseline: { method: string; latency: LatencySummary };
    /** Overview median over bare-aggregate median. */
    ratio: number;
  };
  /** Memory of the benchmark process after each phase. */
  memory: { afterCustomers: MemorySample; afterImport: MemorySample; afterBaseline: MemorySample; afterOverview: MemorySample };
};

export type ScenarioOptions = { runs: number; warmups: number; log: (line: string) => void };

async function newOrganization(db: Db, slug: string): Promise<string> {
  const created = await createOrganization(db, { slug, legalName: `Benchmark ${slug}`, country: 'PL', baseCurrency: 'PLN' });
  if (!created.ok) throw new Error(`cannot create organization ${slug}: ${created.message}`);
  return created.value.id;
}

async function importOrThrow(db: Db, orgId: string, kind: 'customers' | 'invoices', path: string) {
  const report = await importFile(db, { orgId, kind, fileName: basename(path), content: createReadStream(path) });
  if (!report.committed) {
    const first = report.errors.slice(0, 3).map((e) => `${e.file}:${e.line ?? '?'} ${e.field ?? ''} ${e.message}`);
    throw new Error(`import of ${basename(path)} was not committed: ${first.join('; ')}`);
  }
  return report;
}

async function countInvoices(db: Db, orgId: string): Promise<number> {
  const [row] = await queryRows<{ count: number }>(db, sql`select count(*)::int as count from invoices where org_id = ${orgId}`);
  return row?.count ?? 0;
}

/** Runs the import and overview measurements on a fresh, migrated database. */
export async function runScenario(database: Database, spec: BenchSpec, files: BenchFiles, options: ScenarioOptions): Promise<ScenarioResult> {
  const { db } = database;
  const { log } = options;
  const importOrg = await newOrganization(db, 'bench-import');
  const baselineOrg = await newOrganization(db, 'bench-baseline');
  log(`  customers: importing ${files.customers.length} into both organizations (not timed)`);
  await importOrThrow(db, importOrg, 'customers', files.customersPath);
  await importOrThrow(db, baselineOrg, 'customers', files.customersPath);
  const afterCustomers = memoryMb();

  log(`  import: ${spec.invoices} invoices through importFile`);
  const imported = await timed(() => importOrThrow(db, importOrg, 'invoices', files.invoicesPath));
  const afterImport = memoryMb();
  const importedCount = await countInvoices(db, importOrg);
  if (importedCount !== spec.invoices) throw new Error(`importFile left ${importedCount} invoices, expected ${spec.invoices}`);

  log(`  baseline: ${rawLoadMethods[database.kind]}`);
  const prepared = await timed(() => prepareCopyPayload(db, baselineOrg, spec, files.customers));
  const rawMs = await rawLoadInvoices(database, prepared.value);
  const afterBaseline = memoryMb();
  const loadedCount = await countInvoices(db, baselineOrg);
  if (loadedCount !== spec.invoices) throw new Error(`the raw load left ${loadedCount} invoices, expected ${spec.invoices}`);

  // Fresh statistics for both organizations, so neither side waits on autovacuum's timing.
  await db.execute(sql`analyze invoices`);
  await db.execute(sql`analyze customers`);
  const asOf = spec.today;
  log(`  overview: ${options.warmups} warm-ups and ${options.runs} runs of each`);
  const overviewLatency = await latency(() => getOverview(db, importOrg, asOf), options.runs, options.warmups);
  const bareLatency = await latency(() => bareAgingAggregate(db, importOrg, asOf), options.runs, options.warmups);
  await checkSameTotals(db, importOrg, asOf);
  const afterOverview = memoryMb();

  return {
    database: database.kind,
    invoices: spec.invoices,
    customers: files.customers.length,
    import: {
      method: 'importFile (CSV, streamed)',
      ms: round(imported.ms),
      rowsPerSecond: Math.round((spec.invoices / imported.ms) * 1000),
      baseline: {
        method: rawLoadMethods[database.kind],
        ms: round(rawMs),
        rowsPerSecond: Math.round((spec.invoices / rawMs) * 1000),
        prepareMs: round(prepared.ms),
      },
      ratio: round(imported.ms / rawMs),
    },
    overview: {
      method: 'getOverview (store/overview)',
      latency: overviewLatency,
      baseline: { method: 'bare SQL: sum(open_amount_minor) group by currency, aging bucket', latency: bareLatency },
      ratio: round(overviewLatency.medianMs / bareLatency.medianMs),
    },
    memory: { afterCustomers, afterImport, afterBaseline, afterOverview },
  };
}

// Both sides must have measured the same thing: the same open money per currency.
async function checkSameTotals(db: Db, orgId: string, asOf: string): Promise<void> {
  const overview = await getOverview(db, orgId, asOf);
  const bare = await bareAgingAggregate(db, orgId, asOf);
  for (const currency of overview.currencies) {
    const bareTotal = bare.filter((row) => row.currency === currency.currency).reduce((sum, row) => sum + Number(row.open_minor), 0);
    if (bareTotal !== currency.openMinor) {
      throw new Error(`overview and bare aggregate disagree for ${currency.currency}: ${currency.openMinor} vs ${bareTotal}`);
    }
  }
}
