// The benchmark's results as a table people can read at a glance.
import type { ScenarioResult } from './scenario';

function grouped(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** One line per database and size: throughput and latency beside their baselines, and the ratios. */
export function formatTable(results: readonly ScenarioResult[]): string {
  const header = [
    'database', 'invoices', 'import rows/s', 'raw load rows/s', 'import ×', 'overview ms', 'bare SQL ms', 'overview ×', 'peak RSS MiB',
  ];
  const rows = results.map((r) => [
    r.database,
    grouped(r.invoices),
    grouped(r.import.rowsPerSecond),
    grouped(r.import.baseline.rowsPerSecond),
    r.import.ratio.toFixed(2),
    r.overview.latency.medianMs.toFixed(2),
    r.overview.baseline.latency.medianMs.toFixed(2),
    r.overview.ratio.toFixed(2),
    String(r.memory.afterOverview.peakRssMb),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  const notes = [
    'import × = import time / raw load time (COPY on the same database); overview × = median overview / median bare SQL.',
    'overview figures are medians; p95 and the rest are in the JSON file.',
  ];
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), '', ...notes].join('\n');
}
