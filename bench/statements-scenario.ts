// The statement benchmark on one database: 100k credit lines against 1M open invoices
// at full size. It runs in two processes, so the import's peak memory is its own and
// not the generator's: `prepare` writes the labelled ledger into the database, the
// statement file and the right answers to the work directory, and measures the matcher
// alone in memory; `import` times `importStatement` on that file and then reads back
// what was allocated to score it against the right answers.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createOrganization } from '../src/app/create-organization';
import { importStatement } from '../src/app/import-statement';
import type { LabelledLine, LineKind } from '../src/domain/matching/labelled-set';
import { measureMatchingQuality, type MatchingQuality } from '../src/domain/matching/matching-quality';
import type { MatchProposal } from '../src/domain/matching/types';
import { readBankStatement } from '../src/formats/statements/read-bank-statement';
import type { StatementImportReport } from '../src/http/contract';
import { queryRows, sql, type Database } from '../src/store/database';
import { memoryMb, round, timed, type MemorySample } from './measure';
import { customerUuid, generateStatementBench, statementFile, writeStatementLedger, type StatementBenchSpec } from './statements-generate';

const FILE = 'statement.sta';
const ANSWERS = 'answers.json';
/** The day of the import: the generated lines are booked in May 2026. */
const IMPORT_MOMENT = new Date('2026-05-30T10:00:00Z');

/** A proposal or right answer reduced to one comparable string: customer, credit left, allocations. */
function answerKey(customerId: string, creditMinor: number, allocations: readonly { invoiceId: string; amountMinor: number }[]): string {
  const parts = allocations.map((a) => `${a.invoiceId}=${a.amountMinor}`).sort();
  return `${customerId}|${creditMinor}|${parts.join(' ')}`;
}

type Answer = { statementId: string; lineIndex: number; kind: LineKind; key: string | null };
type Answers = { spec: StatementBenchSpec; orgId: string; customers: number; openInvoices: number; answers: Answer[] };

export type PrepareResult = {
  generationMs: number;
  ledgerMs: number;
  fileBytes: number;
  /** The matcher alone over the same lines, in memory, without settling invoices between lines. */
  matcherInMemory: { ms: number; quality: MatchingQuality };
};

/** Writes the ledger and the statement file; returns what it measured on the way. */
export async function prepareStatementBench(database: Database, spec: StatementBenchSpec, workDir: string, log: (line: string) => void): Promise<PrepareResult> {
  const created = await createOrganization(database.db, { slug: 'bench-statements', legalName: 'Benchmark statements', country: 'PL', baseCurrency: 'PLN' });
  if (!created.ok) throw new Error(`cannot create the organization: ${created.message}`);
  const orgId = created.value.id;
  log(`  generating ${spec.invoices} open invoices and ${spec.lines} credit lines (not timed)`);
  const generated = await timed(async () => generateStatementBench(spec));
  const set = generated.value;
  const ledger = await timed(() => writeStatementLedger(database.db, orgId, set));
  const { text, places } = statementFile(set);
  await writeFile(join(workDir, FILE), text);
  const answers: Answer[] = set.lines.map((labelled: LabelledLine, index) => {
    const expected = labelled.expected;
    return {
      ...places[index]!,
      kind: labelled.kind,
      key: expected ? answerKey(customerUuid(expected.customerId), expected.creditMinor, expected.allocations) : null,
    };
  });
  const saved: Answers = { spec, orgId, customers: ledger.value.customers, openInvoices: ledger.value.openInvoices, answers };
  await writeFile(join(workDir, ANSWERS), JSON.stringify(saved));
  log('  the matcher alone, in memory');
  const matcher = await timed(async () => measureMatchingQuality(set));
  return {
    generationMs: round(generated.ms),
    ledgerMs: round(ledger.ms),
    fileBytes: Buffer.byteLength(text),
    matcherInMemory: { ms: round(matcher.ms), quality: matcher.value },
  };
}

export type ImportResult = {
  database: Database['kind'];
  invoices: number;
  customers: number;
  lines: number;
  /** Reading the file alone (MT940 into statement lines). */
  readMs: number;
  import: { method: string; ms: number; linesPerSecond: number; report: Omit<StatementImportReport, 'errors' | 'fileName'> };
  /** Scored from what the import stored, against the right answers. */
  quality: MatchingQuality;
  memory: { beforeImport: MemorySample; afterImport: MemorySample };
};

