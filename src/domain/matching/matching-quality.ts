// How good the matcher is on a labelled set: of what it allocated on its own, how much
// was right (precision — the figure that must stay near 100%, since a wrong allocation
// silences reminders to someone who has not paid); how much it allocated on its own
// (share automated); and how much of what could be matched it matched right without
// help (recall). The benchmark reports the same figures for larger sets.
import type { LabelledLine, LabelledSet, LineKind } from './labelled-set';
import { buildMatchingIndex } from './matching-index';
import { matchPayment } from './match-payment';
import { defaultMatchOptions, type MatchOptions, type MatchProposal } from './types';

export type KindFigures = { lines: number; automatic: number; correctAutomatic: number; suggestedInReview: number };

export type MatchingQuality = {
  lines: number;
  /** Lines that pay invoices (the rest pay none). */
  matchable: number;
  automatic: number;
  correctAutomatic: number;
  wrongAutomatic: number;
  /** Lines in review whose suggestions include the right answer. */
  rightSuggestionInReview: number;
  /** correctAutomatic / automatic; 1 when nothing was automatic. */
  precision: number;
  /** automatic / lines */
  automatedShare: number;
  /** correctAutomatic / matchable */
  recall: number;
  byKind: Partial<Record<LineKind, KindFigures>>;
};

function isRight(proposal: MatchProposal, labelled: LabelledLine): boolean {
  const expected = labelled.expected;
  if (expected === null) return false;
  if (proposal.customerId !== expected.customerId || proposal.creditMinor !== expected.creditMinor) return false;
  const key = (allocations: readonly { invoiceId: string; amountMinor: number }[]) =>
    allocations.map((a) => `${a.invoiceId}=${a.amountMinor}`).sort().join(' ');
  return key(proposal.allocations) === key(expected.allocations);
}

/** Runs the matcher over every line of the set and counts how it did. */
export function measureMatchingQuality(set: LabelledSet, options: MatchOptions = defaultMatchOptions): MatchingQuality {
  const index = buildMatchingIndex(set.invoices, set.payers);
  let automatic = 0;
  let correctAutomatic = 0;
  let rightSuggestionInReview = 0;
  const byKind: Partial<Record<LineKind, KindFigures>> = {};
  for (const labelled of set.lines) {
    const figures = (byKind[labelled.kind] ??= { lines: 0, automatic: 0, correctAutomatic: 0, suggestedInReview: 0 });
    figures.lines++;
    const decision = matchPayment(labelled.line, index, options);
    if (decision.kind === 'auto') {
      automatic++;
      figures.automatic++;
      if (isRight(decision.proposal, labelled)) {
        correctAutomatic++;
        figures.correctAutomatic++;
      }
    } else if (decision.kind === 'review' && decision.suggestions.some((s) => isRight(s, labelled))) {
      rightSuggestionInReview++;
      figures.suggestedInReview++;
    }
  }
  const lines = set.lines.length;
  const matchable = set.lines.filter((l) => l.expected !== null).length;
  return {
    lines,
    matchable,
    automatic,
    correctAutomatic,
    wrongAutomatic: automatic - correctAutomatic,
    rightSuggestionInReview,
    precision: automatic === 0 ? 1 : correctAutomatic / automatic,
    automatedShare: lines === 0 ? 0 : automatic / lines,
    recall: matchable === 0 ? 0 : correctAutomatic / matchable,
    byKind,
  };
}
