// Why a customer is on its procedure, in words: each routing reason with the facts it
// matched on (amounts are in the organization's base currency, as routing counts them).
import type { TFunction } from 'i18next';
import type { RoutingReasonView } from '../../../src/http/contract';

type Money = (amountMinor: number, currency: string) => string;

const num = (value: string | number | boolean | undefined) => (typeof value === 'number' ? value : Number(value ?? 0));
const text = (value: string | number | boolean | undefined) => String(value ?? '');

/** One reason as a sentence. */
export function routingReasonText(t: TFunction, reason: RoutingReasonView, money: Money, baseCurrency: string): string {
  const f = reason.facts;
  switch (reason.key) {
    case 'manualAssignment':
    case 'fallback':
      return t(`routingReasons.${reason.key}`);
    case 'regularContract':
      // A rule may ask for customers with a regular contract or for those without one.
      return t(f.regularContract === false ? 'routingReasons.noRegularContract' : 'routingReasons.regularContract');
    case 'tag':
      return t('routingReasons.tag', { tag: text(f.tag) });
    case 'segment':
      return t('routingReasons.segment', { segment: t(`segments.${text(f.segment)}`, { defaultValue: text(f.segment) }) });
    case 'tenure':
      return t('routingReasons.tenure', { tenureMonths: num(f.tenureMonths) });
    case 'revenue':
      return t('routingReasons.revenue', { amount: money(num(f.revenue12mMinor), baseCurrency) });
    case 'overdueAmount':
      return t('routingReasons.overdueAmount', { amount: money(num(f.overdueMinor), baseCurrency) });
    case 'openAmount':
      return t('routingReasons.openAmount', { amount: money(num(f.openMinor), baseCurrency), threshold: money(num(f.openBelowMinor), baseCurrency) });
    case 'daysOverdue':
      return t('routingReasons.daysOverdue', { days: num(f.maxDaysOverdue) });
    case 'brokenPromises':
      return t('routingReasons.brokenPromises', { count: num(f.brokenPromises) });
  }
}
