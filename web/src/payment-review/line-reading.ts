// How the review screen reads a statement line the server sent: whether a suggestion
// can still be accepted as it stands, and whether a matched line was matched by the
// importer or by a person.
import type { MatchReasonCode, NoMatchReasonCode } from '../../../src/domain/matching/types';
import type { StatementLine } from '../../../src/http/contract';

export type Suggestion = StatementLine['suggestions'][number];

export type SuggestionState = 'fits' | 'invoiceGone' | 'nowPaid' | 'lessOpen';

/**
 * Whether accepting the suggestion would go through: the matcher made it at import
 * time, and since then an invoice may have been deleted, paid, or paid in part.
 */
export function suggestionState(suggestion: Suggestion): SuggestionState {
  for (const allocation of suggestion.allocations) {
    if (allocation.invoiceNumber === null || allocation.openAmountMinor === null) return 'invoiceGone';
    if (allocation.openAmountMinor === 0) return 'nowPaid';
    if (allocation.openAmountMinor < allocation.amountMinor) return 'lessOpen';
  }
  return suggestion.allocations.length > 0 ? 'fits' : 'invoiceGone';
}

/**
 * A matched line the importer allocated carries no reasons why it waited (the API
 * gives reasons only for lines that were not allocated automatically).
 */
export function matchedBy(line: StatementLine): 'importer' | 'person' {
  return line.reasons.length === 0 && line.suggestions.length > 0 ? 'importer' : 'person';
}

/** The matcher's certainty as a whole percentage, rounded down so 0.949 never shows as 95 %. */
export function confidencePercent(confidence: number): number {
  return Math.floor(Math.max(0, Math.min(1, confidence)) * 100 + 1e-9);
}

// Every reason the matcher gives has words on the screen: a code added to the matcher
// fails the type check here until it has them too.
const reasonCodes: Record<MatchReasonCode | NoMatchReasonCode, true> = {
  creditorReference: true,
  splitPaymentInvoice: true,
  invoiceNumberInTitle: true,
  shortInvoiceNumberInTitle: true,
  similarInvoiceNumber: true,
  anotherInvoiceOneSlipAway: true,
  amountEqualsOpenAmount: true,
  amountEqualsSumOfInvoices: true,
  amountOnly: true,
  partialPayment: true,
  overpaymentAsCredit: true,
  knownPayerAccount: true,
  payerTaxId: true,
  similarPayerName: true,
  payerIsAnotherCustomer: true,
  oldestOpenInvoicesOfPayer: true,
  notACredit: true,
  unknownCreditorReference: true,
  noCandidates: true,
  belowThreshold: true,
  ambiguous: true,
};

export type ReasonCode = keyof typeof reasonCodes;

/** True for a reason the screen has words for; for any other it shows the server's text. */
export function isKnownReason(code: string): code is ReasonCode {
  return Object.hasOwn(reasonCodes, code);
}
