// The vocabulary of payment matching: a credit line from a bank statement, the open
// invoices it may pay, what is known about who pays for which customer, and the
// matcher's answer. Plain data, so the store can feed it and the review queue can
// keep it as it is.
import type { IsoDate } from '../dates';

/** A credit on the organization's account, as the statement describes it. */
export type CreditLine = {
  amountMinor: number;
  currency: string;
  bookingDate: IsoDate;
  title: string;
  counterpartyName: string | null;
  /** IBAN or Polish NRB of the payer, in any spacing. */
  counterpartyAccount: string | null;
  /** ISO 11649 reference from a structured remittance field (camt.053 `CdtrRefInf`). */
  structuredReference: string | null;
  endToEndId: string | null;
};

/** An open invoice that a payment may settle. */
export type OpenInvoice = {
  id: string;
  customerId: string;
  number: string;
  currency: string;
  openAmountMinor: number;
  grossTotalMinor: number;
  dueDate: IsoDate;
  issueDate: IsoDate;
};

/** What is known about one customer as a payer. */
export type PayerProfile = {
  customerId: string;
  name: string;
  /** NIP or EU VAT ids, any spelling. */
  taxIds: readonly string[];
  /** Accounts earlier payments for this customer came from, any spelling. */
  knownAccounts: readonly string[];
};

export type Allocation = { invoiceId: string; amountMinor: number };

/** Why a proposal is believed; `code` is for machines and translations, `text` for people. */
export type MatchReasonCode =
  | 'creditorReference'
  | 'splitPaymentInvoice'
  | 'invoiceNumberInTitle'
  | 'shortInvoiceNumberInTitle'
  | 'similarInvoiceNumber'
  | 'anotherInvoiceOneSlipAway'
  | 'amountEqualsOpenAmount'
  | 'amountEqualsSumOfInvoices'
  | 'amountOnly'
  | 'partialPayment'
  | 'overpaymentAsCredit'
  | 'knownPayerAccount'
  | 'payerTaxId'
  | 'similarPayerName'
  | 'payerIsAnotherCustomer'
  | 'oldestOpenInvoicesOfPayer';

/** Why nothing was allocated automatically. */
export type NoMatchReasonCode =
  | 'notACredit'
  | 'unknownCreditorReference'
  | 'noCandidates'
  | 'belowThreshold'
  | 'ambiguous';

export type MatchReason = { code: MatchReasonCode; text: string; invoiceId?: string };
export type NoMatchReason = { code: NoMatchReasonCode; text: string };

/** One way to read the payment: which invoices it pays, for whom, how surely, and why. */
export type MatchProposal = {
  customerId: string;
  allocations: Allocation[];
  /** What is left over after the allocations, kept as the customer's credit. */
  creditMinor: number;
  /** 0..1 */
  confidence: number;
  reasons: MatchReason[];
};

export type MatchDecision =
  | { kind: 'auto'; proposal: MatchProposal; alternatives: MatchProposal[] }
  | { kind: 'review'; suggestions: MatchProposal[]; reasons: NoMatchReason[] }
  | { kind: 'unmatched'; reasons: NoMatchReason[] };

/**
 * The candidates a matcher may look at, found by key rather than by scanning: the
 * caller builds it once per import (in memory with `buildMatchingIndex`, or backed by
 * the store's indexes). Every list holds only the organization's own open invoices.
 */
export type MatchingLookup = {
  /** Invoices whose id starts with these 16 lower-case hex digits (see `invoiceIdPrefixOf`). */
  invoicesByIdPrefix(idPrefix: string): readonly OpenInvoice[];
  /** Invoices whose number normalises to this key (see `invoiceNumberKey`). */
  invoicesByNumberKey(numberKey: string): readonly OpenInvoice[];
  /** Up to `limit` invoices with this open amount: a common amount is only worth knowing to be common. */
  invoicesByOpenAmount(currency: string, amountMinor: number, limit: number): readonly OpenInvoice[];
  /** The customer's invoices with this open amount. */
  customerInvoicesByOpenAmount(customerId: string, currency: string, amountMinor: number): readonly OpenInvoice[];
  /** The customer's `limit` oldest open invoices, oldest due date first. */
  openInvoicesOfCustomer(customerId: string, limit: number): readonly OpenInvoice[];
  /** Customers that paid from this account before (account in canonical IBAN form). */
  customersByAccount(account: string): readonly string[];
  /** Customers with this tax id (see `taxIdKey`). */
  customersByTaxId(taxIdKey: string): readonly string[];
  /** Customers whose name has this token (see `nameTokens`). */
  customersByNameToken(token: string): readonly string[];
  payer(customerId: string): PayerProfile | undefined;
};

export type MatchOptions = {
  /** Confidence from which the best proposal is allocated without asking. */
  autoThreshold: number;
  /** How far the best proposal must be ahead of the second to count as unambiguous. */
  minimumLead: number;
  /** How many proposals the review queue shows. */
  maxSuggestions: number;
  /** More invoices than this with the same amount and nothing else to go by say nothing. */
  maxAmountCandidates: number;
  /** How many invoices a combined payment may settle. */
  maxCombinedInvoices: number;
  /** How many of a customer's oldest open invoices the combined-payment search looks at. */
  maxCombinedPool: number;
};

export const defaultMatchOptions: MatchOptions = {
  autoThreshold: 0.95,
  minimumLead: 0.1,
  maxSuggestions: 3,
  maxAmountCandidates: 8,
  maxCombinedInvoices: 4,
  maxCombinedPool: 16,
};
