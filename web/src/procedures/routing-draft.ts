// The routing rules editor's working copy: the rules in the order they are tried, each
// with its criteria as the form holds them (amounts as typed, numbers possibly empty).
// On save the list goes back whole, its order written as priorities 10, 20, 30…
// Rules carry a local id so React keeps each card's focus while they move.
import { minorToDecimalString, parseAmount } from '../../../src/domain/money';
import type { RoutingCriteria } from '../../../src/domain/routing';
import type { RoutingRuleInput } from '../../../src/http/contract';
import type { UiLanguage } from '../i18n/languages';

export type NumberField = number | '';

/** Whether the rule asks about a regular contract, and which way. */
export type RegularContractChoice = 'any' | 'with' | 'without';

export type RuleDraft = {
  id: string;
  name: string;
  /** Empty until a procedure is chosen. */
  procedureKey: string;
  enabled: boolean;
  tags: string[];
  segments: string[];
  minTenureMonths: NumberField;
  maxTenureMonths: NumberField;
  minRevenueText: string;
  regularContract: RegularContractChoice;
  minOverdueText: string;
  openBelowText: string;
  minDaysOverdue: NumberField;
  minBrokenPromises: NumberField;
  /** Kept as the API had it; the editor offers no input, since such a rule never matches. */
  manualProcedureKey: string | null;
};

/** What the editor itself refuses before anything is sent. */
export type RuleProblem = 'nameRequired' | 'procedureRequired' | 'notAnAmount' | 'tooManyDecimals' | 'negativeAmount' | 'tenureRange';

/** A rule as it is read from or sent to the API (priority aside). */
export type RuleShape = Pick<RoutingRuleInput, 'name' | 'procedureKey' | 'enabled'> & { criteria: RoutingCriteria };

const amountFields = {
  minRevenueText: 'minRevenue12mMinor',
  minOverdueText: 'minOverdueMinor',
  openBelowText: 'openBelowMinor',
} as const satisfies Record<string, keyof RoutingCriteria>;

/** Where each input's problems are reported, as the server names the criteria. */
export const criteriaPaths = {
  tags: 'criteria.tagsAny',
  segments: 'criteria.segments',
  minTenureMonths: 'criteria.minTenureMonths',
  maxTenureMonths: 'criteria.maxTenureMonths',
  minRevenueText: 'criteria.minRevenue12mMinor',
  regularContract: 'criteria.regularContract',
  minOverdueText: 'criteria.minOverdueMinor',
  openBelowText: 'criteria.openBelowMinor',
  minDaysOverdue: 'criteria.minDaysOverdue',
  minBrokenPromises: 'criteria.minBrokenPromises',
  manualProcedureKey: 'criteria.manualProcedureKey',
} as const;

let nextId = 0;
const newId = () => `rule-${(nextId += 1)}`;

/** Minor units as a person types them: 50000 PLN → "500,00" in Polish, "500.00" in English. */
export function typedAmount(amountMinor: number, currency: string, language: UiLanguage): string {
  const text = minorToDecimalString(amountMinor, currency);
  return language === 'pl' ? text.replace('.', ',') : text;
}

const numberOf = (value: number | undefined): NumberField => value ?? '';
const amountOf = (value: number | undefined, currency: string, language: UiLanguage) =>
  value === undefined ? '' : typedAmount(value, currency, language);

/** A working copy of one rule; amounts are in the organization's base currency. */
export function ruleDraftOf(rule: RuleShape, currency: string, language: UiLanguage): RuleDraft {
  const c = rule.criteria;
  return {
    id: newId(),
    name: rule.name,
    procedureKey: rule.procedureKey,
    enabled: rule.enabled ?? true,
    tags: [...(c.tagsAny ?? [])],
    segments: [...(c.segments ?? [])],
    minTenureMonths: numberOf(c.minTenureMonths),
    maxTenureMonths: numberOf(c.maxTenureMonths),
    minRevenueText: amountOf(c.minRevenue12mMinor, currency, language),
    regularContract: c.regularContract === undefined ? 'any' : c.regularContract ? 'with' : 'without',
    minOverdueText: amountOf(c.minOverdueMinor, currency, language),
    openBelowText: amountOf(c.openBelowMinor, currency, language),
    minDaysOverdue: numberOf(c.minDaysOverdue),
    minBrokenPromises: numberOf(c.minBrokenPromises),
    manualProcedureKey: c.manualProcedureKey ?? null,
  };
}

/** Working copies of the rules, in the order the API lists them (the order they are tried). */
export function ruleDraftsOf(rules: readonly RuleShape[], currency: string, language: UiLanguage): RuleDraft[] {
  return rules.map((rule) => ruleDraftOf(rule, currency, language));
}

