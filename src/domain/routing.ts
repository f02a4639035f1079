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

/** The reasons a rule matches the facts, or null when one of its criteria fails. */
export function matchRule(facts: CustomerFacts, criteria: RoutingCriteria): RoutingReason[] | null {
  const reasons: RoutingReason[] = [];
  const check = (holds: boolean, reason: RoutingReason) => {
    if (!holds) return false;
    reasons.push(reason);
    return true;
  };
  const c = criteria;
  const tag = c.tagsAny?.find((t) => facts.tags.includes(t));
  const all = [
    c.manualProcedureKey === undefined ||
      check(facts.manualProcedureKey === c.manualProcedureKey, { key: 'manualAssignment', facts: { procedureKey: c.manualProcedureKey } }),
    c.tagsAny === undefined || check(tag !== undefined, { key: 'tag', facts: { tag: tag ?? '' } }),
    c.segments === undefined ||
      check(facts.segment !== null && c.segments.includes(facts.segment), { key: 'segment', facts: { segment: facts.segment ?? '' } }),
    c.minTenureMonths === undefined ||
      check(facts.tenureMonths >= c.minTenureMonths, { key: 'tenure', facts: { tenureMonths: facts.tenureMonths, minTenureMonths: c.minTenureMonths } }),
    c.maxTenureMonths === undefined ||
      check(facts.tenureMonths <= c.maxTenureMonths, { key: 'tenure', facts: { tenureMonths: facts.tenureMonths, maxTenureMonths: c.maxTenureMonths } }),
    c.minRevenue12mMinor === undefined ||
      check(facts.revenue12mMinor >= c.minRevenue12mMinor, {
        key: 'revenue',
        facts: { revenue12mMinor: facts.revenue12mMinor, minRevenue12mMinor: c.minRevenue12mMinor },
      }),
    c.regularContract === undefined ||
      check(facts.regularContract === c.regularContract, { key: 'regularContract', facts: { regularContract: facts.regularContract } }),
    c.minOverdueMinor === undefined ||
      check(facts.overdueMinor >= c.minOverdueMinor, { key: 'overdueAmount', facts: { overdueMinor: facts.overdueMinor, minOverdueMinor: c.minOverdueMinor } }),
    c.openBelowMinor === undefined ||
      check(!facts.hasOpenInOtherCurrency && facts.openMinor < c.openBelowMinor, {
        key: 'openAmount',
        facts: { openMinor: facts.openMinor, openBelowMinor: c.openBelowMinor },
      }),
    c.minDaysOverdue === undefined ||
      check(facts.maxDaysOverdue >= c.minDaysOverdue, { key: 'daysOverdue', facts: { maxDaysOverdue: facts.maxDaysOverdue, minDaysOverdue: c.minDaysOverdue } }),
    c.minBrokenPromises === undefined ||
      check(facts.brokenPromises >= c.minBrokenPromises, {
        key: 'brokenPromises',
        facts: { brokenPromises: facts.brokenPromises, minBrokenPromises: c.minBrokenPromises },
      }),
  ];
  return all.every(Boolean) ? reasons : null;
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
  // Stable on equal priorities: the rule listed first wins.
  const ordered = rules.map((rule, index) => ({ rule, index })).sort((a, b) => a.rule.priority - b.rule.priority || a.index - b.index);
  for (const { rule } of ordered) {
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
