// Deterministic benchmark data: N invoices for about N/10 customers, as the CSV files
// a Polish accounting export would give (`;`, decimal comma, Polish headers), written
// as streams so a million rows never sit in memory as one string.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { randomNip } from '../src/app/demo/identities';
import { randomCompanyName } from '../src/app/demo/names';
import { createRandom, seedFrom } from '../src/app/demo/random';
import { addDays, type IsoDate } from '../src/domain/dates';

export type BenchSpec = {
  /** How many invoices; customers are a tenth of that (at least one). */
  invoices: number;
  seed: number;
  /** The last issue date; the history reaches about eighteen months back from it. */
  today: IsoDate;
};

export type BenchCustomer = { nip: string; name: string; currency: 'PLN' | 'EUR'; termsDays: number };

export type BenchInvoice = {
  number: string;
  nip: string;
  customerName: string;
  issueDate: IsoDate;
  dueDate: IsoDate;
  currency: 'PLN' | 'EUR';
  grossTotalMinor: number;
};

export const invoiceHeaders = ['Numer faktury', 'NIP', 'Kontrahent', 'Data wystawienia', 'Termin płatności', 'Waluta', 'Kwota brutto'];
export const customerHeaders = ['NIP', 'Nazwa', 'Kraj', 'Termin płatności (dni)'];

const historyDays = 548;
const terms = [14, 14, 21, 30, 30, 30, 45, 60] as const;

/** The customers of a benchmark of this size, each with a distinct valid NIP. */
export function benchCustomers(spec: BenchSpec): BenchCustomer[] {
  const random = createRandom(seedFrom(spec.seed, 'bench-customers'));
  const count = Math.max(1, Math.round(spec.invoices / 10));
  const seen = new Set<string>();
  const customers: BenchCustomer[] = [];
  while (customers.length < count) {
    const nip = randomNip(random);
    if (seen.has(nip)) continue;
    seen.add(nip);
    customers.push({
      nip,
      name: randomCompanyName(random, 'PL').name,
      currency: random.chance(0.1) ? 'EUR' : 'PLN',
      termsDays: random.pick(terms),
    });
  }
  return customers;
}

/** The invoices, oldest first, numbered FV/YYYY/MM/NNNNNN per month of issue. */
export function* benchInvoices(spec: BenchSpec, customers: readonly BenchCustomer[]): Generator<BenchInvoice> {
  const random = createRandom(seedFrom(spec.seed, 'bench-invoices'));
  const start = addDays(spec.today, -historyDays);
  let month = '';
  let sequence = 0;
  for (let i = 0; i < spec.invoices; i++) {
    const issueDate = addDays(start, Math.floor((i * (historyDays + 1)) / spec.invoices));
    const customer = customers[Math.floor(random.next() * customers.length)]!;
    const net = Math.exp(Math.log(100) + random.next() * (Math.log(50_000) - Math.log(100)));
    const netMinor = Math.round((customer.currency === 'EUR' ? net / 4.3 : net) * 100);
    const grossTotalMinor = customer.currency === 'EUR' ? Math.max(1, netMinor) : Math.max(1, Math.floor((netMinor * 123 + 50) / 100));
    if (issueDate.slice(0, 7) !== month) {
      month = issueDate.slice(0, 7);
      sequence = 0;
    }
    sequence++;
    yield {
      number: `FV/${month.replace('-', '/')}/${String(sequence).padStart(6, '0')}`,
      nip: customer.nip,
      customerName: customer.name,
      issueDate,
      dueDate: addDays(issueDate, customer.termsDays),
      currency: customer.currency,
      grossTotalMinor,
    };
  }
}

function csvField(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** "2026-04-15" → "15.04.2026", as Polish exports write dates. */
function polishDate(date: IsoDate): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

/** Minor units with a decimal comma: 123456 → "1234,56". */
function decimalComma(amountMinor: number): string {
  const text = String(amountMinor).padStart(3, '0');
  return `${text.slice(0, -2)},${text.slice(-2)}`;
}

// Lines are gathered into blocks of about 64 KiB, and the writer's back-pressure is
// respected, so memory stays flat whatever the size.
async function writeLines(path: string, lines: Iterable<string>): Promise<number> {
  const out = createWriteStream(path);
  let block = '';
  let bytes = 0;
  for (const line of lines) {
    block += line;
    if (block.length >= 65_536) {
      bytes += Buffer.byteLength(block);
      if (!out.write(block)) await once(out, 'drain');
      block = '';
    }
  }
  bytes += Buffer.byteLength(block);
  out.end(block);
  await finished(out);
  return bytes;
}

export type BenchFiles = {
  customersPath: string;
  invoicesPath: string;
  customers: BenchCustomer[];
  customersBytes: number;
  invoicesBytes: number;
};

/** Writes the customers CSV (to import first) and the invoices CSV into `dir`. */
export async function writeBenchFiles(spec: BenchSpec, dir: string): Promise<BenchFiles> {
  const customers = benchCustomers(spec);
  const customersPath = join(dir, `customers-${spec.invoices}.csv`);
  const invoicesPath = join(dir, `invoices-${spec.invoices}.csv`);
  const customersBytes = await writeLines(customersPath, [
    `${customerHeaders.join(';')}\n`,
    ...customers.map((c) => `${c.nip};${csvField(c.name)};PL;${c.termsDays}\n`),
  ]);
  const invoicesBytes = await writeLines(invoicesPath, invoiceLines(spec, customers));
  return { customersPath, invoicesPath, customers, customersBytes, invoicesBytes };
}

function* invoiceLines(spec: BenchSpec, customers: readonly BenchCustomer[]): Generator<string> {
  yield `${invoiceHeaders.join(';')}\n`;
  for (const i of benchInvoices(spec, customers)) {
    yield `${i.number};${i.nip};${csvField(i.customerName)};${polishDate(i.issueDate)};${polishDate(i.dueDate)};${i.currency};${decimalComma(i.grossTotalMinor)}\n`;
  }
}
