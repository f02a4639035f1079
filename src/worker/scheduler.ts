// The daily run inside `npm start`, scheduled with pg-boss: a cron schedule (06:00 in
// Warsaw unless told otherwise) whose job runs every organization still missing its
// run for its own today, and the same job once at start, so a server that was down
// catches up. pg-boss keeps its jobs and schedule in the database itself, so several
// app processes on one PostgreSQL run each day's job once.
//
// PGlite is one connection in one process, but pg-boss takes a `db` adapter instead of
// its own pool: its statements go through the same PGlite instance, which queues them
// behind any transaction in progress, so the same scheduler works on both databases.
import type { PGlite } from '@electric-sql/pglite';
import PgBoss from 'pg-boss';
import { defaultConcurrency } from '../app/follow-up/run-follow-up';
import type { Database } from '../store/database';
import { runMissingFollowUps } from './follow-up-job';

export const followUpQueue = 'follow-up-daily';

export type SchedulerOptions = {
  /** Cron of the daily job; 06:00 by default. */
  cron?: string;
  /** Time zone the cron reads in. */
  timeZone?: string;
  log?: (line: string) => void;
  /** The clock, read when a job starts; tests pass their own. */
  now?: () => Date;
  /** Seconds between polls for a job; pg-boss's default unless told. */
  pollingIntervalSeconds?: number;
};

export type Scheduler = { stop(): Promise<void>; boss: PgBoss };

/** The pg-boss `db` adapter over the database Duly already has open (a pool, or the PGlite instance). */
export function bossAdapter(database: Database): PgBoss.Db {
  if (database.kind === 'postgres') {
    const pool = database.pool;
    if (!pool) throw new Error('a PostgreSQL database without a pool');
    return { executeSql: (text, values) => pool.query(text, values) };
  }
  const client = (database.db as unknown as { $client: PGlite }).$client;
  return {
    async executeSql(text, values) {
      // Without parameters pg-boss sends whole scripts (its migrations, locked
      // statements): PGlite's exec runs several statements, query only one.
      if (!values || values.length === 0) {
        const results = await client.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      }
      return client.query(text, values);
    },
  };
}

/** Starts pg-boss with the daily schedule and a catch-up job now; `stop` waits for a job in progress. */
export async function startScheduler(database: Database, options: SchedulerOptions = {}): Promise<Scheduler> {
  const log = options.log ?? (() => {});
  const now = options.now ?? (() => new Date());
  const boss = new PgBoss({ db: bossAdapter(database), schema: 'pgboss' });
  boss.on('error', (error: Error) => log(`scheduler: ${error.message}`));
  await boss.start();
  await boss.createQueue(followUpQueue);
  await boss.schedule(followUpQueue, options.cron ?? '0 6 * * *', { reason: 'daily' }, { tz: options.timeZone ?? 'Europe/Warsaw' });
  await boss.work(followUpQueue, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async () => {
    await runMissingFollowUps(database.db, now(), log, defaultConcurrency(database.kind));
  });
  await boss.send(followUpQueue, { reason: 'catch-up' }, { singletonKey: 'catch-up', singletonSeconds: 60 });
  return {
    boss,
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 60_000 }),
  };
}
