// The days `preview` and `forecast` look ahead: the same options, checked the same
// way, and the organization they are about.
import type { Command } from 'commander';
import type { IsoDate } from '../../domain/dates';
import type { Db } from '../../store/database';
import { withDatabase } from '../command-context';
import { reportFailure, type Output } from '../output';
import { resolveOrg } from '../resolve-org';
import { countOption, dayOption } from './run';

export type PlanningWindow = { db: Db; output: Output; orgId: string; from: IsoDate; days: number };

type WindowOptions = { org?: string; from?: string; days?: string; json?: boolean };

/** Adds --org, --from, --days and --json to a command. */
export function withWindowOptions(command: Command): Command {
  return command
    .option('--org <slug>', 'organization (optional when there is only one)')
    .option('--from <date>', "the first day (YYYY-MM-DD); today in the organization's time zone by default")
    .option('--days <n>', 'how many days', '30')
    .option('--json', 'machine-readable output');
}

/** Opens the database and runs `work` with the checked window; bad options are reported, naming the option. */
export async function inPlanningWindow(options: WindowOptions, work: (window: PlanningWindow) => Promise<void>): Promise<void> {
  const output = { json: Boolean(options.json) };
  const days = countOption(options.days, 'days', 30, 366);
  if (!days.ok) return reportFailure(output, days);
  await withDatabase(output, async ({ db }) => {
    const org = await resolveOrg(db, options.org);
    if (!org.ok) return reportFailure(output, org);
    const from = dayOption(options.from, 'from', org.value.timeZone);
    if (!from.ok) return reportFailure(output, from);
    await work({ db, output, orgId: org.value.id, from: from.value, days: days.value });
  });
}
