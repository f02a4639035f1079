// What makes a procedure sound, checked before a version is saved or imported: a
// ladder that only climbs, addressees that protect the operational buyer, rhythm
// numbers that make sense. Each issue names its field path, e.g. `steps[2].addressees`.
import { isIsoDate, type IsoDate } from '../dates';
import { parseClockTime } from '../calendar';
import {
  addresseeRoles,
  approvals,
  channels,
  stepEffects,
  stepPurposes,
  tones,
  type AddresseeRole,
  type ProcedureStep,
  type ProcedureVersion,
  type Tone,
} from './procedure';

export type Stage = 'monitoring' | 'collection';

export type ProcedureIssueCode =
  | 'required'
  | 'notPositiveInteger'
  | 'invalidDate'
  | 'unknownValue'
  | 'noSteps'
  | 'duplicateStepKey'
  | 'offsetNotIncreasing'
  | 'emptyAddressees'
  | 'duplicateAddressee'
  | 'operationalBuyerInChain'
  | 'accountOwnerAsCustomer'
  | 'toneDecreases'
  | 'confirmReceiptAfterDue'
  | 'confirmReceiptNotToPayables'
  | 'internalTaskAddressesCustomer'
  | 'negativeAmount'
  | 'duplicateEffect'
  | 'invalidTime'
  | 'windowEmpty';

export type ProcedureIssue = { path: string; code: ProcedureIssueCode; message: string };

/** Rank of a tone on the ladder: courtesy 0 … final 4. */
export function toneRank(tone: Tone): number {
  return tones.indexOf(tone);
}

/** Monitoring while the tone is courtesy or reminder (diplomatic); collection from firm on. */
export function stage(tone: Tone): Stage {
  return toneRank(tone) <= toneRank('reminder') ? 'monitoring' : 'collection';
}

/** The version that decides on a date: the latest one effective on or before it, or null. */
export function procedureVersionOn(versions: readonly ProcedureVersion[], date: IsoDate): ProcedureVersion | null {
  let found: ProcedureVersion | null = null;
  for (const v of versions) {
    if (v.effectiveFrom > date) continue;
    if (!found || v.effectiveFrom > found.effectiveFrom || (v.effectiveFrom === found.effectiveFrom && v.version > found.version)) found = v;
  }
  return found;
}

const customerRoles: readonly AddresseeRole[] = addresseeRoles.filter((r) => r !== 'account_owner');

