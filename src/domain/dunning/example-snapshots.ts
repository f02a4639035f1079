// Small builders of customer snapshots with sensible defaults, for tests and for
// examples in the procedure cookbook: a Polish customer with a payables contact, a
// finance decision-maker and an operational buyer, and no history.
import type { IsoDate } from '../dates';
import type { CustomerSnapshot, PastContact, SnapshotContact, SnapshotInvoice } from './snapshot';

/** A contact reachable on every channel unless overridden. */
export function exampleContact(id: string, roles: SnapshotContact['roles'], overrides: Partial<SnapshotContact> = {}): SnapshotContact {
  return {
    id,
    name: id,
    roles,
    hasEmail: true,
    hasMobile: true,
    hasPhone: true,
    hasPostalAddress: true,
    optedOutChannels: [],
    ...overrides,
  };
}

/** An open, undisputed invoice in PLN, fully unpaid unless overridden. */
export function exampleInvoice(id: string, dueDate: IsoDate, overrides: Partial<SnapshotInvoice> = {}): SnapshotInvoice {
  return {
    id,
    dueDate,
    currency: 'PLN',
    openAmountMinor: 123_000,
    disputed: false,
    snoozedUntil: null,
    ...overrides,
  };
}

/** A past contact carrying steps of one procedure. */
export function examplePastContact(
  date: IsoDate,
  channel: PastContact['channel'],
  procedureKey: string,
  steps: { invoiceId: string; stepKey: string }[],
  answered = false,
): PastContact {
  return { date, channel, steps: steps.map((s) => ({ ...s, procedureKey })), answered };
}

export type SnapshotOverrides = Partial<Omit<CustomerSnapshot, 'customer'>> & { customer?: Partial<CustomerSnapshot['customer']> };

/** A customer in Poland (Europe/Warsaw) with payables, decision-maker and buyer contacts. */
export function exampleSnapshot(overrides: SnapshotOverrides = {}): CustomerSnapshot {
  const { customer, ...rest } = overrides;
  return {
    customer: {
      id: 'c1',
      country: 'PL',
      timeZone: 'Europe/Warsaw',
      language: 'pl',
      doNotContact: false,
      creditHold: false,
      snoozedUntil: null,
      ...customer,
    },
    contacts: [
      exampleContact('payables', ['payables']),
      exampleContact('decider', ['finance_decision_maker']),
      exampleContact('buyer', ['operational_buyer']),
    ],
    openInvoices: [],
    promises: [],
    plans: [],
    history: [],
    lastInboundOn: null,
    ...rest,
  };
}
