// The four procedures Duly ships with, written "cold" as the seeds advise: ask the
// payables contact before the due date whether the invoice arrived and is approved
// (seed 004), remind once or twice politely, then get concrete quickly (seed 003),
// speak to the person actually responsible once collecting, and never to the
// operational buyer. Organizations copy and adapt them as new versions.
import {
  defaultRhythm,
  defaultSendWindow,
  type AddresseeRole,
  type Approval,
  type Channel,
  type ProcedureStep,
  type ProcedureVersion,
  type StepConditions,
  type StepEffect,
  type Tone,
} from './procedure';

export const defaultProcedureKeys = ['standard', 'key-account', 'new-customer', 'small-amounts'] as const;
export type DefaultProcedureKey = (typeof defaultProcedureKeys)[number];

// While monitoring: whoever officially handles payments; in collection: who decides.
const payablesChain: AddresseeRole[] = ['payables', 'chief_accountant', 'finance_decision_maker'];
const deciderChain: AddresseeRole[] = ['finance_decision_maker', 'cfo', 'ceo', 'chief_accountant'];
const boardChain: AddresseeRole[] = ['ceo', 'finance_decision_maker', 'cfo'];

type StepOptions = {
  purpose?: ProcedureStep['purpose'];
  conditions?: StepConditions;
  approval?: Approval;
  effects?: StepEffect[];
};

function step(
  procedureKey: DefaultProcedureKey,
  key: string,
  dayOffset: number,
  channel: Channel,
  tone: Tone,
  addressees: AddresseeRole[],
  options: StepOptions = {},
): ProcedureStep {
  return {
    key,
    dayOffset,
    purpose: options.purpose ?? 'reminder',
    channel,
    addressees,
    templateKey: `${procedureKey}.${key}`,
    tone,
    conditions: options.conditions ?? {},
    approval: options.approval ?? 'none',
    effects: options.effects ?? [],
  };
}

function courtesyBeforeDue(procedureKey: DefaultProcedureKey, dayOffset: number): ProcedureStep {
  return step(procedureKey, 'courtesy-before-due', dayOffset, 'email', 'courtesy', ['payables', 'chief_accountant'], {
    purpose: 'confirmReceipt',
  });
}

const base = {
  version: 1,
  effectiveFrom: '2020-01-01',
  rhythm: defaultRhythm,
  sendWindow: defaultSendWindow,
  promiseGraceDays: 3,
  planDefaultAfterDays: 7,
};

const standard: ProcedureVersion = {
  ...base,
  procedureKey: 'standard',
  name: { pl: 'Standardowa', en: 'Standard' },
  steps: [
    courtesyBeforeDue('standard', -5),
    step('standard', 'first-reminder', 3, 'email', 'reminder', payablesChain),
    step('standard', 'second-reminder', 10, 'sms', 'reminder', payablesChain, { conditions: { onlyIfNoReplySinceLastStep: true } }),
    step('standard', 'payables-call', 17, 'call', 'firm', payablesChain),
    step('standard', 'firm-request', 24, 'email', 'firm', deciderChain, { effects: ['notifyAccountOwner'] }),
    step('standard', 'payment-demand', 31, 'letter', 'formal', deciderChain, { approval: 'collector', effects: ['setCreditHold'] }),
    step('standard', 'final-notice', 45, 'letter', 'final', boardChain, { approval: 'collector', effects: ['openHandover'] }),
  ],
};

// Gentle and slower; the account owner hears early and approves every escalation.
const keyAccount: ProcedureVersion = {
  ...base,
  procedureKey: 'key-account',
  name: { pl: 'Klient kluczowy', en: 'Key account' },
  rhythm: { ...defaultRhythm, maxContactsPerWeek: 1, minDaysBetweenContacts: 5 },
  promiseGraceDays: 5,
  planDefaultAfterDays: 14,
  steps: [
    courtesyBeforeDue('key-account', -7),
    step('key-account', 'first-reminder', 5, 'email', 'reminder', payablesChain, { effects: ['notifyAccountOwner'] }),
    step('key-account', 'second-reminder', 14, 'email', 'reminder', payablesChain, { conditions: { onlyIfNoReplySinceLastStep: true } }),
    step('key-account', 'payables-call', 21, 'call', 'reminder', payablesChain),
    step('key-account', 'firm-request', 30, 'email', 'firm', deciderChain, { approval: 'account_owner', effects: ['notifyAccountOwner'] }),
    step('key-account', 'payment-demand', 45, 'letter', 'formal', deciderChain, { approval: 'account_owner', effects: ['setCreditHold'] }),
    step('key-account', 'final-notice', 60, 'letter', 'final', boardChain, { approval: 'account_owner', effects: ['openHandover'] }),
  ],
};

// No track record yet: shorter intervals and a phone call within the first week.
const newCustomer: ProcedureVersion = {
  ...base,
  procedureKey: 'new-customer',
  name: { pl: 'Nowy klient', en: 'New customer' },
  promiseGraceDays: 1,
  planDefaultAfterDays: 5,
  steps: [
    courtesyBeforeDue('new-customer', -3),
    step('new-customer', 'first-reminder', 1, 'email', 'reminder', payablesChain),
    step('new-customer', 'payables-call', 5, 'call', 'reminder', payablesChain),
    step('new-customer', 'firm-request', 10, 'email', 'firm', deciderChain, { effects: ['notifyAccountOwner'] }),
    step('new-customer', 'payment-demand', 17, 'letter', 'formal', deciderChain, { approval: 'collector', effects: ['setCreditHold'] }),
    step('new-customer', 'final-notice', 30, 'letter', 'final', boardChain, { approval: 'collector', effects: ['openHandover'] }),
  ],
};

// Calls and letters cost more than these debts are worth: e-mail and SMS only, and
// the firmer steps only once the overdue total makes them worth sending.
const smallAmounts: ProcedureVersion = {
  ...base,
  procedureKey: 'small-amounts',
  name: { pl: 'Małe kwoty', en: 'Small amounts' },
  steps: [
    courtesyBeforeDue('small-amounts', -3),
    step('small-amounts', 'first-reminder', 3, 'email', 'reminder', payablesChain),
    step('small-amounts', 'sms-reminder', 10, 'sms', 'reminder', payablesChain),
    step('small-amounts', 'firm-request', 20, 'email', 'firm', deciderChain, { conditions: { minOverdueMinor: 10_000 } }),
    step('small-amounts', 'formal-request', 35, 'email', 'formal', deciderChain, {
      conditions: { minOverdueMinor: 20_000 },
      approval: 'collector',
      effects: ['setCreditHold'],
    }),
    step('small-amounts', 'review-small-debt', 60, 'internalTask', 'formal', ['account_owner'], { conditions: { minOverdueMinor: 20_000 } }),
  ],
};

/** The shipped procedures, version 1 each, in the order they are offered. */
export const defaultProcedures: readonly ProcedureVersion[] = [standard, keyAccount, newCustomer, smallAmounts];

/** One shipped procedure by key. */
export function defaultProcedure(key: DefaultProcedureKey): ProcedureVersion {
  const found = defaultProcedures.find((p) => p.procedureKey === key);
  if (!found) throw new Error(`no default procedure ${key}`);
  return found;
}