/** Imports the prepared file, timed, and scores what it allocated. */
export async function runStatementImport(database: Database, workDir: string, log: (line: string) => void): Promise<ImportResult> {
  const saved = JSON.parse(await readFile(join(workDir, ANSWERS), 'utf8')) as Answers;
  const content = await readFile(join(workDir, FILE));
  const read = await timed(async () => readBankStatement(content, FILE));
  const beforeImport = memoryMb();
  log(`  importing ${saved.answers.length} lines against ${saved.openInvoices} open invoices`);
  const imported = await timed(() => importStatement(database.db, { orgId: saved.orgId, fileName: FILE, content, now: IMPORT_MOMENT }));
  const afterImport = memoryMb();
  const { errors, fileName: _name, ...report } = imported.value;
  if (errors.length > 0 || !report.committed) throw new Error(`the import failed: ${JSON.stringify(errors.slice(0, 3))}`);
  log('  scoring the allocations against the right answers');
  const quality = await scoreImport(database, saved);
  return {
    database: database.kind,
    invoices: saved.openInvoices,
    customers: saved.customers,
    lines: saved.answers.length,
    readMs: round(read.ms),
    import: {
      method: 'importStatement (src/app/import-statement.ts): read, match, record payments and allocations, one transaction',
      ms: round(imported.ms),
      linesPerSecond: Math.round((saved.answers.length / imported.ms) * 1000),
      report,
    },
    quality,
    memory: { beforeImport, afterImport },
  };
}

type StoredLine = {
  statementId: string;
  lineIndex: number;
  status: string;
  customerId: string | null;
  creditMinor: number | null;
  allocations: { invoiceId: string; amountMinor: number }[] | null;
  suggestions: MatchProposal[] | null;
};

// The same figures as measureMatchingQuality, from the rows the import wrote.
async function scoreImport(database: Database, saved: Answers): Promise<MatchingQuality> {
  const rows = await queryRows<StoredLine>(
    database.db,
    sql`select s.statement_id as "statementId", l.line_index as "lineIndex", l.status,
               p.customer_id as "customerId", p.unallocated_minor::float8 as "creditMinor",
               (select json_agg(json_build_object('invoiceId', a.invoice_id, 'amountMinor', a.amount_minor::float8))
                  from allocations a where a.org_id = l.org_id and a.payment_id = p.id) as allocations,
               l.proposals -> 'suggestions' as suggestions
          from bank_statement_lines l
          join bank_statements s on s.id = l.statement_id
          left join payments p on p.id = l.payment_id
         where l.org_id = ${saved.orgId}::uuid`,
  );
  const stored = new Map(rows.map((row) => [`${row.statementId}#${row.lineIndex}`, row]));
  const quality: MatchingQuality = {
    lines: saved.answers.length,
    matchable: 0,
    automatic: 0,
    correctAutomatic: 0,
    wrongAutomatic: 0,
    rightSuggestionInReview: 0,
    precision: 1,
    automatedShare: 0,
    recall: 0,
    byKind: {},
  };
  for (const answer of saved.answers) {
    const row = stored.get(`${answer.statementId}#${answer.lineIndex}`);
    if (!row) throw new Error(`line ${answer.lineIndex} of statement ${answer.statementId} was not stored`);
    const figures = (quality.byKind[answer.kind] ??= { lines: 0, automatic: 0, correctAutomatic: 0, suggestedInReview: 0 });
    figures.lines++;
    if (answer.key !== null) quality.matchable++;
    if (row.status === 'matched') {
      quality.automatic++;
      figures.automatic++;
      if (answerKey(row.customerId ?? '', row.creditMinor ?? 0, row.allocations ?? []) === answer.key) {
        quality.correctAutomatic++;
        figures.correctAutomatic++;
      }
    } else if (row.status === 'review' && (row.suggestions ?? []).some((s) => answerKey(s.customerId, s.creditMinor, s.allocations) === answer.key)) {
      quality.rightSuggestionInReview++;
      figures.suggestedInReview++;
    }
  }
  quality.wrongAutomatic = quality.automatic - quality.correctAutomatic;
  quality.precision = quality.automatic === 0 ? 1 : quality.correctAutomatic / quality.automatic;
  quality.automatedShare = quality.lines === 0 ? 0 : quality.automatic / quality.lines;
  quality.recall = quality.matchable === 0 ? 0 : quality.correctAutomatic / quality.matchable;
  return quality;
}
