import { describe, expect, it } from 'vitest';
import { creditorReferenceFor, invoicePaymentReference } from '../creditor-reference';
import { ibanFromBban } from '../iban';
import { buildMatchingIndex } from './matching-index';
import { matchPayment } from './match-payment';
import { defaultMatchOptions, type CreditLine, type MatchDecision, type OpenInvoice, type PayerProfile } from './types';

const id = (n: number) => `${n.toString(16).padStart(8, '0')}-aaaa-4bbb-8ccc-${n.toString(16).padStart(12, '0')}`;

function invoice(n: number, customerId: string, number: string, openAmountMinor: number, dueDate = '2026-03-15'): OpenInvoice {
  return { id: id(n), customerId, number, currency: 'PLN', openAmountMinor, grossTotalMinor: openAmountMinor, dueDate, issueDate: '2026-03-01' };
}

const acmeAccount = ibanFromBban('PL', '109010140000071219812874');
const strangerAccount = ibanFromBban('PL', '114020040000300201355387');

const payers: PayerProfile[] = [
  { customerId: 'acme', name: 'ACME Budownictwo sp. z o.o.', taxIds: ['5260250274'], knownAccounts: [acmeAccount] },
  { customerId: 'zielony', name: 'Zielony Ogród Anna Nowak', taxIds: ['PL7740001454'], knownAccounts: [] },
  { customerId: 'muller', name: 'Müller Bau GmbH', taxIds: ['DE811907980'], knownAccounts: [] },
];

const invoices: OpenInvoice[] = [
  invoice(1, 'acme', 'FV/2026/03/0012', 123_000, '2026-03-10'),
  invoice(2, 'acme', 'FV/2026/03/0013', 45_050, '2026-03-12'),
  invoice(3, 'acme', 'FV/2026/03/0020', 20_000, '2026-03-20'),
  invoice(4, 'zielony', 'FV/2026/03/0031', 77_700, '2026-03-11'),
  invoice(5, 'zielony', 'FV/2026/03/0032', 50_000, '2026-03-18'),
  invoice(6, 'muller', 'FV/2026/03/0040', 50_000, '2026-03-19'),
  invoice(7, 'muller', '12', 31_400, '2026-03-21'),
];

const index = buildMatchingIndex(invoices, payers);

function line(overrides: Partial<CreditLine>): CreditLine {
  return {
    amountMinor: 123_000,
    currency: 'PLN',
    bookingDate: '2026-03-16',
    title: 'przelew',
    counterpartyName: null,
    counterpartyAccount: null,
    structuredReference: null,
    endToEndId: null,
    ...overrides,
  };
}

/** The decision in one line: kind, then the best proposal's invoice ids and amounts, then the credit. */
function summary(decision: MatchDecision): string {
  if (decision.kind === 'unmatched') return 'unmatched';
  const best = decision.kind === 'auto' ? decision.proposal : decision.suggestions[0]!;
  const allocations = best.allocations.map((a) => `${invoices.find((i) => i.id === a.invoiceId)!.number}=${a.amountMinor}`).join('+');
  return `${decision.kind} ${allocations}${best.creditMinor > 0 ? ` credit=${best.creditMinor}` : ''}`;
}

function reasonCodes(decision: MatchDecision): string[] {
  if (decision.kind === 'unmatched') return decision.reasons.map((r) => r.code);
  const best = decision.kind === 'auto' ? decision.proposal : decision.suggestions[0]!;
  return best.reasons.map((r) => r.code);
}