/** Every problem with a procedure version; empty when it may be saved and run. */
export function validateProcedure(version: ProcedureVersion): ProcedureIssue[] {
  const issues: ProcedureIssue[] = [];
  const add = (path: string, code: ProcedureIssueCode, message: string) => issues.push({ path, code, message });
  const positive = (path: string, value: number | undefined, min = 1) => {
    if (value === undefined || !Number.isSafeInteger(value) || value < min) add(path, 'notPositiveInteger', `${path} must be a whole number of at least ${min}`);
  };

  if (!version.procedureKey?.trim()) add('procedureKey', 'required', 'a procedure needs a key');
  positive('version', version.version);
  if (!isIsoDate(version.effectiveFrom ?? '')) add('effectiveFrom', 'invalidDate', `not a calendar date: ${version.effectiveFrom}`);
  if (!version.name?.pl?.trim()) add('name.pl', 'required', 'a procedure needs a Polish name');
  if (!version.name?.en?.trim()) add('name.en', 'required', 'a procedure needs an English name');
  positive('promiseGraceDays', version.promiseGraceDays, 0);
  positive('planDefaultAfterDays', version.planDefaultAfterDays, 0);

  const steps = version.steps ?? [];
  if (steps.length === 0) add('steps', 'noSteps', 'a procedure needs at least one step');
  const seenKeys = new Set<string>();
  steps.forEach((step, i) => {
    const at = `steps[${i}]`;
    if (!step.key?.trim()) add(`${at}.key`, 'required', 'a step needs a key');
    else if (seenKeys.has(step.key)) add(`${at}.key`, 'duplicateStepKey', `step key "${step.key}" is used twice`);
    seenKeys.add(step.key);
    const previous = steps[i - 1];
    if (!Number.isSafeInteger(step.dayOffset)) add(`${at}.dayOffset`, 'notPositiveInteger', 'a day offset is a whole number of days');
    else if (previous && step.dayOffset <= previous.dayOffset) {
      add(`${at}.dayOffset`, 'offsetNotIncreasing', `day ${step.dayOffset} is not after the previous step's day ${previous.dayOffset}`);
    }
    if (previous && tones.includes(step.tone) && tones.includes(previous.tone) && toneRank(step.tone) < toneRank(previous.tone)) {
      add(`${at}.tone`, 'toneDecreases', `tone "${step.tone}" is softer than the previous step's "${previous.tone}"`);
    }
    if (!step.templateKey?.trim()) add(`${at}.templateKey`, 'required', 'a step needs a template key');
    checkEnums(step, at, add);
    checkAddressees(step, at, add);
    if (step.purpose === 'confirmReceipt') {
      if (!(step.dayOffset < 0)) add(`${at}.dayOffset`, 'confirmReceiptAfterDue', 'a receipt confirmation only makes sense before the due date');
      if (step.addressees[0] !== 'payables') {
        add(`${at}.addressees`, 'confirmReceiptNotToPayables', 'a receipt confirmation is addressed to the payables contact first');
      }
    }
    const min = step.conditions?.minOverdueMinor;
    if (min !== undefined && (!Number.isSafeInteger(min) || min < 0)) {
      add(`${at}.conditions.minOverdueMinor`, 'negativeAmount', 'a minimum overdue amount is whole minor units, zero or more');
    }
  });

  const rhythm = version.rhythm;
  positive('rhythm.maxContactsPerWeek', rhythm?.maxContactsPerWeek);
  positive('rhythm.minDaysBetweenContacts', rhythm?.minDaysBetweenContacts);
  positive('rhythm.maxCallAttemptsPerDay', rhythm?.maxCallAttemptsPerDay);
  positive('rhythm.rotateAfterUnansweredEmails', rhythm?.rotateAfterUnansweredEmails);

  const window = version.sendWindow;
  const from = parseClockTime(window?.from ?? '');
  const to = parseClockTime(window?.to ?? '');
  if (from === null) add('sendWindow.from', 'invalidTime', `not a time (HH:MM): ${window?.from}`);
  if (to === null) add('sendWindow.to', 'invalidTime', `not a time (HH:MM): ${window?.to}`);
  if (from !== null && to !== null && from >= to) add('sendWindow.to', 'windowEmpty', `the window closes (${window.to}) before it opens (${window.from})`);
  const weekdays = window?.weekdays ?? [];
  if (weekdays.length === 0) add('sendWindow.weekdays', 'windowEmpty', 'the window needs at least one weekday');
  weekdays.forEach((d, i) => {
    if (!Number.isInteger(d) || d < 1 || d > 7) add(`sendWindow.weekdays[${i}]`, 'unknownValue', `a weekday is 1 (Monday) to 7 (Sunday), got ${d}`);
  });
  return issues;
}

type Add = (path: string, code: ProcedureIssueCode, message: string) => void;

function checkEnums(step: ProcedureStep, at: string, add: Add): void {
  const oneOf = (field: string, value: string, allowed: readonly string[]) => {
    if (!allowed.includes(value)) add(`${at}.${field}`, 'unknownValue', `"${value}" is not one of ${allowed.join(', ')}`);
  };
  oneOf('channel', step.channel, channels);
  oneOf('tone', step.tone, tones);
  oneOf('purpose', step.purpose, stepPurposes);
  oneOf('approval', step.approval, approvals);
  const effects = step.effects ?? [];
  effects.forEach((effect, e) => {
    if (!stepEffects.includes(effect)) add(`${at}.effects[${e}]`, 'unknownValue', `"${effect}" is not one of ${stepEffects.join(', ')}`);
    else if (effects.indexOf(effect) !== e) add(`${at}.effects[${e}]`, 'duplicateEffect', `effect "${effect}" is listed twice`);
  });
}

function checkAddressees(step: ProcedureStep, at: string, add: Add): void {
  const roles: AddresseeRole[] = step.addressees ?? [];
  roles.forEach((role, r) => {
    if (!addresseeRoles.includes(role)) add(`${at}.addressees[${r}]`, 'unknownValue', `"${role}" is not one of ${addresseeRoles.join(', ')}`);
    else if (roles.indexOf(role) !== r) add(`${at}.addressees[${r}]`, 'duplicateAddressee', `role "${role}" is listed twice`);
  });
  if (step.channel === 'internalTask') {
    if (roles.some((r) => customerRoles.includes(r))) {
      add(`${at}.addressees`, 'internalTaskAddressesCustomer', 'an internal task is for our own team, not for a customer contact');
    }
    return;
  }
  if (roles.length === 0) add(`${at}.addressees`, 'emptyAddressees', 'a contact step needs at least one addressee role');
  if (roles.includes('account_owner')) {
    add(`${at}.addressees`, 'accountOwnerAsCustomer', 'the account owner is our own colleague: notify them with an effect, not a contact step');
  }
  // The operational buyer is the relationship to protect (seed 003): only a deliberate, single choice.
  if (roles.includes('operational_buyer') && roles.length > 1) {
    add(`${at}.addressees`, 'operationalBuyerInChain', 'the operational buyer may only be addressed as the single, explicit choice of a step');
  }
}
