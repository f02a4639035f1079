// Which procedure follows up a customer: each segment of customers gets its own
// written procedure (seed 000). A manual assignment always wins; otherwise the rules
// are tried by ascending priority and the first whose criteria all hold decides. The
// result says why, with the facts that matched, so the app can show it.
import { isoDateFields } from './dates';
import { minorDigits } from './money';

/** What routing knows about a customer; amounts are in the organization's base currency. */
export type CustomerFacts = {
  manualProcedureKey: string | null;
  tags: readonly string[];
  segment: string | null;
  /** Whole months since the customer's first invoice. */
  tenureMonths: number;
  revenue12mMinor: number;
  regularContract: boolean;
  /** Open and overdue totals of invoices in the base currency; other currencies are not converted. */
  openMinor: number;
  overdueMinor: number;
  /** True when something is open in a currency other than the base one. */
  hasOpenInOtherCurrency: boolean;
  maxDaysOverdue: number;
  brokenPromises: number;
};

export type RoutingCriteria = {
  manualProcedureKey?: string;
  tagsAny?: string[];
  segments?: string[];
  minTenureMonths?: number;
  /** Inclusive: 5 means "less than six whole months". */
  maxTenureMonths?: number;
  minRevenue12mMinor?: number;
  regularContract?: boolean;
  minOverdueMinor?: number;
  /** Everything open is in the base currency and adds up to less than this. */
  openBelowMinor?: number;
  minDaysOverdue?: number;
  minBrokenPromises?: number;
};

export type RoutingRule = { priority: number; procedureKey: string; name: string; criteria: RoutingCriteria };

/** The procedure of customers no rule catches (and of those whose rule names a procedure not in effect). */
export const fallbackProcedureKey = 'standard';

export type RoutingReasonKey =
  | 'manualAssignment'
  | 'tag'
  | 'segment'
  | 'tenure'
  | 'revenue'
  | 'regularContract'
  | 'overdueAmount'
  | 'openAmount'
  | 'daysOverdue'
  | 'brokenPromises'
  | 'fallback';

/** One explanation, a translation key with the facts it quotes. */
export type RoutingReason = { key: RoutingReasonKey; facts: Record<string, string | number | boolean> };

export type RoutingDecision = { procedureKey: string; matchedRule: RoutingRule | null; reasons: RoutingReason[] };

/**
 * The reasons a rule matches the facts, or null at the first of its criteria that
 * fails. A reason is built only for a criterion that holds: the daily run asks every
 * rule about every customer, and most criteria fail.
 */
export function matchRule(facts: CustomerFacts, criteria: RoutingCriteria): RoutingReason[] | null {
  const c = criteria;
  const reasons: RoutingReason[] = [];
  if (c.manualProcedureKey !== undefined) {
    if (facts.manualProcedureKey !== c.manualProcedureKey) return null;
    reasons.push({ key: 'manualAssignment', facts: { procedureKey: c.manualProcedureKey } });
  }
  if (c.tagsAny !== undefined) {
    const tag = c.tagsAny.find((t) => facts.tags.includes(t));
    if (tag === undefined) return null;
    reasons.push({ key: 'tag', facts: { tag } });
  }
  if (c.segments !== undefined) {
    if (facts.segment === null || !c.segments.includes(facts.segment)) return null;
    reasons.push({ key: 'segment', facts: { segment: facts.segment } });
  }
  if (c.minTenureMonths !== undefined) {
    if (facts.tenureMonths < c.minTenureMonths) return null;
    reasons.push({ key: 'tenure', facts: { tenureMonths: facts.tenureMonths, minTenureMonths: c.minTenureMonths } });
  }
  if (c.maxTenureMonths !== undefined) {
    if (facts.tenureMonths > c.maxTenureMonths) return null;
    reasons.push({ key: 'tenure', facts: { tenureMonths: facts.tenureMonths, maxTenureMonths: c.maxTenureMonths } });
  }
  if (c.minRevenue12mMinor !== undefined) {
    if (facts.revenue12mMinor < c.minRevenue12mMinor) return null;
    reasons.push({ key: 'revenue', facts: { revenue12mMinor: facts.revenue12mMinor, minRevenue12mMinor: c.minRevenue12mMinor } });
  }
  if (c.regularContract !== undefined) {
    if (facts.regularContract !== c.regularContract) return null;
    reasons.push({ key: 'regularContract', facts: { regularContract: facts.regularContract } });
  }
  if (c.minOverdueMinor !== undefined) {
    if (facts.overdueMinor < c.minOverdueMinor) return null;
    reasons.push({ key: 'overdueAmount', facts: { overdueMinor: facts.overdueMinor, minOverdueMinor: c.minOverdueMinor } });
  }
  if (c.openBelowMinor !== undefined) {
    if (facts.hasOpenInOtherCurrency || facts.openMinor >= c.openBelowMinor) return null;
    reasons.push({ key: 'openAmount', facts: { openMinor: facts.openMinor, openBelowMinor: c.openBelowMinor } });
  }
  if (c.minDaysOverdue !== undefined) {
    if (facts.maxDaysOverdue < c.minDaysOverdue) return null;
    reasons.push({ key: 'daysOverdue', facts: { maxDaysOverdue: facts.maxDaysOverdue, minDaysOverdue: c.minDaysOverdue } });
  }
  if (c.minBrokenPromises !== undefined) {
    if (facts.brokenPromises < c.minBrokenPromises) return null;
    reasons.push({ key: 'brokenPromises', facts: { brokenPromises: facts.brokenPromises, minBrokenPromises: c.minBrokenPromises } });
  }
  return reasons;
}