describe('matchPayment: rules in order of strength', () => {
  it.each<[string, Partial<CreditLine>, string, string[]]>([
    ['a structured creditor reference of an invoice', { structuredReference: invoicePaymentReference(id(1)) },
      'auto FV/2026/03/0012=123000', ['creditorReference', 'amountEqualsOpenAmount']],
    ['a creditor reference in the title, spaced and in lower case', { title: `zaplata ${invoicePaymentReference(id(2)).replace(/(.{4})/g, '$1 ').toLowerCase()}`, amountMinor: 45_050 },
      'auto FV/2026/03/0013=45050', ['creditorReference', 'amountEqualsOpenAmount']],
    ['a creditor reference decides even for part of the amount', { structuredReference: invoicePaymentReference(id(1)), amountMinor: 23_000 },
      'auto FV/2026/03/0012=23000', ['creditorReference', 'partialPayment']],
    ['a split payment /INV/', { title: '/VAT/23000/IDC/1234563218/INV/FV/2026/03/0012/TXT/zaplata', amountMinor: 100_000 },
      'auto FV/2026/03/0012=100000', ['splitPaymentInvoice', 'partialPayment']],
    ['an invoice number in the title with the exact amount', { title: 'Zapłata za fakturę nr FV 2026/03/0012' },
      'auto FV/2026/03/0012=123000', ['invoiceNumberInTitle', 'amountEqualsOpenAmount']],
    ['an invoice number written with dashes and a German prefix', { title: 'Rechnung 2026-03-0040', amountMinor: 50_000 },
      'auto FV/2026/03/0040=50000', ['invoiceNumberInTitle', 'amountEqualsOpenAmount']],
    ['two invoice numbers and their sum', { title: 'FV/2026/03/0012, FV/2026/03/0013', amountMinor: 168_050 },
      'auto FV/2026/03/0012=123000+FV/2026/03/0013=45050', ['invoiceNumberInTitle', 'invoiceNumberInTitle', 'amountEqualsSumOfInvoices']],
    ['an invoice number with a part payment from a known account', { title: 'FV/2026/03/0012 czesc 1', amountMinor: 60_000, counterpartyAccount: acmeAccount },
      'auto FV/2026/03/0012=60000', ['invoiceNumberInTitle', 'partialPayment', 'knownPayerAccount']],
    ['an overpayment leaves the rest as credit', { title: 'FV/2026/03/0013', amountMinor: 50_000, counterpartyAccount: acmeAccount },
      'auto FV/2026/03/0013=45050 credit=4950', ['invoiceNumberInTitle', 'overpaymentAsCredit', 'knownPayerAccount']],
    ['a known account and the exact amount', { title: 'przelew', amountMinor: 45_050, counterpartyAccount: acmeAccount },
      'auto FV/2026/03/0013=45050', ['amountEqualsOpenAmount', 'knownPayerAccount']],
    ['the tax id in the title and the exact amount', { title: 'NIP 526-025-02-74 zaplata', amountMinor: 20_000 },
      'auto FV/2026/03/0020=20000', ['amountEqualsOpenAmount', 'payerTaxId']],
    ['a known account and the sum of several open invoices', { title: 'zaplata za marzec', amountMinor: 143_000, counterpartyAccount: acmeAccount },
      'auto FV/2026/03/0012=123000+FV/2026/03/0020=20000', ['amountEqualsSumOfInvoices', 'knownPayerAccount']],
    ['a similar payer name and the exact amount is only a suggestion', { title: 'przelew', amountMinor: 77_700, counterpartyName: 'NOWAK ANNA' },
      'review FV/2026/03/0031=77700', ['amountEqualsOpenAmount', 'similarPayerName']],
    ['the amount alone is only a suggestion', { title: 'przelew', amountMinor: 77_700 },
      'review FV/2026/03/0031=77700', ['amountEqualsOpenAmount', 'amountOnly']],
    ['a known account with an amount that fits nothing suggests the oldest invoices', { title: 'przelew', amountMinor: 130_000, counterpartyAccount: acmeAccount },
      'review FV/2026/03/0012=123000+FV/2026/03/0013=7000', ['partialPayment', 'knownPayerAccount', 'oldestOpenInvoicesOfPayer']],
    ['a short invoice number with the exact amount is only a suggestion', { title: 'faktura 12', amountMinor: 31_400 },
      'review 12=31400', ['shortInvoiceNumberInTitle', 'amountEqualsOpenAmount']],
    ['nothing fits', { title: 'zwrot kaucji', amountMinor: 999 }, 'unmatched', ['noCandidates']],
    ['a debit is not matched', { amountMinor: -123_000 }, 'unmatched', ['notACredit']],
  ])('%s', (_, overrides, expected, reasons) => {
    const decision = matchPayment(line(overrides), index);
    expect(summary(decision)).toBe(expected);
    expect(reasonCodes(decision)).toEqual(reasons);
  });
});

