// `npm run bench`: runs the scenarios (the import and overview benchmark, the daily
// follow-up run, bank statement matching) for every size on every database, prints tables of ratios to the
// baselines and writes the figures as JSON.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import { defaultBatchSize, defaultConcurrency } from '../src/app/follow-up/run-follow-up';
import type { DatabaseKind } from '../src/store/database';
import { formatFollowUpTable } from './follow-up-report';
import { runFollowUpBenchmark } from './follow-up-run';
import type { FollowUpScenarioResult } from './follow-up-scenario';
import { writeBenchFiles, type BenchSpec } from './generate';
import { memoryMb, round, timed } from './measure';
import { formatTable } from './report';
import { formatStatementTable } from './statements-report';
import { runStatementScenario, type StatementScenarioResult } from './statements-run';
import { runScenario, type ScenarioResult } from './scenario';
import { parseSize, sizeLabel } from './sizes';
import { openThrowawayDatabase } from './throwaway-database';

const benchDir = dirname(fileURLToPath(import.meta.url));
const resultsDir = join(benchDir, 'results');
const defaultPostgresUrl = 'postgres://postgres@127.0.0.1:5432/test';

function parseSizeOption(text: string): number {
  const size = parseSize(text);
  if (size === null) throw new InvalidArgumentError(`not a size: "${text}" (use e.g. 10k, 100k, 1m; at least 10)`);
  return size;
}

function parseList<T>(parse: (item: string) => T) {
  return (text: string, previous: T[] | undefined): T[] => [
    ...(previous ?? []),
    ...text.split(',').filter(Boolean).map(parse),
  ];
}

function parseDatabase(text: string): DatabaseKind {
  if (text === 'pglite' || text === 'postgres') return text;
  throw new InvalidArgumentError(`unknown database "${text}": pglite or postgres`);
}

function parseCount(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new InvalidArgumentError(`not a positive whole number: "${text}"`);
  return value;
}

const scenarios = ['import', 'follow-up', 'statements'] as const;
type Scenario = (typeof scenarios)[number];

function parseScenario(text: string): Scenario {
  if ((scenarios as readonly string[]).includes(text)) return text as Scenario;
  throw new InvalidArgumentError(`unknown scenario "${text}": ${scenarios.join(' or ')}`);
}

type Options = {
  scenario?: Scenario[];
  size?: number[];
  db?: DatabaseKind[];
  runs: number;
  warmups: number;
  seed: number;
  today: string;
  out: string;
  batchSize: number;
  concurrency: number;
  samples: number;
};

