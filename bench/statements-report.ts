// The statement benchmark's figures as a table: the import's wall time and peak memory
// per database, and the quality of what it allocated on its own, with the issue's
// precision target (≥ 99.9 %) beside it.
import type { StatementScenarioResult } from './statements-run';

const grouped = (value: number) => Math.round(value).toLocaleString('en-US');
const percent = (share: number, decimals = 2) => `${(share * 100).toFixed(decimals)} %`;

/** One line per database and size. */
export function formatStatementTable(results: readonly StatementScenarioResult[]): string {
  const header = [
    'database', 'invoices', 'lines', 'import s', 'lines/s', 'peak RSS MiB', 'auto', 'wrong', 'precision', 'automated', 'recall', 'right in review', 'target',
  ];
  const rows = results.map(({ imported: r }) => [
    r.database,
    grouped(r.invoices),
    grouped(r.lines),
    (r.import.ms / 1000).toFixed(1),
    grouped(r.import.linesPerSecond),
    String(r.memory.afterImport.peakRssMb),
    grouped(r.quality.automatic),
    grouped(r.quality.wrongAutomatic),
    // Three decimals: one wrong allocation in 100k still shows.
    percent(r.quality.precision, 3),
    percent(r.quality.automatedShare),
    percent(r.quality.recall),
    grouped(r.quality.rightSuggestionInReview),
    r.quality.precision >= 0.999 ? 'precision ≥99.9%: yes' : 'precision ≥99.9%: NO',
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i < 1 || i === cells.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    'import = importStatement over one MT940 file: read, match against every open invoice, record payments, allocations and the timeline, in one transaction.',
    'precision = right automatic allocations / automatic ones; automated = automatic / lines; recall = right automatic / lines that pay invoices.',
    'peak RSS is the importing process alone (the ledger is prepared in another); PGlite runs inside it, so its figure includes the database.',
  ].join('\n');
}
