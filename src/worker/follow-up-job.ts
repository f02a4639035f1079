// The scheduled job: every organization whose run for its own today has not finished
// yet is run now. The same function is the daily job and the catch-up after a start:
// a day the server was down is not replayed, today's run catches it up (the engine
// moves each invoice one step a day and merges what fell due into one contact).
import { runFollowUp, type RunSummary } from '../app/follow-up/run-follow-up';
import { dateInZone, type IsoDate } from '../domain/dates';
import type { Db } from '../store/database';
import { hasFinishedRun } from '../store/follow-up-runs';
import { listOrganizations } from '../store/organizations';

export type DueRun = { orgId: string; slug: string; date: IsoDate };

export type JobOutcome = DueRun & ({ ok: true; summary: RunSummary } | { ok: false; error: string });

/** The organizations whose run for their today (in their own time zone at `now`) has not finished: the catch-up decision. */
export async function missingRuns(db: Db, now: Date): Promise<DueRun[]> {
  const due: DueRun[] = [];
  for (const org of await listOrganizations(db)) {
    const date = dateInZone(now, org.timeZone);
    if (!(await hasFinishedRun(db, org.id, date))) due.push({ orgId: org.id, slug: org.slug, date });
  }
  return due;
}

/** Runs every missing run, one organization after another; one failing does not stop the others. */
export async function runMissingFollowUps(
  db: Db,
  now: Date,
  log: (line: string) => void = () => {},
  concurrency = 1,
): Promise<JobOutcome[]> {
  const outcomes: JobOutcome[] = [];
  for (const due of await missingRuns(db, now)) {
    try {
      const result = await runFollowUp(db, { orgId: due.orgId, date: due.date, concurrency });
      if (result.ok) {
        log(`follow-up ${due.slug} ${due.date}: ${result.value.actionsCreated} actions created, ${result.value.actionsAlreadyPresent} already present`);
        outcomes.push({ ...due, ok: true, summary: result.value });
      } else {
        log(`follow-up ${due.slug} ${due.date} refused: ${result.message}`);
        outcomes.push({ ...due, ok: false, error: result.message });
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`follow-up ${due.slug} ${due.date} failed: ${message}`);
      outcomes.push({ ...due, ok: false, error: message });
    }
  }
  return outcomes;
}
