// A routing rule in one plain sentence, as a person would say it: "Customers tagged
// “vip” and at least 30 days overdue → Key account". Thresholds are inclusive, as the
// domain counts them, and amounts are in the organization's base currency.
import type { TFunction } from 'i18next';
import type { RoutingCriteria } from '../../../src/domain/routing';
import { formatAmount } from '../i18n/format';
import { localeOf, type UiLanguage } from '../i18n/languages';
import { labelOf } from './step-display';

export type SummaryWords = {
  t: TFunction;
  language: UiLanguage;
  /** The base currency, in which routing counts every amount. */
  currency: string;
  /** A procedure's name in the UI language (the key when the organization has no such procedure). */
  procedureName: (procedureKey: string) => string;
};

const list = (language: UiLanguage, items: readonly string[], type: 'conjunction' | 'disjunction') =>
  new Intl.ListFormat(localeOf(language), { style: 'long', type }).format(items);

/** Each criterion of a rule as a phrase that follows "Customers …", in the order routing checks them. */
export function criteriaPhrases(criteria: RoutingCriteria, words: SummaryWords): string[] {
  const { t, language, currency } = words;
  const money = (amountMinor: number) => formatAmount(amountMinor, currency, language);
  const c = criteria;
  const phrases: string[] = [];
  if (c.manualProcedureKey !== undefined) phrases.push(t('routingRules.summary.manual', { procedure: words.procedureName(c.manualProcedureKey) }));
  if (c.tagsAny?.length) {
    const tags = c.tagsAny.map((tag) => t('routingRules.summary.quoted', { value: tag }));
    phrases.push(t('routingRules.summary.tags', { tags: list(language, tags, 'disjunction') }));
  }
  if (c.segments?.length) {
    const segments = c.segments.map((segment) => labelOf(t, 'segments', segment));
    phrases.push(t('routingRules.summary.segments', { segments: list(language, segments, 'disjunction') }));
  }
  if (c.minTenureMonths !== undefined) phrases.push(t('routingRules.summary.minTenure', { count: c.minTenureMonths }));
  if (c.maxTenureMonths !== undefined) phrases.push(t('routingRules.summary.maxTenure', { count: c.maxTenureMonths }));
  if (c.minRevenue12mMinor !== undefined) phrases.push(t('routingRules.summary.minRevenue', { amount: money(c.minRevenue12mMinor) }));
  if (c.regularContract !== undefined) phrases.push(t(c.regularContract ? 'routingRules.summary.withContract' : 'routingRules.summary.withoutContract'));
  if (c.minOverdueMinor !== undefined) phrases.push(t('routingRules.summary.minOverdue', { amount: money(c.minOverdueMinor) }));
  if (c.openBelowMinor !== undefined) phrases.push(t('routingRules.summary.openBelow', { amount: money(c.openBelowMinor) }));
  if (c.minDaysOverdue !== undefined) phrases.push(t('routingRules.summary.minDaysOverdue', { count: c.minDaysOverdue }));
  if (c.minBrokenPromises !== undefined) phrases.push(t('routingRules.summary.minBrokenPromises', { count: c.minBrokenPromises }));
  return phrases;
}

/** "Customers tagged “vip” and at least 30 days overdue → Key account"; "Every customer → …" without criteria. */
export function ruleSummary(rule: { procedureKey: string; criteria: RoutingCriteria }, words: SummaryWords): string {
  const { t, language } = words;
  const phrases = criteriaPhrases(rule.criteria, words);
  const who = phrases.length === 0 ? t('routingRules.summary.everyone') : t('routingRules.summary.customers', { conditions: list(language, phrases, 'conjunction') });
  const procedure = rule.procedureKey === '' ? t('routingRules.summary.noProcedure') : words.procedureName(rule.procedureKey);
  return t('routingRules.summary.sentence', { who, procedure });
}

/** The last line of the order: "Customers no rule catches → Standard". */
export function fallbackSummary(fallbackKey: string, words: SummaryWords): string {
  return words.t('routingRules.summary.sentence', { who: words.t('routingRules.summary.rest'), procedure: words.procedureName(fallbackKey) });
}
