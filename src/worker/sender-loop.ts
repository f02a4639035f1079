// The sender inside `npm start`: a pass over the outbox every half minute (the next one
// starts only when the last has finished), so what the daily run decides, what a
// collector approves, and what waited for its send window goes out soon after. Other
// app processes on the same PostgreSQL may run their own: claims keep them apart.
import { randomUUID } from 'node:crypto';
import { sendDueActions, type SendSummary } from '../app/sending/send-due-actions';
import type { Db } from '../store/database';
import { senderPorts, type SenderPortOptions } from './sender-ports';

export type SenderLoopOptions = {
  channels: SenderPortOptions;
  intervalMs?: number;
  log?: (line: string) => void;
  /** The clock; tests pass their own. */
  now?: () => Date;
};

export type SenderLoop = { stop(): Promise<void> };

const hasNews = (summary: SendSummary) =>
  [summary.sent, summary.tasks, summary.effects, summary.cancelled].some((counts) => Object.keys(counts).length > 0) ||
  summary.retrying > 0 ||
  summary.failed.length > 0;

export function startSenderLoop(db: Db, options: SenderLoopOptions): SenderLoop {
  const log = options.log ?? (() => {});
  const now = options.now ?? (() => new Date());
  const claimant = `sender-${randomUUID()}`;
  const ports = senderPorts(options.channels);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let pass: Promise<void> = Promise.resolve();

  const runPass = async () => {
    try {
      const summary = await sendDueActions(db, { now: now(), claimant, ports });
      if (hasNews(summary)) log(`sender: ${JSON.stringify(summary)}`);
    } catch (error) {
      log(`sender: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      pass = runPass().finally(schedule);
    }, options.intervalMs ?? 30_000);
  };
  pass = runPass().finally(schedule);

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await pass;
    },
  };
}
