// What a daily run did, counted as it goes: actions created and already present (per
// channel and kind), steps held back with their reasons, per procedure version.
import type { IsoDate } from '../../domain/dates';
import type { Action, HeldStep, HoldReason } from '../../domain/dunning/actions';
import { channelOf } from './outbox-rows';

export type ChannelCounts = { created: number; alreadyPresent: number; held: number };

export type RunSummary = {
  runId: string | null;
  date: IsoDate;
  dryRun: boolean;
  /** False when the run stopped before the last batch (stopAfterBatches). */
  complete: boolean;
  batches: number;
  /** Customers with something unsettled that the run looked at. */
  customers: number;
  /** Customers no procedure in effect could follow (none, not even the standard one). */
  unassigned: number;
  actionsCreated: number;
  actionsAlreadyPresent: number;
  /** Steps due but held back, per reason and channel. */
  held: { reason: HoldReason; channel: string; count: number }[];
  /** Per channel: email, sms, call, letter, internalTask. */
  perChannel: Record<string, ChannelCounts>;
  /** Per action kind, effects included. */
  perKind: Record<string, { created: number; alreadyPresent: number }>;
  /** Per procedure and version ("standard@2"): customers followed and actions. */
  perProcedure: Record<string, { customers: number; created: number; alreadyPresent: number }>;
  stepsSkipped: number;
  durationMs: number;
};

/** Collects a run's counts batch by batch. */
export class RunTally {
  customers = 0;
  unassigned = 0;
  batches = 0;
  created = 0;
  alreadyPresent = 0;
  stepsSkipped = 0;
  private readonly heldCounts = new Map<string, { reason: HoldReason; channel: string; count: number }>();
  private readonly channels: Record<string, ChannelCounts> = {};
  private readonly kinds: Record<string, { created: number; alreadyPresent: number }> = {};
  private readonly procedures: Record<string, { customers: number; created: number; alreadyPresent: number }> = {};

  private procedure(label: string) {
    return (this.procedures[label] ??= { customers: 0, created: 0, alreadyPresent: 0 });
  }

  customerOn(procedureLabel: string): void {
    this.procedure(procedureLabel).customers++;
  }

  action(action: Action, created: boolean): void {
    const channel = channelOf(action);
    const label = `${action.procedureKey}@${action.procedureVersion}`;
    const kind = (this.kinds[action.kind] ??= { created: 0, alreadyPresent: 0 });
    const procedure = this.procedure(label);
    if (created) {
      this.created++;
      kind.created++;
      procedure.created++;
    } else {
      this.alreadyPresent++;
      kind.alreadyPresent++;
      procedure.alreadyPresent++;
    }
    if (channel !== null) {
      const counts = (this.channels[channel] ??= { created: 0, alreadyPresent: 0, held: 0 });
      if (created) counts.created++;
      else counts.alreadyPresent++;
    }
  }

  held(step: HeldStep): void {
    const id = `${step.reason}|${step.channel}`;
    const entry = this.heldCounts.get(id) ?? { reason: step.reason, channel: step.channel, count: 0 };
    entry.count++;
    this.heldCounts.set(id, entry);
    (this.channels[step.channel] ??= { created: 0, alreadyPresent: 0, held: 0 }).held++;
  }

  summary(base: { runId: string | null; date: IsoDate; dryRun: boolean; complete: boolean; durationMs: number }): RunSummary {
    return {
      ...base,
      batches: this.batches,
      customers: this.customers,
      unassigned: this.unassigned,
      actionsCreated: this.created,
      actionsAlreadyPresent: this.alreadyPresent,
      held: [...this.heldCounts.values()].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason) || a.channel.localeCompare(b.channel)),
      perChannel: this.channels,
      perKind: this.kinds,
      perProcedure: this.procedures,
      stepsSkipped: this.stepsSkipped,
    };
  }
}
