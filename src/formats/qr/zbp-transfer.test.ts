import { describe, expect, it } from 'vitest';
import type { PaymentTransfer } from './payment-transfer';
import { buildZbpPayload, readZbpPayload } from './zbp-transfer';

const transfer: PaymentTransfer = {
  currency: 'PLN',
  amountMinor: 1_234_56,
  recipientName: 'Duly sp. z o.o.',
  iban: 'PL61 1090 1014 0000 0712 1981 2874',
  recipientTaxId: '525-224-84-81',
  title: 'FV/2026/04/17',
};

const payloadOf = (changes: Partial<PaymentTransfer>): string => {
  const built = buildZbpPayload({ ...transfer, ...changes });
  if (!built.ok) expect.fail(`${built.problem.field}: ${built.problem.message}`);
  return built.payload;
};

const problemOf = (changes: Partial<PaymentTransfer>) => {
  const built = buildZbpPayload({ ...transfer, ...changes });
  if (built.ok) expect.fail(`expected a refusal, got ${built.payload}`);
  return built.problem;
};

describe('the Polish (ZBP) transfer code', () => {
  it('lays out the nine fields in the recommended order', () => {
    expect(payloadOf({})).toBe('5252248481|PL|61109010140000071219812874|123456|Duly sp. z o.o.|FV/2026/04/17|||');
  });

  it('pads the amount in grosze to six digits and leaves 000000 for the payer to fill', () => {
    expect(payloadOf({ amountMinor: 1200 }).split('|')[3]).toBe('001200');
    expect(payloadOf({ amountMinor: 999_999 }).split('|')[3]).toBe('999999');
    expect(payloadOf({ amountMinor: null }).split('|')[3]).toBe('000000');
  });

  it('leaves the NIP empty when the creditor gives none, and takes a bare NRB as the account', () => {
    expect(payloadOf({ recipientTaxId: null, iban: '61109010140000071219812874' })).toBe(
      '|PL|61109010140000071219812874|123456|Duly sp. z o.o.|FV/2026/04/17|||',
    );
  });

  it('cuts the name to 20 and the title to 32 characters, counting Polish letters as one', () => {
    const payload = payloadOf({
      recipientName: 'Przedsiębiorstwo Żółć Spółka Akcyjna',
      title: 'Zapłata za faktury FV/2026/04/17, FV/2026/04/18 i FV/2026/04/19',
    });
    const fields = readZbpPayload(payload)!;
    expect(fields.recipientName).toBe('Przedsiębiorstwo Żół');
    expect(fields.title).toBe('Zapłata za faktury FV/2026/04/17');
    expect([...fields.title]).toHaveLength(32);
  });

  it('joins the lines of a title into one', () => {
    expect(readZbpPayload(payloadOf({ title: 'FV/1\n  FV/2' }))!.title).toBe('FV/1 FV/2');
  });

  it('stays within 160 characters when every field is full', () => {
    const payload = payloadOf({ recipientName: 'Ą'.repeat(40), title: 'Ż'.repeat(60) });
    expect([...payload].length).toBeLessThanOrEqual(160);
  });

  it('refuses what it cannot encode, naming the field', () => {
    expect(problemOf({ currency: 'EUR' }).field).toBe('currency');
    expect(problemOf({ iban: 'DE89370400440532013000' }).field).toBe('iban');
    expect(problemOf({ iban: 'PL61109010140000071219812875' }).field).toBe('iban');
    expect(problemOf({ recipientTaxId: '5252248482' }).field).toBe('recipientTaxId');
    expect(problemOf({ amountMinor: 1_000_000 })).toMatchObject({ field: 'amountMinor', message: expect.stringContaining('9 999,99') });
    expect(problemOf({ amountMinor: 0 }).field).toBe('amountMinor');
    expect(problemOf({ amountMinor: -5 }).field).toBe('amountMinor');
    expect(problemOf({ title: 'FV/1 | FV/2' })).toMatchObject({ field: 'title', message: expect.stringContaining('separator') });
    expect(problemOf({ recipientName: '   ' })).toEqual({ field: 'recipientName', message: 'is required' });
    expect(problemOf({ title: 'FV\u0007' }).field).toBe('title');
  });

  it('reads a code back, and refuses text that is not one', () => {
    expect(readZbpPayload(payloadOf({}))).toEqual({
      taxId: '5252248481',
      country: 'PL',
      account: '61109010140000071219812874',
      amountMinor: 1_234_56,
      recipientName: 'Duly sp. z o.o.',
      title: 'FV/2026/04/17',
      reserved: ['', '', ''],
    });
    expect(readZbpPayload('|PL|61109010140000071219812874|001200|Odbiorca 1|Przelew|||')?.amountMinor).toBe(1200);
    expect(readZbpPayload('BCD\n002\n1\nSCT')).toBeNull();
    expect(readZbpPayload('|PL|6110901014|001200|Odbiorca|Tytuł|||')).toBeNull();
  });
});
