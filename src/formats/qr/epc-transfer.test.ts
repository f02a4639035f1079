import { describe, expect, it } from 'vitest';
import { creditorReferenceFor, isValidCreditorReference } from '../../domain/creditor-reference';
import { buildEpcPayload, readEpcPayload } from './epc-transfer';
import type { PaymentTransfer } from './payment-transfer';

const transfer: PaymentTransfer = {
  currency: 'EUR',
  amountMinor: 1_234_56,
  recipientName: 'Duly GmbH',
  iban: 'DE89 3704 0044 0532 0130 00',
  bic: 'COBADEFFXXX',
  title: 'Rechnungen RE-2026-017, RE-2026-018',
};

const payloadOf = (changes: Partial<PaymentTransfer>): string => {
  const built = buildEpcPayload({ ...transfer, ...changes });
  if (!built.ok) expect.fail(`${built.problem.field}: ${built.problem.message}`);
  return built.payload;
};

const problemOf = (changes: Partial<PaymentTransfer>) => {
  const built = buildEpcPayload({ ...transfer, ...changes });
  if (built.ok) expect.fail(`expected a refusal, got ${built.payload}`);
  return built.problem;
};

describe('the EPC (SEPA credit transfer) code', () => {
  it('writes version 002, UTF-8, SCT and the elements in order, one per line', () => {
    expect(payloadOf({})).toBe(
      ['BCD', '002', '1', 'SCT', 'COBADEFFXXX', 'Duly GmbH', 'DE89370400440532013000', 'EUR1234.56', '', '', 'Rechnungen RE-2026-017, RE-2026-018'].join('\n'),
    );
  });

  it('leaves out the BIC and the amount when not given, and stops after the last element', () => {
    expect(payloadOf({ bic: null, amountMinor: null })).toBe(
      ['BCD', '002', '1', 'SCT', '', 'Duly GmbH', 'DE89370400440532013000', '', '', '', 'Rechnungen RE-2026-017, RE-2026-018'].join('\n'),
    );
    expect(payloadOf({ amountMinor: 5 }).split('\n')[7]).toBe('EUR0.05');
  });

  it('carries a creditor reference instead of the title', () => {
    const payload = payloadOf({ creditorReference: 'rf18 5390 0754 7034' });
    expect(payload.split('\n').slice(7)).toEqual(['EUR1234.56', '', 'RF18539007547034']);
  });

  it('keeps Polish, German and Russian letters as UTF-8 text', () => {
    const fields = readEpcPayload(payloadOf({ recipientName: 'Żółć Müller ООО «Ромашка»', title: 'Счёт № 17, zapłata' }))!;
    expect(fields).toMatchObject({ recipientName: 'Żółć Müller ООО «Ромашка»', remittanceText: 'Счёт № 17, zapłata', characterSet: 1 });
  });

  it('refuses what it cannot encode, naming the field', () => {
    expect(problemOf({ currency: 'PLN' }).field).toBe('currency');
    expect(problemOf({ iban: 'DE89370400440532013001' }).field).toBe('iban');
    expect(problemOf({ bic: 'COBADE' }).field).toBe('bic');
    expect(problemOf({ recipientName: 'N'.repeat(71) })).toMatchObject({ field: 'recipientName', message: expect.stringContaining('70') });
    expect(problemOf({ recipientName: '' }).field).toBe('recipientName');
    expect(problemOf({ title: 'T'.repeat(141) })).toMatchObject({ field: 'title', message: expect.stringContaining('140') });
    expect(problemOf({ creditorReference: 'RF19539007547034' }).field).toBe('creditorReference');
    expect(problemOf({ amountMinor: 0 }).field).toBe('amountMinor');
    expect(problemOf({ amountMinor: 100_000_000_000 }).field).toBe('amountMinor');
    // 140 Cyrillic letters are 280 bytes: the characters fit, the 331 bytes do not.
    expect(problemOf({ title: 'Ж'.repeat(140) })).toMatchObject({ field: 'title', message: expect.stringContaining('331') });
  });

  it('reads a code back, version 001 with its BIC as well', () => {
    expect(readEpcPayload(payloadOf({}))).toEqual({
      version: '002',
      characterSet: 1,
      bic: 'COBADEFFXXX',
      recipientName: 'Duly GmbH',
      iban: 'DE89370400440532013000',
      amountMinor: 1_234_56,
      purpose: '',
      creditorReference: '',
      remittanceText: 'Rechnungen RE-2026-017, RE-2026-018',
      payerInformation: '',
    });
    expect(readEpcPayload('BCD\r\n001\r\n2\r\nSCT\r\nBPOTBEB1\r\nRed Cross\r\nBE72000000001616\r\nEUR10\r\nCHAR')).toMatchObject({
      version: '001',
      characterSet: 2,
      amountMinor: 1000,
      purpose: 'CHAR',
    });
    expect(readEpcPayload('BCD\n001\n1\nSCT\n\nName\nBE72000000001616')).toBeNull();
    expect(readEpcPayload('|PL|61109010140000071219812874|001200|Odbiorca 1|Przelew|||')).toBeNull();
  });
});

describe('creditor references (ISO 11649)', () => {
  it('checks the mod-97 digits and builds references from an identifier', () => {
    expect(isValidCreditorReference('RF18 5390 0754 7034')).toBe(true);
    expect(isValidCreditorReference('RF18539007547035')).toBe(false);
    expect(isValidCreditorReference('RF18')).toBe(false);
    expect(creditorReferenceFor('539007547034')).toBe('RF18539007547034');
    expect(isValidCreditorReference(creditorReferenceFor('FV2026 0417')!)).toBe(true);
    expect(creditorReferenceFor('FV/2026/0417')).toBeNull();
    expect(creditorReferenceFor('X'.repeat(22))).toBeNull();
  });
});
