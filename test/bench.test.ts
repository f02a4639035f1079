// The benchmark's own parts: its data generator, its baselines and a whole small run
// on every database, so `npm run bench` does not rot between runs.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bareAgingAggregate, prepareCopyPayload, rawLoadInvoices } from '../bench/baselines';
import { benchCustomers, customerHeaders, invoiceHeaders, writeBenchFiles, type BenchFiles } from '../bench/generate';
import { quantile } from '../bench/measure';
import { formatTable } from '../bench/report';
import { runScenario } from '../bench/scenario';
import { parseSize, sizeLabel } from '../bench/sizes';
import { createOrganization } from '../src/app/create-organization';
import { parseCalendarDate } from '../src/domain/dates';
import { parseAmount } from '../src/domain/money';
import { isValidNip } from '../src/domain/tax-ids';
import { queryRows, sql } from '../src/store/database';
import { getOverview } from '../src/store/overview';
import { customers } from '../src/store/schema';
import { describeEachDatabase } from './databases';

const spec = { invoices: 1_000, seed: 3, today: '2026-04-15' };
let dir = '';
let files: BenchFiles;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duly-bench-test-'));
  files = await writeBenchFiles(spec, dir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('bench data generator', () => {
  it('writes the same files for the same seed', async () => {
    const again = await mkdtemp(join(tmpdir(), 'duly-bench-test-'));
    try {
      const second = await writeBenchFiles(spec, again);
      const hash = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');
      expect(await hash(second.invoicesPath)).toBe(await hash(files.invoicesPath));
      expect(await hash(second.customersPath)).toBe(await hash(files.customersPath));
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  });

  it('writes N invoices for about N/10 customers with valid, distinct NIPs', async () => {
    expect(files.customers).toHaveLength(100);
    expect(new Set(files.customers.map((c) => c.nip)).size).toBe(100);
    expect(files.customers.every((c) => isValidNip(c.nip))).toBe(true);
    const lines = (await readFile(files.invoicesPath, 'utf8')).trimEnd().split('\n');
    expect(lines[0]).toBe(invoiceHeaders.join(';'));
    expect(lines).toHaveLength(spec.invoices + 1);
    const customerLines = (await readFile(files.customersPath, 'utf8')).trimEnd().split('\n');
    expect(customerLines[0]).toBe(customerHeaders.join(';'));
    expect(customerLines).toHaveLength(101);
  });

  it('writes Polish CSV: semicolons, dd.mm.yyyy dates, decimal commas, unique numbers', async () => {
    const rows = (await readFile(files.invoicesPath, 'utf8')).trimEnd().split('\n').slice(1).map((l) => l.split(';'));
    const known = new Set(files.customers.map((c) => c.nip));
    for (const [number, nip, , issued, due, currency, amount] of rows) {
      expect(number).toMatch(/^FV\/\d{4}\/\d{2}\/\d{6}$/);
      expect(known.has(nip!)).toBe(true);
      expect(issued).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
      expect(parseCalendarDate(issued!)! <= parseCalendarDate(due!)!).toBe(true);
      expect(['PLN', 'EUR']).toContain(currency);
      expect(amount).toMatch(/^\d+,\d{2}$/);
      const parsed = parseAmount(amount!, currency!);
      expect(parsed.ok && parsed.amountMinor > 0).toBe(true);
    }
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
    expect(parseCalendarDate(rows.at(-1)![3]!)).toBe(spec.today);
  });

  it('reads sizes as people write them', () => {
    expect(parseSize('10k')).toBe(10_000);
    expect(parseSize('1m')).toBe(1_000_000);
    expect(parseSize('2500')).toBe(2_500);
    expect(parseSize('lots')).toBeNull();
    expect(parseSize('5')).toBeNull();
    expect([10_000, 100_000, 1_000_000, 2_500].map(sizeLabel)).toEqual(['10k', '100k', '1m', '2500']);
    expect(quantile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(benchCustomers({ ...spec, invoices: 5 })).toHaveLength(1);
  });
});

describeEachDatabase('bench baselines', (database) => {
  it('loads the rows raw and aggregates them as the overview does', async () => {
    const { db } = database();
    const created = await createOrganization(db, { slug: 'bench-baseline', legalName: 'Bench', country: 'PL', baseCurrency: 'PLN' });
    if (!created.ok) throw new Error(created.message);
    const orgId = created.value.id;
    await db.insert(customers).values(files.customers.map((c) => ({ orgId, name: c.name, taxId: c.nip, country: 'PL' })));
    const payload = await prepareCopyPayload(db, orgId, spec, files.customers);
    const ms = await rawLoadInvoices(database(), payload);
    expect(ms).toBeGreaterThan(0);
    const [row] = await queryRows<{ count: number }>(db, sql`select count(*)::int as count from invoices where org_id = ${orgId}`);
    expect(row!.count).toBe(spec.invoices);
    const bare = await bareAgingAggregate(db, orgId, spec.today);
    const overview = await getOverview(db, orgId, spec.today);
    for (const currency of overview.currencies) {
      const rows = bare.filter((r) => r.currency === currency.currency);
      expect(rows.reduce((sum, r) => sum + Number(r.open_minor), 0)).toBe(currency.openMinor);
      for (const r of rows) expect(currency.buckets[r.bucket as keyof typeof currency.buckets]).toBe(Number(r.open_minor));
    }
    expect(bare.reduce((sum, r) => sum + r.invoices, 0)).toBe(spec.invoices);
  });
});

describeEachDatabase('bench scenario', (database) => {
  it('imports, loads raw and times the overview, ending with the same rows on both sides', async () => {
    const lines: string[] = [];
    const result = await runScenario(database(), spec, files, { runs: 3, warmups: 1, log: (line) => lines.push(line) });
    expect(result.database).toBe(database().kind);
    expect(result.invoices).toBe(spec.invoices);
    expect(result.customers).toBe(100);
    expect(result.import.ms).toBeGreaterThan(0);
    expect(result.import.baseline.ms).toBeGreaterThan(0);
    expect(result.import.baseline.method).toMatch(/^COPY invoices FROM/);
    expect(result.import.ratio).toBeCloseTo(result.import.ms / result.import.baseline.ms, 1);
    expect(result.overview.latency.runs).toBe(3);
    expect(result.overview.latency.medianMs).toBeGreaterThan(0);
    expect(result.overview.ratio).toBeGreaterThan(0);
    expect(result.memory.afterOverview.peakRssMb).toBeGreaterThanOrEqual(result.memory.afterCustomers.peakRssMb);
    expect(result.memory.afterImport.rssMb).toBeGreaterThan(0);
    expect(lines.some((line) => line.includes('importFile'))).toBe(true);
    const table = formatTable([result]).split('\n');
    expect(table[0]).toMatch(/^database\s+invoices\s+import rows\/s/);
    expect(table[2]).toContain(result.import.ratio.toFixed(2));
    expect(table[2]!.startsWith(database().kind)).toBe(true);
    const rows = await queryRows<{ slug: string; count: number }>(
      database().db,
      sql`select o.slug, count(i.id)::int as count from organizations o left join invoices i on i.org_id = o.id group by o.slug order by o.slug`,
    );
    expect(rows).toEqual([
      { slug: 'bench-baseline', count: spec.invoices },
      { slug: 'bench-import', count: spec.invoices },
    ]);
  }, 60_000);
});