/** A new, empty rule: it names nothing yet and would catch every customer. */
export function newRule(): RuleDraft {
  return {
    id: newId(),
    name: '',
    procedureKey: '',
    enabled: true,
    tags: [],
    segments: [],
    minTenureMonths: '',
    maxTenureMonths: '',
    minRevenueText: '',
    regularContract: 'any',
    minOverdueText: '',
    openBelowText: '',
    minDaysOverdue: '',
    minBrokenPromises: '',
    manualProcedureKey: null,
  };
}

/** The rules with the one at `index` moved by `by` places (kept within the list). */
export function moveRule(rules: readonly RuleDraft[], index: number, by: number): RuleDraft[] {
  const target = Math.max(0, Math.min(rules.length - 1, index + by));
  const moved = [...rules];
  const [rule] = moved.splice(index, 1);
  if (rule) moved.splice(target, 0, rule);
  return moved;
}

const distinct = (values: readonly string[]) => [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];

/**
 * One rule as the API takes it, with the problems of what cannot be sent as typed,
 * keyed by the path below the rule ("name", "criteria.minOverdueMinor"). A criterion
 * that cannot be read is left out of `rule`, so a summary still describes the rest.
 */
export function ruleShape(draft: RuleDraft, currency: string): { rule: RuleShape; problems: Record<string, RuleProblem> } {
  const problems: Record<string, RuleProblem> = {};
  const criteria: RoutingCriteria = {};
  if (draft.manualProcedureKey !== null) criteria.manualProcedureKey = draft.manualProcedureKey;
  const tags = distinct(draft.tags);
  if (tags.length > 0) criteria.tagsAny = tags;
  const segments = distinct(draft.segments);
  if (segments.length > 0) criteria.segments = segments;
  if (draft.minTenureMonths !== '') criteria.minTenureMonths = draft.minTenureMonths;
  if (draft.maxTenureMonths !== '') criteria.maxTenureMonths = draft.maxTenureMonths;
  for (const field of Object.keys(amountFields) as (keyof typeof amountFields)[]) {
    const criterion = amountFields[field];
    const text = draft[field];
    if (text.trim() === '') continue;
    const parsed = parseAmount(text, currency);
    if (!parsed.ok) problems[`criteria.${criterion}`] = parsed.error === 'too_many_decimals' ? 'tooManyDecimals' : 'notAnAmount';
    else if (parsed.amountMinor < 0) problems[`criteria.${criterion}`] = 'negativeAmount';
    else criteria[criterion] = parsed.amountMinor;
  }
  if (draft.regularContract !== 'any') criteria.regularContract = draft.regularContract === 'with';
  if (draft.minDaysOverdue !== '') criteria.minDaysOverdue = draft.minDaysOverdue;
  if (draft.minBrokenPromises !== '') criteria.minBrokenPromises = draft.minBrokenPromises;

  // The same checks the server makes, so a slip is shown before a round trip.
  if (draft.name.trim() === '') problems.name = 'nameRequired';
  if (draft.procedureKey === '') problems.procedureKey = 'procedureRequired';
  if (criteria.minTenureMonths !== undefined && criteria.maxTenureMonths !== undefined && criteria.minTenureMonths > criteria.maxTenureMonths) {
    problems['criteria.maxTenureMonths'] = 'tenureRange';
  }
  return { rule: { name: draft.name.trim(), procedureKey: draft.procedureKey, enabled: draft.enabled, criteria }, problems };
}

/**
 * The whole list as `PUT /routing-rules` takes it, priorities following the order on
 * screen; or every problem, keyed "rules.2.criteria.openBelowMinor" like the server's.
 */
export function rulesInput(drafts: readonly RuleDraft[], currency: string): { rules: RoutingRuleInput[] } | { problems: Record<string, RuleProblem> } {
  const problems: Record<string, RuleProblem> = {};
  const rules = drafts.map((draft, index) => {
    const shaped = ruleShape(draft, currency);
    for (const [path, problem] of Object.entries(shaped.problems)) problems[`rules.${index}.${path}`] = problem;
    return { priority: (index + 1) * 10, ...shaped.rule };
  });
  return Object.keys(problems).length > 0 ? { problems } : { rules };
}

/** The messages about one rule (keys "rules.2.…"), by the rest of their path: "name", "criteria.segments.0". */
export function ruleErrors(errors: Record<string, string>, index: number): Record<string, string> {
  const prefix = `rules.${index}.`;
  const found: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    if (path.startsWith(prefix)) found[path.slice(prefix.length)] ??= message;
    else if (path === `rules.${index}`) found[''] ??= message;
  }
  return found;
}

/** A rule with no criterion catches every customer it reaches. */
export function catchesEveryone(rule: RuleShape): boolean {
  return Object.keys(rule.criteria).length === 0;
}

/** The index of the first enabled rule that catches everyone (rules after it are never reached), or null. */
export function firstCatchAll(rules: readonly RuleShape[]): number | null {
  const index = rules.findIndex((rule) => rule.enabled !== false && catchesEveryone(rule));
  return index < 0 ? null : index;
}
