// The statement benchmark's data: the matcher's labelled set (src/domain/matching/
// labelled-set.ts) at benchmark size — customers, open invoices and noisy credit lines
// whose right answers are known — written into the database with bulk statements, and
// its lines written out as an MT940 file the way Polish banks structure `:86:`.
// Everything is in złoty: the import matches in the organization's currency, and the
// labels stay right whatever the currency is called.
import { generateLabelledSet, type LabelledSet } from '../src/domain/matching/labelled-set';
import { ibanFromBban } from '../src/domain/iban';
import { sql, type Db } from '../src/store/database';

export type StatementBenchSpec = { invoices: number; lines: number; seed: number };

/** The organization's own account the statements are for. */
export const benchAccount = ibanFromBban('PL', '109010140000071219812874');

/** Customers of a benchmark size: a tenth of the invoices, at least one. */
export const statementBenchCustomers = (invoices: number) => Math.max(1, Math.round(invoices / 10));

/** The labelled set of the size, all in PLN. */
export function generateStatementBench(spec: StatementBenchSpec): LabelledSet {
  const set = generateLabelledSet({ seed: spec.seed, customers: statementBenchCustomers(spec.invoices), openInvoices: spec.invoices, lines: spec.lines });
  for (const invoice of set.invoices) invoice.currency = 'PLN';
  for (const labelled of set.lines) labelled.line.currency = 'PLN';
  return set;
}

// The set names customers "customer-N"; the database wants uuids.
export const customerUuid = (customerId: string) => `00000000-0000-4000-8000-${customerId.replace(/\D/g, '').padStart(12, '0')}`;

const BATCH = 10_000;

// Rows go in as one JSON array per batch, spread into columns by jsonb_to_recordset;
// `columns` names each column with its type ("id uuid, name text").
async function insertJsonRows(db: Db, table: string, columns: string, rows: readonly object[]): Promise<void> {
  const names = columns
    .split(',')
    .map((column) => column.trim().split(/\s+/)[0])
    .join(', ');
  for (let at = 0; at < rows.length; at += BATCH) {
    const batch = JSON.stringify(rows.slice(at, at + BATCH));
    await db.execute(
      sql`insert into ${sql.raw(table)} (${sql.raw(names)}) select ${sql.raw(names)} from jsonb_to_recordset(${batch}::jsonb) as r(${sql.raw(columns)})`,
    );
  }
}

/**
 * Writes the set's customers and open invoices into the organization, with the history
 * the matcher learns payers from: each account a payer is known by paid an earlier
 * invoice, and a part-paid invoice has the payment that paid its first part.
 */
export async function writeStatementLedger(db: Db, orgId: string, set: LabelledSet): Promise<{ customers: number; openInvoices: number; historyPayments: number }> {
  await insertJsonRows(
    db,
    'customers',
    'id uuid, org_id uuid, external_id text, name text, tax_id text, country text, payment_terms_days int',
    set.payers.map((payer) => ({
      id: customerUuid(payer.customerId),
      org_id: orgId,
      external_id: payer.customerId,
      name: payer.name,
      tax_id: payer.taxIds[0] ?? null,
      country: 'PL',
      payment_terms_days: 14,
    })),
  );

  const invoices: object[] = [];
  const payments: object[] = [];
  const allocations: object[] = [];
  const paidBefore = (invoiceId: string, customerId: string, amountMinor: number, date: string, account: string | null) => {
    const paymentId = invoiceId.replace(/^.{8}/, 'ffffffff');
    payments.push({
      id: paymentId,
      org_id: orgId,
      customer_id: customerId,
      fingerprint: `history:${invoiceId}`,
      payment_date: date,
      amount_minor: amountMinor,
      currency: 'PLN',
      payer_account: account,
      unallocated_minor: 0,
      source: 'file',
    });
    allocations.push({ org_id: orgId, invoice_id: invoiceId, payment_id: paymentId, amount_minor: amountMinor });
  };
  for (const invoice of set.invoices) {
    const customerId = customerUuid(invoice.customerId);
    const partlyPaid = invoice.openAmountMinor < invoice.grossTotalMinor;
    invoices.push({
      id: invoice.id,
      org_id: orgId,
      customer_id: customerId,
      number: invoice.number,
      issue_date: invoice.issueDate,
      due_date: invoice.dueDate,
      currency: 'PLN',
      gross_total_minor: invoice.grossTotalMinor,
      open_amount_minor: invoice.openAmountMinor,
      status: partlyPaid ? 'partially_paid' : 'open',
      source: 'file',
    });
    if (partlyPaid) paidBefore(invoice.id, customerId, invoice.grossTotalMinor - invoice.openAmountMinor, invoice.issueDate, null);
  }
  let history = 0;
  for (const payer of set.payers) {
    const customerId = customerUuid(payer.customerId);
    for (const account of payer.knownAccounts) {
      history++;
      const invoiceId = `eeeeeeee-0000-4000-8000-${String(history).padStart(12, '0')}`;
      invoices.push({
        id: invoiceId,
        org_id: orgId,
        customer_id: customerId,
        number: `H/${history}/2025`,
        issue_date: '2025-11-03',
        due_date: '2025-11-17',
        currency: 'PLN',
        gross_total_minor: 120_000,
        open_amount_minor: 0,
        status: 'paid',
        source: 'file',
      });
      paidBefore(invoiceId, customerId, 120_000, '2025-11-14', account);
    }
  }
  const invoiceColumns =
    'id uuid, org_id uuid, customer_id uuid, number text, issue_date date, due_date date, currency text, gross_total_minor bigint, open_amount_minor bigint, status text, source text';
  await insertJsonRows(db, 'invoices', invoiceColumns, invoices);
  await insertJsonRows(
    db,
    'payments',
    'id uuid, org_id uuid, customer_id uuid, fingerprint text, payment_date date, amount_minor bigint, currency text, payer_account text, unallocated_minor bigint, source text',
    payments,
  );
  await insertJsonRows(db, 'allocations', 'org_id uuid, invoice_id uuid, payment_id uuid, amount_minor bigint', allocations);
  for (const table of ['customers', 'invoices', 'payments', 'allocations']) await db.execute(sql.raw(`analyze ${table}`));
  return { customers: set.payers.length, openInvoices: set.invoices.length, historyPayments: payments.length };
}