// Rules by ascending priority, stable on equal priorities (the rule listed first wins);
// worked out once per list of rules, which the daily run routes every customer through.
const rulesInOrder = new WeakMap<readonly RoutingRule[], readonly RoutingRule[]>();

function byPriority(rules: readonly RoutingRule[]): readonly RoutingRule[] {
  let ordered = rulesInOrder.get(rules);
  if (!ordered) {
    ordered = rules
      .map((rule, index) => ({ rule, index }))
      .sort((a, b) => a.rule.priority - b.rule.priority || a.index - b.index)
      .map(({ rule }) => rule);
    rulesInOrder.set(rules, ordered);
  }
  return ordered;
}

/** The procedure for a customer and why: manual assignment, else the first matching rule by priority, else the fallback. */
export function routeCustomer(facts: CustomerFacts, rules: readonly RoutingRule[], fallbackKey: string): RoutingDecision {
  if (facts.manualProcedureKey) {
    return {
      procedureKey: facts.manualProcedureKey,
      matchedRule: null,
      reasons: [{ key: 'manualAssignment', facts: { procedureKey: facts.manualProcedureKey } }],
    };
  }
  for (const rule of byPriority(rules)) {
    const reasons = matchRule(facts, rule.criteria);
    if (reasons) return { procedureKey: rule.procedureKey, matchedRule: rule, reasons };
  }
  return { procedureKey: fallbackKey, matchedRule: null, reasons: [{ key: 'fallback', facts: { procedureKey: fallbackKey } }] };
}

// What counts as a small amount, in whole units of common base currencies, kept per
// currency (roughly 500 zł each) instead of converting at some day's rate.
const smallAmountUnits: Record<string, number> = { PLN: 500, EUR: 120, USD: 130, GBP: 100, CHF: 110, CZK: 3_000, SEK: 1_300, NOK: 1_300, DKK: 900 };

/** The open total below which a customer is on the small-amounts procedure, in the base currency's minor units. */
export function smallAmountThresholdMinor(baseCurrency: string): number {
  return (smallAmountUnits[baseCurrency] ?? 500) * 10 ** minorDigits(baseCurrency);
}

/** Routing rules for the shipped procedures; customers no rule matches go to 'standard'. */
export function defaultRoutingRules(baseCurrency: string): RoutingRule[] {
  return [
    { priority: 10, procedureKey: 'key-account', name: 'Key account segment', criteria: { segments: ['key_account'] } },
    { priority: 11, procedureKey: 'key-account', name: 'Tagged key', criteria: { tagsAny: ['key'] } },
    // Small debts before new customers: a call or a letter costs more than 500 zł is worth.
    {
      priority: 20,
      procedureKey: 'small-amounts',
      name: 'Small amounts',
      criteria: { openBelowMinor: smallAmountThresholdMinor(baseCurrency) },
    },
    { priority: 30, procedureKey: 'new-customer', name: 'New customer (under 6 months)', criteria: { maxTenureMonths: 5 } },
  ];
}

/** Whole months from the customer's first invoice to today (calendar months, day of month respected). */
export function tenureMonths(since: string, today: string): number {
  const [y1, m1, d1] = yearMonthDay(since);
  const [y2, m2, d2] = yearMonthDay(today);
  const months = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
  return Math.max(0, months);
}

// Read digit by digit when written YYYY-MM-DD (asked for every customer of a run);
// anything else is split on its dashes as before.
function yearMonthDay(date: string): [number, number, number] {
  const fields = isoDateFields(date);
  if (fields) return [fields.year, fields.month, fields.day];
  return date.split('-').map(Number) as [number, number, number];
}
