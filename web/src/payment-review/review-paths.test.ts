import { describe, expect, it } from 'vitest';
import { lineOffset, pageCount, pageWithin, paymentReviewPath, readReviewPlace, writeReviewPlace } from './review-paths';

describe('the review screen’s address', () => {
  it('opens the review queue on its first page when it names nothing', () => {
    expect(readReviewPlace(new URLSearchParams())).toEqual({ status: 'review', page: 1 });
    expect(writeReviewPlace({ status: 'review', page: 1 }).toString()).toBe('');
  });

  it('keeps the list and the page through a reload', () => {
    const params = writeReviewPlace({ status: 'matched', page: 3 });
    expect(params.toString()).toBe('status=matched&page=3');
    expect(readReviewPlace(params)).toEqual({ status: 'matched', page: 3 });
    expect(readReviewPlace(writeReviewPlace({ status: 'review', page: 2 }))).toEqual({ status: 'review', page: 2 });
  });

  it.each(['0', '-2', '2.5', 'two', '', '1e3', '99999999999999999999'])('reads page=%s as the first page', (page) => {
    expect(readReviewPlace(new URLSearchParams({ status: 'unmatched', page }))).toEqual({ status: 'unmatched', page: 1 });
  });

  it('reads a status it does not list (debits) as the review queue', () => {
    expect(readReviewPlace(new URLSearchParams('status=debit&page=2'))).toEqual({ status: 'review', page: 2 });
  });

  it('links to a list on its first page', () => {
    expect(paymentReviewPath('hurt')).toBe('/o/hurt/payment-review');
    expect(paymentReviewPath('hurt', 'unmatched')).toBe('/o/hurt/payment-review?status=unmatched');
  });
});

describe('pages of 100 lines', () => {
  it('counts the pages the lines fill, and one for an empty list', () => {
    expect([0, 1, 100, 101, 250].map(pageCount)).toEqual([1, 1, 1, 2, 3]);
  });

  it('asks the API for the lines after the earlier pages', () => {
    expect([1, 2, 3].map(lineOffset)).toEqual([0, 100, 200]);
  });

  it('stays on the page while it has lines and until the count is known', () => {
    expect(pageWithin(3, 250)).toBe(3);
    expect(pageWithin(3, 201)).toBe(3);
    expect(pageWithin(7, undefined)).toBe(7);
  });

  it('steps back to the last page with lines when the lines of the last page have been matched', () => {
    expect(pageWithin(3, 200)).toBe(2);
    expect(pageWithin(9, 150)).toBe(2);
    expect(pageWithin(2, 0)).toBe(1);
  });
});
