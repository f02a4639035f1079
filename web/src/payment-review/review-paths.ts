// The statuses the review screen lists and its address, which carries the status shown
// so a link (from an import's outcome, say) can open the right list.

/** The lists a person works with; debits are recorded but never matched, so they have none. */
export const reviewStatuses = ['review', 'unmatched', 'matched'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

/** The status named in the address, or the review queue when it names none or another. */
export function reviewStatusOf(value: string | null): ReviewStatus {
  return reviewStatuses.find((status) => status === value) ?? 'review';
}

export function paymentReviewPath(org: string, status: ReviewStatus = 'review'): string {
  const base = `/o/${encodeURIComponent(org)}/payment-review`;
  return status === 'review' ? base : `${base}?status=${status}`;
}