describe('matchPayment: what must never be allocated automatically', () => {
  it('two invoices of the same amount and no other clue go to review with both', () => {
    const decision = matchPayment(line({ title: 'przelew', amountMinor: 50_000 }), index);
    expect(decision.kind).toBe('review');
    if (decision.kind !== 'review') return;
    expect(decision.suggestions.map((s) => s.allocations[0]!.invoiceId).sort()).toEqual([id(5), id(6)]);
    expect(decision.reasons.map((r) => r.code)).toContain('ambiguous');
  });
  it('two invoices of the same amount of one known payer go to review', () => {
    const both = buildMatchingIndex(
      [invoice(1, 'acme', 'FV/1/2026', 10_000), invoice(2, 'acme', 'FV/2/2026', 10_000)],
      payers,
    );
    const decision = matchPayment(line({ amountMinor: 10_000, counterpartyAccount: acmeAccount }), both);
    expect(decision.kind).toBe('review');
    if (decision.kind === 'review') expect(decision.reasons.map((r) => r.code)).toEqual(['ambiguous']);
  });
  it('an invoice number with one typing slip goes to review, with the invoice suggested', () => {
    const decision = matchPayment(line({ title: 'FV/2026/03/0021', amountMinor: 123_000 }), index);
    expect(summary(decision)).toBe('review FV/2026/03/0012=123000');
    expect(reasonCodes(decision)).toContain('similarInvoiceNumber');
    if (decision.kind === 'review') expect(decision.suggestions[0]!.confidence).toBeLessThan(0.95);
  });
  it('a creditor reference of an unknown invoice is not used', () => {
    const unknown = invoicePaymentReference('ffffffff-ffff-4fff-8fff-ffffffffffff');
    const decision = matchPayment(line({ structuredReference: unknown, title: 'przelew', amountMinor: 999 }), index);
    expect(decision.kind).toBe('unmatched');
    if (decision.kind === 'unmatched') expect(decision.reasons.map((r) => r.code)).toEqual(['unknownCreditorReference', 'noCandidates']);
  });
  it('a creditor reference of someone else\'s scheme is not used, and the title still is', () => {
    const foreign = creditorReferenceFor('ORDER4711')!;
    const decision = matchPayment(line({ structuredReference: foreign, title: 'FV/2026/03/0013', amountMinor: 45_050 }), index);
    expect(summary(decision)).toBe('auto FV/2026/03/0013=45050');
  });
  it('a creditor reference with a wrong check digit is not used', () => {
    const reference = invoicePaymentReference(id(1));
    const broken = `RF${String((Number(reference.slice(2, 4)) + 1) % 100).padStart(2, '0')}${reference.slice(4)}`;
    const decision = matchPayment(line({ structuredReference: broken, title: 'przelew', amountMinor: 999 }), index);
    expect(decision.kind).toBe('unmatched');
  });
  it('an invoice number paid from the account of another customer goes to review', () => {
    const decision = matchPayment(line({ title: 'FV/2026/03/0031', amountMinor: 77_700, counterpartyAccount: acmeAccount }), index);
    expect(decision.kind).toBe('review');
    expect(reasonCodes(decision)).toContain('payerIsAnotherCustomer');
  });
  it('a number that names one invoice while the amount fits two others of the payer goes to review', () => {
    const decision = matchPayment(line({ title: 'FV/2026/03/0013', amountMinor: 143_000, counterpartyAccount: acmeAccount }), index);
    expect(decision.kind).toBe('review');
  });
  it('an invoice in another currency is not matched', () => {
    const decision = matchPayment(line({ title: 'FV/2026/03/0012', currency: 'EUR' }), index);
    expect(decision.kind).toBe('unmatched');
  });
  it('a short number inside a date or another number finds nothing', () => {
    const decision = matchPayment(line({ title: 'zamowienie 112 z dnia 12.03.2026', amountMinor: 1_000 }), index);
    expect(decision.kind).toBe('unmatched');
  });
});

