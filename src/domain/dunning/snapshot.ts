// Everything the engine may know about one customer on the day it decides: no more
// (it reads no database and no clock), no less (it needs nothing else).
import type { IsoDate } from '../dates';
import type { AddresseeRole, Channel } from './procedure';

export type SnapshotContact = {
  id: string;
  name: string;
  roles: AddresseeRole[];
  hasEmail: boolean;
  hasMobile: boolean;
  hasPhone: boolean;
  hasPostalAddress: boolean;
  optedOutChannels: Channel[];
};

export type SnapshotInvoice = {
  id: string;
  dueDate: IsoDate;
  currency: string;
  openAmountMinor: number;
  disputed: boolean;
  /** Set while a manual snooze of this invoice lasts (its last day). */
  snoozedUntil: IsoDate | null;
};

export type PromiseStatus = 'open' | 'kept' | 'partlyKept' | 'broken';

export type SnapshotPromise = {
  id: string;
  /** Empty means the promise covers all the customer's open invoices. */
  invoiceIds: string[];
  promisedDate: IsoDate;
  amountMinor: number;
  currency: string;
  status: PromiseStatus;
  /** When it was found broken: the customer moves to the firm stage from then on. */
  brokenOn: IsoDate | null;
};

export type InstalmentStatus = 'paid' | 'due' | 'late';

export type SnapshotPlan = {
  id: string;
  invoiceIds: string[];
  status: 'active' | 'completed' | 'defaulted' | 'cancelled';
  instalments: { dueDate: IsoDate; amountMinor: number; paidMinor: number; currency: string }[];
};

/** One contact made (or attempted) earlier: what the rhythm rules count. */
export type PastContact = {
  date: IsoDate;
  channel: Channel;
  /** Steps this contact carried out, per invoice, so each ladder advances on its own. */
  steps: { invoiceId: string; procedureKey: string; stepKey: string }[];
  /** True once the customer answered it (reply, call picked up, portal action). */
  answered: boolean;
};

export type CustomerSnapshot = {
  customer: {
    id: string;
    country: string;
    timeZone: string;
    language: string;
    doNotContact: boolean;
    creditHold: boolean;
    /** Set while a manual snooze of the whole customer lasts (its last day). */
    snoozedUntil: IsoDate | null;
  };
  contacts: SnapshotContact[];
  openInvoices: SnapshotInvoice[];
  promises: SnapshotPromise[];
  plans: SnapshotPlan[];
  history: PastContact[];
  /**
   * Steps the engine passed over earlier (Decision.skipped, as recorded): they count
   * for the ladder position like steps carried out. Absent means none recorded.
   */
  skippedSteps?: { date: IsoDate; invoiceId: string; procedureKey: string; stepKey: string }[];
  /** The last day the customer got in touch on its own (reply, call, portal). */
  lastInboundOn: IsoDate | null;
};