async function main(argv: string[]): Promise<void> {
  const program = new Command('bench')
    .description('Import throughput, overview latency and the daily follow-up run of Duly against raw baselines, on PGlite and PostgreSQL')
    .option('--scenario <names>', 'import, follow-up, statements (comma-separated or repeated; default all)', parseList(parseScenario))
    .option('--size <sizes>', 'invoice counts: 10k, 100k, 1m (comma-separated or repeated; default 10k,100k for import, 100k,1m for follow-up, 1m for statements)', parseList(parseSizeOption))
    .option('--db <kinds>', 'databases: pglite, postgres (default both)', parseList(parseDatabase))
    .option('--runs <n>', 'measured overview runs', parseCount, 20)
    .option('--warmups <n>', 'overview warm-up runs', parseCount, 2)
    .option('--seed <n>', 'seed of the data generator', parseCount, 1)
    .option('--today <date>', 'the last issue date of the generated invoices and the overview date', '2026-04-15')
    .option('--out <dir>', 'where the JSON results go', resultsDir)
    .option('--batch-size <n>', 'follow-up: customers per batch of the run (default: as duly run)', parseCount, defaultBatchSize)
    .option('--concurrency <n>', 'follow-up: batches in flight on PostgreSQL (default: as duly run)', parseCount, defaultConcurrency('postgres'))
    .option('--samples <n>', 'follow-up: timed pairs of run and baseline over the same ledger, each in a fresh process (figures are their medians)', parseCount, 3)
    .parse(argv);
  const options = program.opts<Options>();
  const chosen = [...new Set(options.scenario ?? scenarios)];
  const importSizes = chosen.includes('import') ? [...new Set(options.size ?? [10_000, 100_000])].sort((a, b) => a - b) : [];
  const followUpSizes = chosen.includes('follow-up') ? [...new Set(options.size ?? [100_000, 1_000_000])].sort((a, b) => a - b) : [];
  const statementSizes = chosen.includes('statements') ? [...new Set(options.size ?? [1_000_000])].sort((a, b) => a - b) : [];
  const sizes = [...new Set([...importSizes, ...followUpSizes, ...statementSizes])].sort((a, b) => a - b);
  const databases = [...new Set(options.db ?? (['pglite', 'postgres'] as DatabaseKind[]))];
  const postgresUrl = process.env.DULY_BENCH_POSTGRES_URL ?? defaultPostgresUrl;
  const log = (line: string) => process.stdout.write(`${line}\n`);

  const startedAt = new Date();
  // Other work on the machine skews every figure: the load when the run began says how much.
  const loadAtStart = loadavg().map((load) => round(load));
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  await mkdir(options.out, { recursive: true });
  const resultPath = join(options.out, `${stamp}-${chosen.join('-')}-${sizes.map(sizeLabel).join('-')}.json`);
  const workDir = await mkdtemp(join(tmpdir(), 'duly-bench-'));
  const results: ScenarioResult[] = [];
  const followUp: FollowUpScenarioResult[] = [];
  const statements: StatementScenarioResult[] = [];
  const generation: { invoices: number; ms: number; invoicesBytes: number; customersBytes: number }[] = [];
  const save = () =>
    writeFile(
      resultPath,
      `${JSON.stringify(
        {
          startedAt: startedAt.toISOString(),
          finishedAt: new Date().toISOString(),
          machine: {
            cpus: cpus().length,
            cpuModel: cpus()[0]?.model ?? 'unknown',
            totalMemoryMb: Math.round(totalmem() / 2 ** 20),
            platform: `${process.platform} ${process.arch}`,
            loadAverageAtStart: loadAtStart,
          },
          node: process.version,
          databases,
          scenarios: chosen,
          sizes,
          seed: options.seed,
          today: options.today,
          overviewRuns: options.runs,
          overviewWarmups: options.warmups,
          methods: {
            import: 'importFile (CSV, streamed) vs the raw bulk load named per run',
            overview: 'getOverview vs a bare GROUP BY over the same rows',
            memory: 'RSS now and peak RSS (maxRSS) of the benchmark process after each phase; includes PGlite, not a PostgreSQL server',
            followUp: `runFollowUp for one day vs one INSERT … SELECT of as many outbox rows over the same open items; medians of ${options.samples} pairs, each timed in a fresh process`,
            statements: 'importStatement of one MT940 file with a tenth as many credit lines as open invoices, scored against the labelled set it was generated from',
          },
          generation,
          results,
          followUp,
          statements,
        },
        null,
        2,
      )}\n`,
    );

  try {
    for (const size of importSizes) {
      const spec: BenchSpec = { invoices: size, seed: options.seed, today: options.today };
      log(`generating ${sizeLabel(size)} invoices…`);
      const files = await timed(() => writeBenchFiles(spec, workDir));
      const { invoicesBytes, customersBytes } = files.value;
      generation.push({ invoices: size, ms: round(files.ms), invoicesBytes, customersBytes });
      for (const kind of databases) {
        log(`${kind}, ${sizeLabel(size)} invoices:`);
        const database = await openThrowawayDatabase(kind, postgresUrl);
        try {
          results.push(await runScenario(database, spec, files.value, { runs: options.runs, warmups: options.warmups, log }));
          await save();
        } finally {
          await database.close();
        }
      }
    }
    for (const size of followUpSizes) {
      for (const kind of databases) {
        log(`${kind}, daily follow-up run over ${sizeLabel(size)} open invoices:`);
        const settings = { invoices: size, runDate: options.today, batchSize: options.batchSize, concurrency: options.concurrency, samples: options.samples };
        followUp.push(await runFollowUpBenchmark(kind, postgresUrl, settings));
        await save();
      }
    }
    for (const size of statementSizes) {
      for (const kind of databases) {
        const lines = Math.max(1, Math.round(size / 10));
        log(`${kind}, ${sizeLabel(lines)} statement lines against ${sizeLabel(size)} open invoices:`);
        statements.push(await runStatementScenario(kind, postgresUrl, { invoices: size, lines, seed: options.seed }));
        await save();
      }
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
    if (results.length > 0 || followUp.length > 0 || statements.length > 0) await save();
  }
  if (results.length > 0) {
    log('');
    log(formatTable(results));
  }
  if (followUp.length > 0) {
    log('');
    log(formatFollowUpTable(followUp));
  }
  if (statements.length > 0) {
    log('');
    log(formatStatementTable(statements));
  }
  log('');
  log(`peak RSS of this process: ${memoryMb().peakRssMb} MiB`);
  log(`results: ${resultPath}`);
}

main(process.argv).catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
