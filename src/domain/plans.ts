// A payment plan spreads what a customer owes over instalments fitted to what it can
// pay (seed 002: termin / kwota / status). While it runs it replaces the ladder for
// its invoices; a missed instalment left unpaid too long defaults the plan.
import { addDays, isIsoDate, type IsoDate } from './dates';

export type InstalmentStatus = 'paid' | 'due' | 'late';
export type PlanState = 'active' | 'completed' | 'defaulted';

export type PlanInstalment = { dueDate: IsoDate; amountMinor: number; paidMinor: number; currency: string };
export type PlanSchedule = { instalments: readonly PlanInstalment[] };

/** A plan as proposed: what it covers and how it will be paid. */
export type PlanProposal = {
  currency: string;
  amountCoveredMinor: number;
  instalments: readonly { dueDate: IsoDate; amountMinor: number; currency?: string }[];
};

export type PlanIssueCode =
  | 'noInstalments'
  | 'invalidDate'
  | 'datesNotIncreasing'
  | 'amountNotPositive'
  | 'currencyMismatch'
  | 'sumMismatch';
export type PlanIssue = { path: string; code: PlanIssueCode; message: string };

/** Problems with a proposed plan: dates increasing, one currency, instalments adding up to what it covers. */
export function validatePlan(plan: PlanProposal): PlanIssue[] {
  const issues: PlanIssue[] = [];
  if (plan.instalments.length === 0) {
    issues.push({ path: 'instalments', code: 'noInstalments', message: 'a payment plan needs at least one instalment' });
    return issues;
  }
  let sum = 0;
  plan.instalments.forEach((instalment, i) => {
    const at = `instalments[${i}]`;
    if (!isIsoDate(instalment.dueDate)) {
      issues.push({ path: `${at}.dueDate`, code: 'invalidDate', message: `not a calendar date (YYYY-MM-DD): ${instalment.dueDate}` });
    } else {
      const previous = plan.instalments[i - 1];
      if (previous && isIsoDate(previous.dueDate) && instalment.dueDate <= previous.dueDate) {
        issues.push({ path: `${at}.dueDate`, code: 'datesNotIncreasing', message: `${instalment.dueDate} is not after the previous instalment's ${previous.dueDate}` });
      }
    }
    if (!Number.isSafeInteger(instalment.amountMinor) || instalment.amountMinor <= 0) {
      issues.push({ path: `${at}.amountMinor`, code: 'amountNotPositive', message: 'an instalment is a whole number of minor units above zero' });
    } else {
      sum += instalment.amountMinor;
    }
    if (instalment.currency !== undefined && instalment.currency !== plan.currency) {
      issues.push({ path: `${at}.currency`, code: 'currencyMismatch', message: `the plan is in ${plan.currency}, this instalment in ${instalment.currency}` });
    }
  });
  if (!issues.some((i) => i.code === 'amountNotPositive') && sum !== plan.amountCoveredMinor) {
    issues.push({
      path: 'instalments',
      code: 'sumMismatch',
      message: `the instalments add up to ${sum} but the plan covers ${plan.amountCoveredMinor} (minor units)`,
    });
  }
  return issues;
}

/** Paid once fully paid; late from the day after its date while unpaid; otherwise due. */
export function instalmentStatus(instalment: PlanInstalment, today: IsoDate): InstalmentStatus {
  if (instalment.paidMinor >= instalment.amountMinor) return 'paid';
  return today > instalment.dueDate ? 'late' : 'due';
}

/** The schedule table as the customer sees it: date, amount, status per instalment. */
export function instalmentStatuses(
  plan: PlanSchedule,
  today: IsoDate,
): { dueDate: IsoDate; amountMinor: number; currency: string; status: InstalmentStatus }[] {
  return plan.instalments.map((i) => ({
    dueDate: i.dueDate,
    amountMinor: i.amountMinor,
    currency: i.currency,
    status: instalmentStatus(i, today),
  }));
}

/** The first day a plan counts as defaulted, or null while no instalment is late. */
export function planDefaultsOn(plan: PlanSchedule, defaultAfterDays: number): IsoDate | null {
  const unpaidDates = plan.instalments.filter((i) => i.paidMinor < i.amountMinor).map((i) => i.dueDate);
  if (unpaidDates.length === 0) return null;
  const earliest = unpaidDates.reduce((a, b) => (b < a ? b : a));
  // Late from the day after its date; defaulted once it stayed late for the days allowed.
  return addDays(earliest, defaultAfterDays + 1);
}

/** Completed when every instalment is paid; defaulted once one stayed unpaid past the allowed days. */
export function planState(plan: PlanSchedule, today: IsoDate, defaultAfterDays: number): PlanState {
  if (plan.instalments.every((i) => i.paidMinor >= i.amountMinor)) return 'completed';
  const defaultsOn = planDefaultsOn(plan, defaultAfterDays);
  return defaultsOn !== null && today >= defaultsOn ? 'defaulted' : 'active';
}
