// One row per daily run of an organization: started, then finished with its summary
// or failed. The scheduler reads them to tell whether a day's run is still missing.
import type { IsoDate } from '../domain/dates';
import { queryRows, sql, type Db } from './database';

export type FollowUpRunStatus = 'running' | 'finished' | 'failed';

export type FollowUpRunRow = {
  id: string;
  runDate: IsoDate;
  dryRun: boolean;
  status: FollowUpRunStatus;
  summary: unknown;
};

/** Records the start of a run; returns its id. */
export async function insertFollowUpRun(db: Db, orgId: string, runDate: IsoDate, dryRun: boolean): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`insert into follow_up_runs (org_id, run_date, dry_run, status)
        values (${orgId}, ${runDate}::date, ${dryRun}, 'running') returning id`,
  );
  return row!.id;
}

/** Ends a run as finished or failed, with what it did. */
export async function endFollowUpRun(
  db: Db,
  orgId: string,
  runId: string,
  status: Exclude<FollowUpRunStatus, 'running'>,
  summary: unknown,
): Promise<void> {
  await db.execute(
    sql`update follow_up_runs set status = ${status}, summary = ${JSON.stringify(summary)}::jsonb, finished_at = now()
         where org_id = ${orgId} and id = ${runId}::uuid`,
  );
}

/** True when a real (not dry) run for that day has finished. */
export async function hasFinishedRun(db: Db, orgId: string, runDate: IsoDate): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select id from follow_up_runs
         where org_id = ${orgId} and run_date = ${runDate}::date and status = 'finished' and not dry_run
         limit 1`,
  );
  return rows.length > 0;
}

/** The organization's runs, latest first. */
export async function listFollowUpRuns(db: Db, orgId: string, limit = 50): Promise<FollowUpRunRow[]> {
  const rows = await queryRows<{ id: string; run_date: string; dry_run: boolean; status: FollowUpRunStatus; summary: unknown }>(
    db,
    sql`select id, run_date, dry_run, status, summary from follow_up_runs
         where org_id = ${orgId} order by run_date desc, started_at desc limit ${limit}`,
  );
  return rows.map((r) => ({ id: r.id, runDate: r.run_date, dryRun: r.dry_run, status: r.status, summary: r.summary }));
}

/**
 * Fresh planner statistics for the tables a run writes. Statistics cover whole tables,
 * not one organization's rows: nothing is read or changed, the planner only learns sizes.
 * Only the columns the run's queries select by are sampled, which halves the work
 * (the documents are the costly columns); autovacuum refreshes the rest in its time.
 */
export async function refreshFollowUpStatistics(db: Db): Promise<void> {
  await db.execute(
    sql`analyze follow_up_actions (org_id, customer_id, planned_for, kind, status),
                follow_up_ladders (org_id, customer_id), follow_up_holds (org_id, customer_id)`,
  );
}
