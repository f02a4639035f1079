// Measures a large invoices import: time and peak memory (RSS) of importing a
// generated CSV of N invoices (default 1,000,000, about 84 MB) into a fresh database —
// PGlite in a data directory, as Duly runs by default, or the PostgreSQL test server —
// against a raw COPY of the same rows into another organization. RSS is sampled
// before the import (on PGlite its own WebAssembly memory is most of it) and at its
// peak during the import. Not part of the test suite; run it by hand:
//   npx tsx test/scale/import-invoices-scale.ts [rows] [pglite|postgres]
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import { from as copyFrom } from 'pg-copy-streams';
import { importFile } from '../../src/app/import-file';
import { addDays } from '../../src/domain/dates';
import { nipWithCheckDigit } from '../../src/domain/tax-ids';
import { openDatabase, queryRows, sql, type Database } from '../../src/store/database';
import { organizations } from '../../src/store/schema';
import { createTestDatabase } from '../databases';

const rows = Number(process.argv[2] ?? 1_000_000);
const kind = (process.argv[3] ?? 'pglite') as 'pglite' | 'postgres';
const customerCount = Math.max(10, Math.floor(rows / 100));

type Invoice = { number: string; customer: number; issued: string; due: string; whole: number; cents: number };

function invoice(i: number): Invoice {
  const issued = addDays('2025-01-01', i % 400);
  return {
    number: `FV/2025/${String(i).padStart(7, '0')}`,
    customer: i % customerCount,
    issued,
    due: addDays(issued, 14),
    whole: 1000 + (i % 90_000),
    cents: i % 100,
  };
}

async function writeLines(path: string, header: string, count: number, line: (i: number) => string) {
  const out = createWriteStream(path);
  out.write(`${header}\n`);
  let chunk = '';
  for (let i = 0; i < count; i++) {
    chunk += `${line(i)}\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

async function newOrganization(database: Database, slug: string): Promise<string> {
  const [org] = await database.db
    .insert(organizations)
    .values({ slug, legalName: `Scale ${slug}`, country: 'PL', baseCurrency: 'PLN' })
    .returning();
  return org!.id;
}

// The same invoices as COPY text for another organization, customer ids resolved
// beforehand: all the raw load has to do is load.
async function copyPayload(database: Database, orgId: string): Promise<Buffer[]> {
  const customers = await queryRows<{ external_id: string; id: string }>(
    database.db,
    sql`select external_id, id from customers where org_id = ${orgId}`,
  );
  const idOf = new Map(customers.map((c) => [c.external_id, c.id]));
  const chunks: Buffer[] = [];
  let block = '';
  for (let i = 0; i < rows; i++) {
    const v = invoice(i);
    const minor = v.whole * 100 + v.cents;
    block += `${orgId}\t${idOf.get(`K${v.customer}`)}\t${v.number}\t${v.issued}\t${v.due}\tPLN\t${minor}\t${minor}\topen\tfile\n`;
    if (block.length > 1 << 20) {
      chunks.push(Buffer.from(block));
      block = '';
    }
  }
  chunks.push(Buffer.from(block));
  return chunks;
}

async function rawCopy(database: Database, payload: Buffer[]): Promise<number> {
  const statement =
    'COPY invoices (org_id, customer_id, number, issue_date, due_date, currency, gross_total_minor, open_amount_minor, status, source) FROM';
  const started = performance.now();
  if (database.pool) {
    const client = await database.pool.connect();
    try {
      await pipeline(Readable.from(payload), client.query(copyFrom(`${statement} STDIN`)));
    } finally {
      client.release();
    }
  } else {
    const pglite = (database.db as unknown as { $client: PGlite }).$client;
    await pglite.query(`${statement} '/dev/blob'`, [], { blob: new Blob(payload as unknown as BlobPart[]) });
  }
  return (performance.now() - started) / 1000;
}

const dir = mkdtempSync(join(tmpdir(), 'duly-import-scale-'));
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
try {
  const customersPath = join(dir, 'customers.csv');
  const invoicesPath = join(dir, 'invoices.csv');
  await writeLines(customersPath, 'Kod;Nazwa;NIP;Termin płatności', customerCount, (i) => {
    const nip = nipWithCheckDigit(String(100_000_000 + i * 7)) ?? '';
    return `K${i};Kontrahent ${i} sp. z o.o.;${nip};${[7, 14, 30][i % 3]}`;
  });
  const header = 'Numer faktury;Kod klienta;Nabywca;Data wystawienia;Termin płatności;Kwota brutto;Waluta';
  await writeLines(invoicesPath, header, rows, (i) => {
    const v = invoice(i);
    const issued = v.issued.split('-').reverse().join('.');
    return `${v.number};K${v.customer};Kontrahent ${v.customer} sp. z o.o.;${issued};${v.due};${v.whole},${String(v.cents).padStart(2, '0')};PLN`;
  });
  const database =
    kind === 'postgres' ? await createTestDatabase(kind) : await openDatabase({ dataDir: join(dir, 'data') });
  await database.migrate();
  const importing = await newOrganization(database, 'imported');
  const copying = await newOrganization(database, 'copied');
  for (const orgId of [importing, copying]) {
    const customers = await importFile(database.db, {
      orgId,
      kind: 'customers',
      fileName: 'customers.csv',
      content: createReadStream(customersPath),
    });
    if (!customers.committed) throw new Error(JSON.stringify(customers.errors.slice(0, 3)));
  }

  const rssBefore = process.memoryUsage().rss;
  peakRss = rssBefore;
  const started = performance.now();
  const report = await importFile(database.db, {
    orgId: importing,
    kind: 'invoices',
    fileName: 'invoices.csv',
    content: createReadStream(invoicesPath),
  });
  const importSeconds = (performance.now() - started) / 1000;
  const peakDuringImport = peakRss;
  const copySeconds = await rawCopy(database, await copyPayload(database, copying));
  console.log(
    JSON.stringify({
      database: kind,
      rows,
      fileMegabytes: Number((statSync(invoicesPath).size / 1e6).toFixed(1)),
      committed: report.committed,
      created: report.created,
      errors: report.errors.slice(0, 3),
      importSeconds: Number(importSeconds.toFixed(1)),
      rowsPerSecond: Math.round(rows / importSeconds),
      rawCopySeconds: Number(copySeconds.toFixed(1)),
      importOverCopy: Number((importSeconds / copySeconds).toFixed(2)),
      rssBeforeImportMb: Math.round(rssBefore / 1e6),
      peakRssDuringImportMb: Math.round(peakDuringImport / 1e6),
    }),
  );
  await database.close();
} finally {
  clearInterval(sampler);
  rmSync(dir, { recursive: true, force: true });
}
