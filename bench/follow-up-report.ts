// The daily run's benchmark figures as a table, with the targets of the issue beside
// them: within 3× the raw baseline and under 60 s for a million invoices on
// PostgreSQL, peak RSS under 512 MiB (PGlite runs inside the process and is reported
// apart: opening it alone takes several hundred MiB).
import type { FollowUpScenarioResult } from './follow-up-scenario';

function grouped(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** Whether a result meets the targets that apply to it; null where a target does not apply. */
export function followUpTargets(r: FollowUpScenarioResult): { withinThreeTimes: boolean | null; underMinute: boolean | null; rssUnder512: boolean | null } {
  const postgres = r.database === 'postgres';
  return {
    withinThreeTimes: postgres ? r.ratio <= 3 : null,
    underMinute: postgres && r.invoices >= 1_000_000 ? r.run.ms < 60_000 : null,
    rssUnder512: postgres ? r.memory.afterRun.peakRssMb < 512 : null,
  };
}

// The median ratio, and the lowest and highest of the samples when there were several.
function ratioCell(r: FollowUpScenarioResult): string {
  if (r.samples.length < 2) return r.ratio.toFixed(1);
  const ratios = r.samples.map((s) => s.ratio);
  return `${r.ratio.toFixed(1)} (${Math.min(...ratios).toFixed(1)}–${Math.max(...ratios).toFixed(1)})`;
}

/** One line per database and size. */
export function formatFollowUpTable(results: readonly FollowUpScenarioResult[]): string {
  const header = ['database', 'invoices', 'run s', 'actions', 'actions/s', 'steps', 'baseline s', 'run ×', 'rerun s', 'next day s', 'peak RSS MiB', 'targets'];
  const mark = (value: boolean | null) => (value === null ? '–' : value ? 'yes' : 'NO');
  const rows = results.map((r) => {
    const t = followUpTargets(r);
    return [
      r.database,
      grouped(r.invoices),
      (r.run.ms / 1000).toFixed(1),
      grouped(r.run.actionsCreated),
      grouped(r.run.actionsPerSecond),
      grouped(r.run.stepsRecorded),
      (r.baseline.ms / 1000).toFixed(2),
      ratioCell(r),
      (r.rerun.ms / 1000).toFixed(1),
      (r.nextDay.ms / 1000).toFixed(1),
      String(r.memory.afterRun.peakRssMb),
      `≤3×:${mark(t.withinThreeTimes)} <60s:${mark(t.underMinute)} <512MiB:${mark(t.rssUnder512)}`,
    ];
  });
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i < 2 || i === cells.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    'run × = run time / baseline time (one INSERT … SELECT of as many outbox rows over the same open items): the median of the',
    'samples, each a run in a fresh process and the baseline right after it, with the lowest and highest in brackets;',
    'run s and baseline s are medians too, peak RSS the highest of the samples.',
    'steps = ladder steps the run recorded (one per invoice and step, done and passed over), which the baseline does not write.',
    'targets apply to PostgreSQL; PGlite runs inside this process, so its peak RSS includes the database.',
  ].join('\n');
}
