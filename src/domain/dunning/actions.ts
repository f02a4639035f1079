// What the engine decides, as data. The app carries actions out; each has a
// deterministic key (customer, procedure version, steps, day), so writing the same
// decision twice — a rerun, a crash half-way — stores it once.
import type { IsoDate } from '../dates';
import type { AddresseeRole, Approval, Channel, StepPurpose, Tone } from './procedure';

/** One invoice's step that an action carries out: each invoice climbs its own ladder. */
export type StepRef = { invoiceId: string; stepKey: string };

type ActionBase = {
  key: string;
  customerId: string;
  procedureKey: string;
  procedureVersion: number;
  plannedFor: IsoDate;
};

/** One conversation with the customer: all its invoices due a step that day, merged. */
export type ContactAction = ActionBase & {
  kind: 'sendMessage' | 'createCallTask';
  channel: Exclude<Channel, 'internalTask'>;
  contactId: string;
  addresseeRole: AddresseeRole;
  templateKey: string;
  tone: Tone;
  purpose: StepPurpose;
  approval: Approval;
  steps: StepRef[];
  /** The send window on `plannedFor` in the customer's zone, as UTC instants. */
  sendFrom: string;
  sendUntil: string;
};

export type InternalTaskReason =
  | 'missingPayablesContact'
  | 'noReachableContact'
  | 'stepTask'
  | 'planDefaulted';

/**
 * A task for our own team. With reason 'stepTask' it carries out its steps (record
 * them in the history like a contact's); with any other reason `steps` only says
 * which steps the task is about — they are not carried out and must not be recorded.
 */
export type InternalTaskAction = ActionBase & {
  kind: 'createInternalTask';
  reason: InternalTaskReason;
  templateKey: string | null;
  steps: StepRef[];
};

export type EffectAction = ActionBase & {
  kind: 'holdCredit' | 'notifyAccountOwner' | 'openHandover';
  steps: StepRef[];
};

export type Action = ContactAction | InternalTaskAction | EffectAction;
export type ActionKind = Action['kind'];

export type HoldReason =
  | 'notBusinessDay'
  | 'outsideSendWindow'
  | 'weeklyContactCap'
  | 'tooSoonAfterLastContact'
  | 'callAttemptToday'
  | 'awaitingApproval'
  | 'doNotContact'
  | 'optedOut'
  | 'noReachableContact';

/** A step that is due but may not run today, with the first day it may. */
export type HeldStep = {
  customerId: string;
  channel: Channel;
  steps: StepRef[];
  reason: HoldReason;
  nextAllowedOn: IsoDate;
};

/** Why a step was passed over: it no longer makes sense, or its condition does not hold. */
export type SkipReason =
  | 'pastDueDate'
  | 'firmStage'
  | 'noBrokenPromise'
  | 'customerReplied'
  | 'belowMinimumAmount';

/**
 * A step passed over for good: recorded like a step carried out (without contacting
 * anybody) so the invoice's ladder position moves on past it.
 */
export type SkippedStep = StepRef & { reason: SkipReason };

export type Decision = { actions: Action[]; held: HeldStep[]; skipped: SkippedStep[] };
