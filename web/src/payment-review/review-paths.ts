// The statuses the review screen lists and its address, which carries the status and
// the page shown, so a link (from an import's outcome, say) opens the right list and a
// reload keeps the person's place.

/** The lists a person works with; debits are recorded but never matched, so they have none. */
export const reviewStatuses = ['review', 'unmatched', 'matched'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

/** Where the person is: which list, and which page of it (the first is 1). */
export type ReviewPlace = { status: ReviewStatus; page: number };

/** How many lines a page shows, the newest first. */
export const linesPerPage = 100;

/** The status named in the address, or the review queue when it names none or another. */
export function reviewStatusOf(value: string | null): ReviewStatus {
  return reviewStatuses.find((status) => status === value) ?? 'review';
}

/** The place the address names; a page that is not a whole number from 1 up is the first. */
export function readReviewPlace(params: URLSearchParams): ReviewPlace {
  const pageText = params.get('page') ?? '';
  const page = /^\d+$/.test(pageText) ? Number(pageText) : 1;
  return { status: reviewStatusOf(params.get('status')), page: Number.isSafeInteger(page) && page >= 1 ? page : 1 };
}

/** The address parameters of a place, leaving out the review queue and the first page. */
export function writeReviewPlace(place: ReviewPlace): URLSearchParams {
  const params = new URLSearchParams();
  if (place.status !== 'review') params.set('status', place.status);
  if (place.page > 1) params.set('page', String(place.page));
  return params;
}

export function paymentReviewPath(org: string, status: ReviewStatus = 'review'): string {
  const base = `/o/${encodeURIComponent(org)}/payment-review`;
  const query = writeReviewPlace({ status, page: 1 }).toString();
  return query ? `${base}?${query}` : base;
}

/** How many pages `total` lines fill; an empty list still has its one (empty) page. */
export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / linesPerPage));
}

/**
 * The page to show for the one asked for: the same, unless the lines there have gone
 * (matched on the last page, say), when the last page that still has lines is shown.
 * Until the count is known the page asked for stands.
 */
export function pageWithin(page: number, total: number | undefined): number {
  return total === undefined ? page : Math.min(page, pageCount(total));
}

/** How many lines come before the page, as the API's `offset` counts them. */
export function lineOffset(page: number): number {
  return (page - 1) * linesPerPage;
}