// MT940 lines are at most 65 characters; :86: sub-fields at most 27 (Polish layout).
const LINE_WIDTH = 65;
const SUBFIELD_WIDTH = 27;

const yymmdd = (date: string) => date.slice(2).replace(/-/g, '');
const mt940Amount = (minor: number) => `${Math.floor(minor / 100)},${String(minor % 100).padStart(2, '0')}`;

function pieces(text: string, width: number, count: number): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length && out.length < count; at += width) out.push(text.slice(at, at + width));
  return out;
}

function wrapped(text: string): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length; at += LINE_WIDTH) out.push(text.slice(at, at + LINE_WIDTH));
  return out;
}

/** Where each line of the set went in the file: the statement (`:20:`) and its place there. */
export type LinePlace = { statementId: string; lineIndex: number };

/**
 * The set's credit lines as one MT940 file: a statement per booking day, `:86:` with
 * `~20`–`~25` title, `~32`–`~33` payer name and `~38` payer account. A structured
 * reference opens the title, as Polish banks pass it on.
 */
export function statementFile(set: LabelledSet): { text: string; places: LinePlace[] } {
  const byDay = new Map<string, number[]>();
  set.lines.forEach((labelled, index) => {
    const day = labelled.line.bookingDate;
    const list = byDay.get(day);
    if (list) list.push(index);
    else byDay.set(day, [index]);
  });
  const places: LinePlace[] = new Array(set.lines.length);
  const out: string[] = [];
  let balance = 10_000_000;
  let sequence = 0;
  for (const day of [...byDay.keys()].sort()) {
    sequence++;
    const statementId = `BENCH${yymmdd(day)}`;
    out.push(`:20:${statementId}`, `:25:/${benchAccount}`, `:28C:${sequence}/1`, `:60F:C${yymmdd(day)}PLN${mt940Amount(balance)}`);
    byDay.get(day)!.forEach((index, lineIndex) => {
      const { line } = set.lines[index]!;
      places[index] = { statementId, lineIndex };
      balance += line.amountMinor;
      const title = line.structuredReference ? `${line.structuredReference} ${line.title}` : line.title;
      const details = [
        '020~00VE02',
        ...pieces(title, SUBFIELD_WIDTH, 6).map((piece, i) => `~${20 + i}${piece}`),
        ...(line.counterpartyName ? pieces(line.counterpartyName, SUBFIELD_WIDTH, 2).map((piece, i) => `~${32 + i}${piece}`) : []),
        ...(line.counterpartyAccount ? [`~38${line.counterpartyAccount.replace(/\s/g, '')}`] : []),
      ].join('');
      out.push(`:61:${yymmdd(day)}${yymmdd(day).slice(2)}CN${mt940Amount(line.amountMinor)}NTRFNONREF//B${String(index + 1).padStart(9, '0')}`);
      out.push(...wrapped(`:86:${details}`));
    });
    out.push(`:62F:C${yymmdd(day)}PLN${mt940Amount(balance)}`, '-');
  }
  return { text: `${out.join('\r\n')}\r\n`, places };
}
