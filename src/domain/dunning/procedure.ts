// A collection procedure is data, written "cold" by the business, once per kind of
// customer. It is never edited in place: a change is a new version with the day it
// takes effect, so every action can say which version produced it and each version's
// results can be measured.
import type { IsoDate } from '../dates';

export const channels = ['email', 'sms', 'call', 'letter', 'internalTask'] as const;
export type Channel = (typeof channels)[number];

/** How firm a step speaks; courtesy and reminder are monitoring, the rest collection. */
export const tones = ['courtesy', 'reminder', 'firm', 'formal', 'final'] as const;
export type Tone = (typeof tones)[number];

export const addresseeRoles = [
  'payables',
  'finance_decision_maker',
  'ceo',
  'cfo',
  'chief_accountant',
  'secretary',
  'operational_buyer',
  'account_owner',
] as const;
/** Who a step speaks to: a role of the customer's contacts, or our own account owner. */
export type AddresseeRole = (typeof addresseeRoles)[number];

export const approvals = ['none', 'collector', 'account_owner'] as const;
export type Approval = (typeof approvals)[number];

export const stepEffects = ['setCreditHold', 'notifyAccountOwner', 'openHandover'] as const;
export type StepEffect = (typeof stepEffects)[number];

export const stepPurposes = ['reminder', 'confirmReceipt'] as const;
/**
 * `confirmReceipt` asks the payables contact, before the due date, to confirm the
 * invoice arrived and is approved for payment, so problems surface while there is
 * still time ("sell yourself again").
 */
export type StepPurpose = (typeof stepPurposes)[number];

export type StepConditions = {
  /** Run only when the customer's overdue total in the invoice's currency reaches this. */
  minOverdueMinor?: number;
  /** Run only when the customer has not answered since the previous step was sent. */
  onlyIfNoReplySinceLastStep?: boolean;
  /** Run only once the customer has broken a promise to pay. */
  onlyAfterBrokenPromise?: boolean;
};

export type ProcedureStep = {
  /** Stable within the procedure across versions, e.g. "first-reminder". */
  key: string;
  /** Days from the due date (rolled to a business day); negative is before due. */
  dayOffset: number;
  purpose: StepPurpose;
  channel: Channel;
  /** Tried in order: the first role with a usable contact on the channel is addressed. */
  addressees: AddresseeRole[];
  templateKey: string;
  tone: Tone;
  conditions: StepConditions;
  approval: Approval;
  effects: StepEffect[];
};

export type RhythmRules = {
  maxContactsPerWeek: number;
  minDaysBetweenContacts: number;
  maxCallAttemptsPerDay: number;
  /** After this many unanswered e-mails in a row the next step uses another channel. */
  rotateAfterUnansweredEmails: number;
};

export const defaultRhythm: RhythmRules = {
  maxContactsPerWeek: 2,
  minDaysBetweenContacts: 3,
  maxCallAttemptsPerDay: 1,
  rotateAfterUnansweredEmails: 2,
};

/** When messages may go out, in the customer's time zone. */
export type SendWindow = {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: number[];
  /** "HH:MM", inclusive. */
  from: string;
  /** "HH:MM", exclusive. */
  to: string;
};

export const defaultSendWindow: SendWindow = { weekdays: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' };

export type ProcedureVersion = {
  procedureKey: string;
  version: number;
  /** The first day this version decides; the previous version decides the days before. */
  effectiveFrom: IsoDate;
  name: { pl: string; en: string };
  steps: ProcedureStep[];
  rhythm: RhythmRules;
  sendWindow: SendWindow;
  /** Days a promise's date is given before the ladder resumes. */
  promiseGraceDays: number;
  /** Days after a missed instalment before a plan counts as defaulted. */
  planDefaultAfterDays: number;
};
