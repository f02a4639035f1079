import { describe, expect, it } from 'vitest';
import { generateLabelledSet } from './labelled-set';
import { buildMatchingIndex } from './matching-index';
import { matchPayment } from './match-payment';
import { measureMatchingQuality } from './matching-quality';
import type { MatchingLookup, OpenInvoice } from './types';

describe('matching quality on a labelled set with realistic noise', () => {
  const set = generateLabelledSet({ seed: 20260504, customers: 400, openInvoices: 6_000, lines: 2_000 });
  const quality = measureMatchingQuality(set);

  it('generates the same set from the same seed, with every kind of line', () => {
    const again = generateLabelledSet({ seed: 20260504, customers: 400, openInvoices: 6_000, lines: 2_000 });
    expect(again.lines.map((l) => l.line)).toEqual(set.lines.map((l) => l.line));
    expect(Object.keys(quality.byKind).sort()).toEqual([
      'combined', 'noReference', 'notForInvoices', 'number', 'numberOfAnotherInvoice', 'numberTypo', 'overpayment',
      'partial', 'reference', 'splitPayment', 'thirdPartyPayer',
    ]);
    expect(quality.lines).toBe(2_000);
  });
  it('allocates automatically with at most one mistake in a thousand', () => {
    expect(quality.precision).toBeGreaterThanOrEqual(0.999);
    expect(quality.wrongAutomatic).toBeLessThanOrEqual(1);
  });
  it('automates most lines and gets most of what can be matched right on its own', () => {
    expect(quality.automatedShare).toBeGreaterThanOrEqual(0.6);
    expect(quality.recall).toBeGreaterThanOrEqual(0.7);
  });
  it('never allocates money that pays no invoice, nor a number quoted from the wrong invoice', () => {
    expect(quality.byKind.notForInvoices!.automatic).toBe(0);
    expect(quality.byKind.numberOfAnotherInvoice!.automatic).toBe(0);
  });
  it('allocates references and exact numbers on its own', () => {
    for (const kind of ['reference', 'splitPayment', 'number'] as const) {
      const figures = quality.byKind[kind]!;
      expect(figures.correctAutomatic / figures.lines).toBeGreaterThanOrEqual(0.95);
    }
  });
  it('suggests the right answer for most of what it leaves to review', () => {
    const inReview = quality.matchable - quality.correctAutomatic;
    expect(quality.rightSuggestionInReview / inReview).toBeGreaterThanOrEqual(0.6);
  });
});

describe('matching looks invoices up by key, never by scanning', () => {
  it('touches a bounded number of invoices per line however many are open', () => {
    const touchedPerLine = (openInvoices: number) => {
      const set = generateLabelledSet({ seed: 7, customers: openInvoices / 20, openInvoices, lines: 300 });
      const index = buildMatchingIndex(set.invoices, set.payers);
      let touched = 0;
      const count = (list: readonly OpenInvoice[]) => {
        touched += list.length;
        return list;
      };
      const counting: MatchingLookup = {
        ...index,
        invoicesByIdPrefix: (prefix) => count(index.invoicesByIdPrefix(prefix)),
        invoicesByNumberKey: (key) => count(index.invoicesByNumberKey(key)),
        invoicesByOpenAmount: (currency, amount, limit) => count(index.invoicesByOpenAmount(currency, amount, limit)),
        customerInvoicesByOpenAmount: (customerId, currency, amount) =>
          count(index.customerInvoicesByOpenAmount(customerId, currency, amount)),
        openInvoicesOfCustomer: (customerId, limit) => count(index.openInvoicesOfCustomer(customerId, limit)),
      };
      for (const { line } of set.lines) matchPayment(line, counting);
      return touched / set.lines.length;
    };
    const small = touchedPerLine(2_000);
    const large = touchedPerLine(40_000);
    // Twenty times the invoices (at the same invoices per customer) may not mean
    // noticeably more work per line.
    expect(large).toBeLessThan(small * 2);
    expect(large).toBeLessThan(200);
  });
});
