import { describe, expect, it } from 'vitest';
import { createCustomerIndex, taxLookupKey, type KnownCustomer } from './customer-index';
import { externalPaymentFingerprint, transferFingerprints } from '../payment-fingerprint';

const customer = (id: string, values: Partial<KnownCustomer>): KnownCustomer => ({
  id,
  externalId: null,
  taxId: null,
  vatId: null,
  name: `Firma ${id}`,
  paymentTermsDays: null,
  country: 'PL',
  ...values,
});

const found = (match: ReturnType<ReturnType<typeof createCustomerIndex>['find']>) => (match.found ? match.customer.id : match.message);

describe('createCustomerIndex', () => {
  const index = () =>
    createCustomerIndex([
      customer('a', { externalId: 'K1', taxId: '5250000015', name: 'Alfa sp. z o.o.' }),
      customer('b', { taxId: '5250000021', name: 'Beta' }),
      customer('c', { externalId: 'K3', taxId: '7810000018', name: 'Gamma Oddział Kraków' }),
      customer('d', { externalId: 'K4', taxId: '7810000018', name: 'Gamma Oddział Gdańsk' }),
      customer('e', { vatId: 'DE123456789', name: 'Müller GmbH', country: 'DE' }),
    ]);

  it('finds by code, then tax id (NIP or VAT id in any spelling), then name', () => {
    const customers = index();
    expect(found(customers.find({ externalId: 'K1' }))).toBe('a');
    expect(found(customers.find({ taxId: 'PL 525-000-00-21' }))).toBe('b');
    expect(found(customers.find({ taxId: 'de 123 456 789' }))).toBe('e');
    expect(found(customers.find({ name: 'Alfa sp. z o.o.' }))).toBe('a');
    expect(found(customers.find({ name: '  alfa   SP. Z O.O. ' }))).toBe('a');
  });

  it('does not take a customer whose other keys say it is another company', () => {
    const customers = index();
    expect(found(customers.find({ externalId: 'K9', taxId: '5250000015' }))).toBe('no customer with code "K9", tax id 5250000015');
    expect(found(customers.find({ externalId: 'K9', taxId: '5250000021' }))).toBe('b');
    expect(found(customers.find({ taxId: '5250000038', name: 'Beta' }))).toContain('no customer');
  });

  it('says when a tax id or name is shared and a code is needed', () => {
    const match = index().find({ taxId: '7810000018' });
    expect(match).toEqual({ found: false, ambiguous: true, message: '2 customers have tax id 7810000018; name the customer by its code (external id) instead' });
    expect(found(index().find({ externalId: 'K4', taxId: '7810000018' }))).toBe('d');
  });

  it('re-files a customer whose keys change', () => {
    const customers = index();
    customers.put(customer('b', { externalId: 'K2', taxId: '5250000038', name: 'Beta S.A.' }));
    expect(found(customers.find({ externalId: 'K2' }))).toBe('b');
    expect(found(customers.find({ taxId: '5250000038' }))).toBe('b');
    expect(found(customers.find({ taxId: '5250000021' }))).toContain('no customer');
    expect(found(customers.find({ name: 'Beta' }))).toContain('no customer');
    expect(customers.get('b')!.name).toBe('Beta S.A.');
  });

  it('looks tax ids up without separators or the PL prefix', () => {
    expect(taxLookupKey('PL 525-000-00-15')).toBe('5250000015');
    expect(taxLookupKey('de.123.456.789')).toBe('DE123456789');
  });
});

describe('payment fingerprints', () => {
  it('keeps two identical transfers apart and finds both again in the next run', () => {
    const facts = { paymentDate: '2026-01-25', amountMinor: 50_000, currency: 'PLN', payerAccount: null, transferTitle: 'FV 1' };
    const first = transferFingerprints();
    const second = transferFingerprints();
    const run1 = [first(facts), first(facts), first({ ...facts, amountMinor: 50_001 })];
    const run2 = [second(facts), second(facts), second({ ...facts, amountMinor: 50_001 })];
    expect(new Set(run1).size).toBe(3);
    expect(run2).toEqual(run1);
    expect(externalPaymentFingerprint(' TX-1 ')).toBe(externalPaymentFingerprint('TX-1'));
    expect(externalPaymentFingerprint('TX-1')).toMatch(/^ext:[0-9a-f]{64}$/);
  });
});
