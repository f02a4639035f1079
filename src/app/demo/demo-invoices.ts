// When the demo customers were invoiced and for how much: business days over the
// eighteen months before `today`, numbered FV/YYYY/MM/NNNN in order of issue.
import { addDays, daysBetween, type IsoDate } from '../../domain/dates';
import type { DemoCustomer, DemoSegment } from './demo-ledger';
import type { Random } from './random';

/** How long the demo's history reaches back, in days (about eighteen months). */
export const historyDays = 548;

/** The part of the history a customer was active in, and when a stopped payer stopped. */
export type CustomerPlan = {
  customer: DemoCustomer;
  activeFrom: IsoDate;
  activeTo: IsoDate;
  /** Payments end here for customers whose behaviour is 'stopped'. */
  stoppedOn: IsoDate | null;
};

export type IssuedInvoice = {
  number: string;
  customerKey: string;
  issueDate: IsoDate;
  dueDate: IsoDate;
  currency: string;
  grossTotalMinor: number;
};

// Invoices per month and the net amount range in złoty, per segment.
const monthlyRate: Record<DemoSegment, number> = {
  key_account: 8.5,
  regular: 1.5,
  new_customer: 2.5,
  small_amounts: 0.6,
  one_off: 0,
};
const netRangeZl: Record<DemoSegment, readonly [number, number]> = {
  key_account: [4_000, 60_000],
  regular: [1_000, 20_000],
  new_customer: [800, 12_000],
  small_amounts: [120, 1_200],
  one_off: [1_500, 35_000],
};
const eurPerPln = 4.3;

/** The active span of each customer; stopped payers go on credit hold two months after they stop. */
export function planCustomers(random: Random, customers: readonly DemoCustomer[], today: IsoDate): CustomerPlan[] {
  const start = addDays(today, -historyDays);
  return customers.map((customer) => {
    let activeFrom = start;
    if (customer.segment === 'new_customer') activeFrom = addDays(today, -random.int(60, 150));
    else if (customer.segment === 'one_off') activeFrom = addDays(start, random.int(0, historyDays - 20));
    else if (random.chance(0.3)) activeFrom = addDays(start, random.int(0, 200));
    let activeTo = today;
    let stoppedOn: IsoDate | null = null;
    if (customer.behaviour === 'stopped') {
      stoppedOn = addDays(today, -random.int(110, 240));
      if (daysBetween(activeFrom, stoppedOn) < 60) activeFrom = addDays(stoppedOn, -random.int(90, 200));
      activeTo = addDays(stoppedOn, random.int(30, 70));
    }
    return { customer, activeFrom, activeTo, stoppedOn };
  });
}

function isWeekend(date: IsoDate): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/** A gross amount in minor units: a log-uniform net, plus 23% VAT for domestic sales. */
function grossAmount(random: Random, segment: DemoSegment, currency: string): number {
  const [low, high] = netRangeZl[segment];
  const netZl = Math.exp(Math.log(low) + random.next() * (Math.log(high) - Math.log(low)));
  const inCurrency = currency === 'EUR' ? netZl / eurPerPln : netZl;
  const netMinor = random.chance(0.6) ? Math.round(inCurrency) * 100 : Math.round(inCurrency * 100);
  // Intra-EU supplies are reverse-charged: the gross amount is the net amount.
  return currency === 'EUR' ? netMinor : Math.floor((netMinor * 123 + 50) / 100);
}

/** Every invoice of the demo, sorted by issue date and numbered per month. */
export function issueInvoices(random: Random, plans: readonly CustomerPlan[], today: IsoDate): IssuedInvoice[] {
  const drafts: Omit<IssuedInvoice, 'number'>[] = [];
  for (const { customer, activeFrom, activeTo } of plans) {
    const dates: IsoDate[] = [];
    if (customer.segment === 'one_off') {
      let first = activeFrom;
      while (isWeekend(first)) first = addDays(first, 1);
      dates.push(first);
      if (random.chance(0.4)) {
        const second = addDays(first, random.int(3, 25));
        if (!isWeekend(second) && second <= today) dates.push(second);
      }
    } else {
      const perBusinessDay = monthlyRate[customer.segment] / 21.7;
      for (let day = activeFrom; day <= activeTo; day = addDays(day, 1)) {
        if (!isWeekend(day) && random.chance(perBusinessDay)) dates.push(day);
      }
      if (dates.length === 0) dates.push(isWeekend(activeTo) ? addDays(activeTo, -2) : activeTo);
    }
    for (const issueDate of dates) {
      if (issueDate > today) continue;
      drafts.push({
        customerKey: customer.key,
        issueDate,
        dueDate: addDays(issueDate, customer.paymentTermsDays),
        currency: customer.currency,
        grossTotalMinor: grossAmount(random, customer.segment, customer.currency),
      });
    }
  }
  drafts.sort((a, b) => (a.issueDate < b.issueDate ? -1 : a.issueDate > b.issueDate ? 1 : a.customerKey < b.customerKey ? -1 : a.customerKey > b.customerKey ? 1 : 0));
  const perMonth = new Map<string, number>();
  return drafts.map((draft) => {
    const month = draft.issueDate.slice(0, 7);
    const sequence = (perMonth.get(month) ?? 0) + 1;
    perMonth.set(month, sequence);
    return { ...draft, number: `FV/${month.replace('-', '/')}/${String(sequence).padStart(4, '0')}` };
  });
}
