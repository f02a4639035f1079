import { describe, expect, it } from 'vitest';
import type { StatementLine } from '../../../src/http/contract';
import { confidencePercent, isKnownReason, matchedBy, suggestionState, type Suggestion } from './line-reading';

const suggestion = (allocations: Suggestion['allocations']): Suggestion => ({
  customerId: '00000000-0000-4000-8000-000000000001',
  customerName: 'Acme Handel sp. z o.o.',
  allocations,
  creditMinor: 0,
  confidence: 0.94,
  reasons: [],
});
const allocation = (amountMinor: number, openAmountMinor: number | null, invoiceNumber: string | null = 'FV/1') => ({
  invoiceId: '00000000-0000-4000-8000-000000000002',
  amountMinor,
  invoiceNumber,
  openAmountMinor,
});

describe('suggestionState', () => {
  it('fits while every invoice still has the amount open', () => {
    expect(suggestionState(suggestion([allocation(48_730, 48_730), allocation(100, 500)]))).toBe('fits');
  });

  it('tells an invoice deleted, paid or paid in part since the import', () => {
    expect(suggestionState(suggestion([allocation(100, null, null)]))).toBe('invoiceGone');
    expect(suggestionState(suggestion([allocation(100, 0)]))).toBe('nowPaid');
    expect(suggestionState(suggestion([allocation(100, 100), allocation(100, 99)]))).toBe('lessOpen');
    expect(suggestionState(suggestion([]))).toBe('invoiceGone');
  });
});

describe('matchedBy', () => {
  const line = (reasons: StatementLine['reasons'], suggestions: Suggestion[]) => ({ reasons, suggestions }) as StatementLine;

  it('knows an automatic match by its missing reasons to wait', () => {
    expect(matchedBy(line([], [suggestion([allocation(1, 0)])]))).toBe('importer');
    expect(matchedBy(line([{ code: 'belowThreshold', text: '94%' }], [suggestion([allocation(1, 0)])]))).toBe('person');
    expect(matchedBy(line([{ code: 'noCandidates', text: 'none' }], []))).toBe('person');
  });
});

describe('confidencePercent', () => {
  it('rounds down, so a reading just below the bar never shows as reaching it', () => {
    expect(confidencePercent(0.94)).toBe(94);
    expect(confidencePercent(0.949)).toBe(94);
    expect(confidencePercent(0.29)).toBe(29);
    expect(confidencePercent(1)).toBe(100);
  });
});

describe('isKnownReason', () => {
  it('knows the matcher’s codes and nothing else', () => {
    expect(isKnownReason('similarInvoiceNumber')).toBe(true);
    expect(isKnownReason('belowThreshold')).toBe(true);
    expect(isKnownReason('toString')).toBe(false);
    expect(isKnownReason('somethingNew')).toBe(false);
  });
});
