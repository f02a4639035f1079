// What one pass of the sender did, for `duly send --json`, the log and the tests.
export type SendSummary = {
  /** Messages handed to their carrier, per channel (e-mail, SMS, letter). */
  sent: Record<string, number>;
  /** Call tasks and internal tasks put in the collectors' queue. */
  tasks: Record<string, number>;
  /** Effects carried out: credit holds set, account owners told, hand-overs opened. */
  effects: Record<string, number>;
  /** Contacts that wait, per reason (the send window, the rhythm, stale statements …). */
  held: Record<string, number>;
  /** Contacts dropped because they no longer make sense, per reason (paid, disputed …). */
  cancelled: Record<string, number>;
  /** Attempts that failed and will be tried again. */
  retrying: number;
  /** Actions given up on, each with why. */
  failed: { actionId: string; customerId: string; reason: string }[];
};

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

export class SendTally {
  readonly summary: SendSummary = { sent: {}, tasks: {}, effects: {}, held: {}, cancelled: {}, retrying: 0, failed: [] };
  sent(channel: string) {
    bump(this.summary.sent, channel);
  }
  task(kind: string) {
    bump(this.summary.tasks, kind);
  }
  effect(kind: string) {
    bump(this.summary.effects, kind);
  }
  held(reason: string) {
    bump(this.summary.held, reason);
  }
  cancelled(reason: string) {
    bump(this.summary.cancelled, reason);
  }
  retrying() {
    this.summary.retrying++;
  }
  failed(actionId: string, customerId: string, reason: string) {
    this.summary.failed.push({ actionId, customerId, reason });
  }
}
