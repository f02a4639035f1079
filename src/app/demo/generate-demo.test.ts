import { describe, expect, it } from 'vitest';
import { agingBucket, agingBuckets } from '../../domain/aging';
import { addDays, daysBetween, isIsoDate } from '../../domain/dates';
import { isValidIban } from '../../domain/iban';
import { isValidNip, looksLikeVatId } from '../../domain/tax-ids';
import { contactRoles } from '../../http/contract';
import { historyDays } from './demo-invoices';
import { paymentBehaviours, demoSegments } from './demo-ledger';
import { generateDemoLedger } from './generate-demo';
import { feminineSurname, slugify } from './names';

const today = '2026-04-15';
const ledger = generateDemoLedger({ today, seed: 7 });

describe('generateDemoLedger', () => {
  it('is deterministic for the same seed and today, and differs for another seed', () => {
    expect(generateDemoLedger({ today, seed: 7 })).toEqual(ledger);
    const other = generateDemoLedger({ today, seed: 8 });
    expect(other.customers.map((c) => c.name)).not.toEqual(ledger.customers.map((c) => c.name));
  });

  it('refuses a malformed today', () => {
    expect(() => generateDemoLedger({ today: '15.04.2026' })).toThrow(/YYYY-MM-DD/);
  });

  it('has about 200 customers and 5,000 invoices over the 18 months before today', () => {
    expect(ledger.customers).toHaveLength(200);
    expect(ledger.invoices.length).toBeGreaterThan(4_500);
    expect(ledger.invoices.length).toBeLessThan(5_600);
    const first = ledger.invoices.reduce((min, i) => (i.issueDate < min ? i.issueDate : min), today);
    expect(first >= addDays(today, -historyDays)).toBe(true);
    expect(daysBetween(first, today)).toBeGreaterThan(500);
    expect(ledger.invoices.every((i) => i.issueDate <= today && isIsoDate(i.issueDate) && isIsoDate(i.dueDate))).toBe(true);
    expect(ledger.payments.every((p) => p.paymentDate <= today)).toBe(true);
    expect(ledger.creditNotes.every((n) => n.issueDate <= today)).toBe(true);
  });

  it('covers every segment, behaviour and contact role, and both currencies', () => {
    expect(new Set(ledger.customers.map((c) => c.segment))).toEqual(new Set(demoSegments));
    expect(new Set(ledger.customers.map((c) => c.behaviour))).toEqual(new Set(paymentBehaviours));
    const roles = ledger.contacts.flatMap((c) => c.roles);
    for (const role of contactRoles) expect(roles.filter((r) => r === role).length).toBeGreaterThan(30);
    const withPayables = new Set(ledger.contacts.filter((c) => c.roles.includes('payables')).map((c) => c.customerKey));
    expect(200 - withPayables.size).toBeGreaterThan(3);
    expect(200 - withPayables.size).toBeLessThan(40);
    const eur = ledger.invoices.filter((i) => i.currency === 'EUR').length;
    expect(eur).toBeGreaterThan(100);
    expect(eur).toBeLessThan(ledger.invoices.length / 3);
  });

  it('uses valid NIPs, IBANs and EU VAT ids, and example mail domains', () => {
    const polish = ledger.customers.filter((c) => c.country === 'PL');
    expect(polish.every((c) => c.taxId !== null && isValidNip(c.taxId))).toBe(true);
    const foreign = ledger.customers.filter((c) => c.country !== 'PL');
    expect(foreign.length).toBeGreaterThan(5);
    expect(foreign.every((c) => c.vatId !== null && looksLikeVatId(c.vatId) && c.vatId.startsWith(c.country))).toBe(true);
    expect(ledger.customers.every((c) => isValidIban(c.iban) && c.iban.startsWith(c.country))).toBe(true);
    expect(isValidNip(ledger.organization.taxId)).toBe(true);
    expect(ledger.organization.bankAccounts.map((a) => a.currency).sort()).toEqual(['EUR', 'PLN']);
    expect(ledger.organization.bankAccounts.every((a) => isValidIban(a.iban))).toBe(true);
    const addresses = ledger.contacts.flatMap((c) => c.emails.map((e) => e.address));
    expect(addresses.every((a) => /^[a-z0-9.]+@[a-z0-9-]+\.(pl\.)?example\.com$/.test(a))).toBe(true);
    const phones = ledger.contacts.flatMap((c) => c.phones.map((p) => p.number));
    expect(phones.every((p) => /^\+\d{2,3}( \d+)+$/.test(p))).toBe(true);
    expect(new Set(ledger.customers.map((c) => c.name)).size).toBe(200);
  });

  it('keeps every invoice consistent: allocations within the gross, open = gross - allocated', () => {
    const allocated = new Map<string, number>();
    for (const a of ledger.allocations) {
      expect(a.amountMinor).toBeGreaterThan(0);
      allocated.set(a.invoiceNumber, (allocated.get(a.invoiceNumber) ?? 0) + a.amountMinor);
    }
    for (const invoice of ledger.invoices) {
      const sum = allocated.get(invoice.number) ?? 0;
      expect(sum).toBeLessThanOrEqual(invoice.grossTotalMinor);
      expect(invoice.openAmountMinor).toBe(invoice.grossTotalMinor - sum);
    }
    const numbers = new Set(ledger.invoices.map((i) => i.number));
    expect(numbers.size).toBe(ledger.invoices.length);
    expect(ledger.allocations.every((a) => numbers.has(a.invoiceNumber))).toBe(true);
    for (const payment of ledger.payments) {
      const used = ledger.allocations.filter((a) => a.paymentKey === payment.key).reduce((s, a) => s + a.amountMinor, 0);
      expect(payment.amountMinor - used).toBe(payment.unallocatedMinor);
    }
    for (const note of ledger.creditNotes) {
      const used = ledger.allocations.filter((a) => a.creditNoteNumber === note.number).reduce((s, a) => s + a.amountMinor, 0);
      expect(used).toBe(note.totalMinor);
    }
  });

  it('has invoices in every status and open money in every aging bucket on today', () => {
    const statuses = new Set(ledger.invoices.map((i) => i.status));
    expect(statuses).toEqual(new Set(['open', 'partially_paid', 'paid', 'credited', 'written_off']));
    const unsettled = ledger.invoices.filter((i) => i.status === 'open' || i.status === 'partially_paid');
    const buckets = new Set(unsettled.map((i) => agingBucket(i.dueDate, today)));
    expect(buckets).toEqual(new Set(agingBuckets));
  });

  it('writes realistic invoice numbers, terms and amounts', () => {
    expect(ledger.invoices.every((i) => /^FV\/\d{4}\/\d{2}\/\d{4}$/.test(i.number))).toBe(true);
    expect(ledger.invoices.every((i) => i.number.slice(3, 10) === i.issueDate.slice(0, 7).replace('-', '/'))).toBe(true);
    expect(ledger.creditNotes.every((n) => /^KOR\/\d{4}\/\d{2}\/\d{4}$/.test(n.number))).toBe(true);
    expect(ledger.customers.every((c) => [14, 21, 30, 45, 60].includes(c.paymentTermsDays))).toBe(true);
    const pln = ledger.invoices.filter((i) => i.currency === 'PLN').map((i) => i.grossTotalMinor);
    expect(Math.min(...pln)).toBeGreaterThanOrEqual(100_00);
    expect(Math.max(...pln)).toBeLessThanOrEqual(100_000_00);
    expect(pln.every(Number.isSafeInteger)).toBe(true);
  });

  it('gives each behaviour its payment pattern', () => {
    const behaviourOf = new Map(ledger.customers.map((c) => [c.key, c.behaviour]));
    const invoiceOf = new Map(ledger.invoices.map((i) => [i.number, i]));
    const paymentOf = new Map(ledger.payments.map((p) => [p.key, p]));
    const delays = new Map<string, number[]>();
    for (const a of ledger.allocations) {
      if (!a.paymentKey) continue;
      const invoice = invoiceOf.get(a.invoiceNumber)!;
      const behaviour = behaviourOf.get(invoice.customerKey)!;
      const delay = daysBetween(invoice.dueDate, paymentOf.get(a.paymentKey)!.paymentDate);
      delays.set(behaviour, [...(delays.get(behaviour) ?? []), delay]);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const mean = (xs: number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
    expect(Math.max(...delays.get('good')!)).toBeLessThanOrEqual(0);
    expect(median(delays.get('late')!)).toBeGreaterThanOrEqual(10);
    expect(median(delays.get('late')!)).toBeLessThanOrEqual(45);
    // Deteriorating payers: the later an invoice, the later it is paid.
    for (const customer of ledger.customers.filter((c) => c.behaviour === 'deteriorating')) {
      const paidLate = ledger.allocations
        .filter((a) => a.paymentKey && invoiceOf.get(a.invoiceNumber)!.customerKey === customer.key)
        .sort((a, b) => (invoiceOf.get(a.invoiceNumber)!.issueDate < invoiceOf.get(b.invoiceNumber)!.issueDate ? -1 : 1))
        .map((a) => daysBetween(invoiceOf.get(a.invoiceNumber)!.dueDate, paymentOf.get(a.paymentKey!)!.paymentDate));
      if (paidLate.length < 6) continue;
      const third = Math.floor(paidLate.length / 3);
      expect(mean(paidLate.slice(-third))).toBeGreaterThan(mean(paidLate.slice(0, third)) + 10);
    }
    const stopped = ledger.customers.filter((c) => c.behaviour === 'stopped');
    expect(stopped.every((c) => c.creditHold)).toBe(true);
    const stoppedOverdue = ledger.invoices.filter(
      (i) => behaviourOf.get(i.customerKey) === 'stopped' && i.status !== 'paid' && daysBetween(i.dueDate, today) > 90,
    );
    expect(stoppedOverdue.length).toBeGreaterThan(0);
    expect(ledger.invoices.some((i) => i.status === 'partially_paid' && behaviourOf.get(i.customerKey) === 'partial')).toBe(true);
  });

  it('refers only to known customers and users', () => {
    const customerKeys = new Set(ledger.customers.map((c) => c.key));
    const userKeys = new Set(ledger.users.map((u) => u.key));
    expect(ledger.contacts.every((c) => customerKeys.has(c.customerKey))).toBe(true);
    expect(ledger.activities.every((a) => customerKeys.has(a.customerKey) && (a.userKey === null || userKeys.has(a.userKey)))).toBe(true);
    expect(ledger.customers.every((c) => c.accountOwnerKey === null || userKeys.has(c.accountOwnerKey))).toBe(true);
    expect(ledger.users.map((u) => u.role).sort()).toEqual(['account_owner', 'account_owner', 'admin', 'collector', 'viewer']);
    expect(ledger.activities.length).toBeGreaterThan(50);
  });
});

describe('demo names', () => {
  it('puts adjectival surnames in the feminine form', () => {
    expect(feminineSurname('Kowalski')).toBe('Kowalska');
    expect(feminineSurname('Zawadzki')).toBe('Zawadzka');
    expect(feminineSurname('Czarnecki')).toBe('Czarnecka');
    expect(feminineSurname('Nowak')).toBe('Nowak');
  });
  it('gives women feminine surnames and firms masculine ones', () => {
    const polishPeople = ledger.contacts.filter(
      (c) => c.kind === 'person' && ledger.customers.find((k) => k.key === c.customerKey)!.country === 'PL',
    );
    const women = polishPeople.filter((c) => /^\S+a /.test(c.name));
    expect(women.length).toBeGreaterThan(100);
    expect(women.filter((c) => /(ski|cki|dzki)$/.test(c.name))).toEqual([]);
    expect(polishPeople.filter((c) => !/^\S+a /.test(c.name) && /(ska|cka|dzka)$/.test(c.name))).toEqual([]);
    expect(ledger.customers.some((c) => / sp\. z o\.o\.$/.test(c.name))).toBe(true);
    expect(ledger.customers.every((c) => !/(ska|cka|dzka) (sp\.|i Synowie|i Wspólnicy)/.test(c.name))).toBe(true);
  });
  it('slugs names for mail domains', () => {
    expect(slugify('Zakład Ślusarski Łukasiewicz i Synowie sp.j.')).toBe('zaklad-slusarski-lukasiewicz-synowie');
    expect(slugify('Müller Baustoffe GmbH & Co. KG')).toBe('muller-baustoffe');
  });
});
