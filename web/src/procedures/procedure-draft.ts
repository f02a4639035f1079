// The editor's working copy of a procedure version: plain values the form edits
// (amounts as typed, numbers possibly empty), turned into the API's input on save.
// Steps carry a local id so React keeps each card's focus while they move.
import { parseAmount } from '../../../src/domain/money';
import type { ProcedureStepView, ProcedureVersionInput, ProcedureVersionView } from '../../../src/http/contract';

export type NumberField = number | '';

export type StepDraft = {
  id: string;
  key: string;
  dayOffset: NumberField;
  purpose: string;
  channel: string;
  addressees: string[];
  templateKey: string;
  tone: string;
  approval: string;
  effects: string[];
  minOverdueText: string;
  onlyIfNoReply: boolean;
  onlyAfterBrokenPromise: boolean;
};

export type ProcedureDraft = {
  effectiveFrom: string;
  namePl: string;
  nameEn: string;
  promiseGraceDays: NumberField;
  planDefaultAfterDays: NumberField;
  rhythm: { maxContactsPerWeek: NumberField; minDaysBetweenContacts: NumberField; maxCallAttemptsPerDay: NumberField; rotateAfterUnansweredEmails: NumberField };
  sendWindow: { weekdays: number[]; from: string; to: string };
  steps: StepDraft[];
};

let nextId = 0;
const newId = () => `step-${(nextId += 1)}`;

/** Amounts as a person types them in the currency: 50000 minor PLN → "500,00". */
export function amountText(amountMinor: number, currency: string, locale: string): string {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(amountMinor / 10 ** digits);
}

function stepDraft(step: ProcedureStepView, currency: string, locale: string): StepDraft {
  return {
    id: newId(),
    key: step.key,
    dayOffset: step.dayOffset,
    purpose: step.purpose,
    channel: step.channel,
    addressees: [...step.addressees],
    templateKey: step.templateKey,
    tone: step.tone,
    approval: step.approval,
    effects: [...step.effects],
    minOverdueText: step.conditions.minOverdueMinor === undefined ? '' : amountText(step.conditions.minOverdueMinor, currency, locale),
    onlyIfNoReply: step.conditions.onlyIfNoReplySinceLastStep === true,
    onlyAfterBrokenPromise: step.conditions.onlyAfterBrokenPromise === true,
  };
}

/** A working copy of a version, to become the next one from `effectiveFrom`. */
export function draftOf(version: ProcedureVersionView, effectiveFrom: string, currency: string, locale: string): ProcedureDraft {
  return {
    effectiveFrom,
    namePl: version.name.pl,
    nameEn: version.name.en,
    promiseGraceDays: version.promiseGraceDays,
    planDefaultAfterDays: version.planDefaultAfterDays,
    rhythm: { ...version.rhythm },
    sendWindow: { ...version.sendWindow, weekdays: [...version.sendWindow.weekdays] },
    steps: version.steps.map((step) => stepDraft(step, currency, locale)),
  };
}

/** A new step after the last one: a week later, in the same tone, to the payables contact. */
export function newStep(draft: ProcedureDraft, procedureKey: string): StepDraft {
  const last = draft.steps.at(-1);
  const taken = new Set(draft.steps.map((s) => s.key));
  let n = draft.steps.length + 1;
  while (taken.has(`step-${n}`)) n += 1;
  return {
    id: newId(),
    key: `step-${n}`,
    dayOffset: typeof last?.dayOffset === 'number' ? last.dayOffset + 7 : 3,
    purpose: 'reminder',
    channel: 'email',
    addressees: ['payables'],
    templateKey: `${procedureKey}.step-${n}`,
    tone: last?.tone ?? 'reminder',
    approval: 'none',
    effects: [],
    minOverdueText: '',
    onlyIfNoReply: false,
    onlyAfterBrokenPromise: false,
  };
}

/** The steps with the one at `index` moved by `by` places (kept within the list). */
export function moveStep(steps: readonly StepDraft[], index: number, by: number): StepDraft[] {
  const target = Math.max(0, Math.min(steps.length - 1, index + by));
  const moved = [...steps];
  const [step] = moved.splice(index, 1);
  if (step) moved.splice(target, 0, step);
  return moved;
}

const numberOrNull = (value: NumberField) => (value === '' ? null : value);

/**
 * The draft as the API takes it, or the fields that cannot be sent as typed (an
 * amount that is not one), keyed by field path like the server's problems.
 */
export function draftInput(draft: ProcedureDraft, currency: string): { input: ProcedureVersionInput } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const steps = draft.steps.map((step, index) => {
    let minOverdueMinor: number | undefined;
    if (step.minOverdueText.trim() !== '') {
      const parsed = parseAmount(step.minOverdueText, currency);
      if (parsed.ok) minOverdueMinor = parsed.amountMinor;
      else errors[`steps.${index}.conditions.minOverdueMinor`] = parsed.error;
    }
    return {
      key: step.key.trim(),
      dayOffset: numberOrNull(step.dayOffset) as number,
      purpose: step.purpose,
      channel: step.channel,
      addressees: step.addressees,
      templateKey: step.templateKey.trim(),
      tone: step.tone,
      approval: step.approval,
      effects: step.effects,
      conditions: {
        ...(minOverdueMinor !== undefined ? { minOverdueMinor } : {}),
        ...(step.onlyIfNoReply ? { onlyIfNoReplySinceLastStep: true } : {}),
        ...(step.onlyAfterBrokenPromise ? { onlyAfterBrokenPromise: true } : {}),
      },
    };
  });
  if (Object.keys(errors).length > 0) return { errors };
  // An empty number goes as null: the server names the field that needs one.
  const r = draft.rhythm;
  return {
    input: {
      effectiveFrom: draft.effectiveFrom,
      name: { pl: draft.namePl.trim(), en: draft.nameEn.trim() },
      steps,
      rhythm: {
        maxContactsPerWeek: numberOrNull(r.maxContactsPerWeek) as number,
        minDaysBetweenContacts: numberOrNull(r.minDaysBetweenContacts) as number,
        maxCallAttemptsPerDay: numberOrNull(r.maxCallAttemptsPerDay) as number,
        rotateAfterUnansweredEmails: numberOrNull(r.rotateAfterUnansweredEmails) as number,
      },
      sendWindow: { weekdays: [...draft.sendWindow.weekdays].sort((a, b) => a - b), from: draft.sendWindow.from, to: draft.sendWindow.to },
      promiseGraceDays: numberOrNull(draft.promiseGraceDays) as number,
      planDefaultAfterDays: numberOrNull(draft.planDefaultAfterDays) as number,
    },
  };
}

/** The messages about one step (keys "steps.2.…"), by the rest of their path: "addressees", "conditions.minOverdueMinor". */
export function stepErrors(errors: Record<string, string>, index: number): Record<string, string> {
  const prefix = `steps.${index}.`;
  const found: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    if (path.startsWith(prefix)) found[path.slice(prefix.length)] ??= message;
    else if (path === `steps.${index}`) found[''] ??= message;
  }
  return found;
}