describe('matchPayment: options', () => {
  it('a stricter threshold sends a number with the exact amount to review', () => {
    const strict = { ...defaultMatchOptions, autoThreshold: 0.99 };
    const decision = matchPayment(line({ title: 'FV/2026/03/0012' }), index, strict);
    expect(decision.kind).toBe('review');
    if (decision.kind === 'review') expect(decision.reasons.map((r) => r.code)).toEqual(['belowThreshold']);
  });
  it('keeps to the number of suggestions asked for', () => {
    const decision = matchPayment(line({ title: 'przelew', amountMinor: 50_000 }), index, { ...defaultMatchOptions, maxSuggestions: 1 });
    expect(decision.kind === 'review' && decision.suggestions.length).toBe(1);
  });
});

describe('buildMatchingIndex: settling', () => {
  it('a paid invoice drops out and a part-paid one is found by its new open amount', () => {
    const settled = buildMatchingIndex(invoices, payers);
    settled.settle([{ invoiceId: id(1), amountMinor: 123_000 }, { invoiceId: id(2), amountMinor: 5_050 }]);
    expect(settled.invoicesByNumberKey('2026030012')).toEqual([]);
    expect(settled.invoicesByOpenAmount('PLN', 40_000, 10).map((i) => i.id)).toEqual([id(2)]);
    expect(settled.customerInvoicesByOpenAmount('acme', 'PLN', 40_000).map((i) => i.id)).toEqual([id(2)]);
    expect(settled.invoicesByOpenAmount('PLN', 45_050, 10)).toEqual([]);
    expect(settled.customerInvoicesByOpenAmount('acme', 'PLN', 45_050)).toEqual([]);
    expect(settled.openInvoicesOfCustomer('acme', 10).map((i) => i.id)).toEqual([id(2), id(3)]);
    // The caller's invoices are not changed.
    expect(invoices[0]!.openAmountMinor).toBe(123_000);
    const decision = matchPayment(line({ structuredReference: invoicePaymentReference(id(1)), title: 'x', amountMinor: 123_000 }), settled);
    expect(decision.kind).not.toBe('auto');
  });
});

describe('matchPayment: a number one slip from another customer’s invoice of the same amount', () => {
  // FV/2026/03/0032 (zielony) and FV/2026/03/0023 (muller) differ by two swapped digits.
  const slipInvoices = [...invoices, invoice(8, 'muller', 'FV/2026/03/0023', 50_000, '2026-03-19')];
  const slipIndex = buildMatchingIndex(slipInvoices, payers);

  it('waits for a person when nothing about the payer tells the two apart', () => {
    const decision = matchPayment(line({ title: 'FV/2026/03/0032', amountMinor: 50_000 }), slipIndex);
    expect(decision.kind).toBe('review');
    if (decision.kind !== 'review') return;
    expect(decision.suggestions.map((s) => s.customerId).sort()).toEqual(['muller', 'zielony']);
    expect(decision.suggestions[0]!.reasons.map((r) => r.code)).toContain('anotherInvoiceOneSlipAway');
  });

  it('is allocated when the payer is known to be the named invoice’s customer', () => {
    const decision = matchPayment(line({ title: 'FV/2026/03/0032 NIP 774-000-14-54', amountMinor: 50_000 }), slipIndex);
    expect(decision.kind).toBe('auto');
    if (decision.kind === 'auto') expect(decision.proposal.allocations).toEqual([{ invoiceId: id(5), amountMinor: 50_000 }]);
  });

  it('finds the rival also among many invoices of a round amount', () => {
    const many = Array.from({ length: 80 }, (_, n) => invoice(100 + n, 'muller', `R/${7000 + n * 13}/2026`, 50_000));
    const crowded = buildMatchingIndex([...slipInvoices, ...many], payers);
    const decision = matchPayment(line({ title: 'FV/2026/03/0032', amountMinor: 50_000 }), crowded);
    expect(decision.kind).toBe('review');
    if (decision.kind === 'review') expect(decision.suggestions.map((s) => s.customerId).sort()).toEqual(['muller', 'zielony']);
  });

  it('does not count an invoice of the same customer, which would settle the account alike', () => {
    const sameCustomer = buildMatchingIndex([...invoices, invoice(9, 'zielony', 'FV/2026/03/0023', 50_000)], payers);
    expect(matchPayment(line({ title: 'FV/2026/03/0032', amountMinor: 50_000 }), sameCustomer).kind).toBe('auto');
  });
});
