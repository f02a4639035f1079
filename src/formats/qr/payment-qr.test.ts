import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { errorCorrectionLevelOf, readQrPng } from '../../../test/qr-images';
import { readEpcPayload } from './epc-transfer';
import { buildPaymentQrPayload, paymentQrStandard, qrCodePng, renderPaymentQr } from './payment-qr';
import type { PaymentTransfer } from './payment-transfer';
import { readZbpPayload } from './zbp-transfer';

const plnTransfer: PaymentTransfer = {
  currency: 'PLN',
  amountMinor: 4_321_09,
  recipientName: 'Hurtownia Łódź',
  iban: 'PL61109010140000071219812874',
  recipientTaxId: '5252248481',
  title: 'Zapłata FV/2026/04/17 żółć',
};

const eurTransfer: PaymentTransfer = {
  currency: 'EUR',
  amountMinor: 98_765_43,
  recipientName: 'Duly Sp. z o.o. – Oddział Kraków',
  iban: 'AT611904300234573201',
  bic: 'BKAUATWW',
  title: 'Invoices INV-2026-101, INV-2026-102 / Счёт 7',
};

async function rendered(transfer: PaymentTransfer) {
  const qr = await renderPaymentQr(transfer);
  if (!qr.ok) expect.fail(`${qr.problem.field}: ${qr.problem.message}`);
  return qr;
}

describe('payment QR codes as images', () => {
  it('picks the standard by currency and has none for others', () => {
    expect(paymentQrStandard('PLN')).toBe('zbp');
    expect(paymentQrStandard('EUR')).toBe('epc');
    expect(paymentQrStandard('USD')).toBeNull();
    expect(buildPaymentQrPayload({ ...eurTransfer, currency: 'USD' })).toMatchObject({ ok: false, problem: { field: 'currency' } });
  });

  it('draws a Polish code that reads back field by field', async () => {
    const qr = await rendered(plnTransfer);
    expect(qr.standard).toBe('zbp');
    const read = readQrPng(qr.png);
    expect(read?.text).toBe(qr.payload);
    expect(readZbpPayload(read!.text)).toEqual({
      taxId: '5252248481',
      country: 'PL',
      account: '61109010140000071219812874',
      amountMinor: 4_321_09,
      recipientName: 'Hurtownia Łódź',
      title: 'Zapłata FV/2026/04/17 żółć',
      reserved: ['', '', ''],
    });
  });

  it('draws an EPC code that reads back field by field, at level M', async () => {
    const qr = await rendered(eurTransfer);
    expect(qr.standard).toBe('epc');
    const read = readQrPng(qr.png);
    expect(readEpcPayload(read!.text)).toEqual({
      version: '002',
      characterSet: 1,
      bic: 'BKAUATWW',
      recipientName: 'Duly Sp. z o.o. – Oddział Kraków',
      iban: 'AT611904300234573201',
      amountMinor: 98_765_43,
      purpose: '',
      creditorReference: '',
      remittanceText: 'Invoices INV-2026-101, INV-2026-102 / Счёт 7',
      payerInformation: '',
    });
    expect(errorCorrectionLevelOf(qr.png, 6, 4)).toBe('M');
  });

  it('fits the largest EPC code into version 13', async () => {
    const title = `${'ü'.repeat(99)}!`; // 199 bytes: the code comes to exactly 331
    const qr = await rendered({ ...eurTransfer, recipientName: 'N'.repeat(70), bic: 'BKAUATWWXXX', title });
    expect(new TextEncoder().encode(qr.payload).length).toBe(331);
    const read = readQrPng(qr.png);
    expect(read?.text).toBe(qr.payload);
    expect(read!.version).toBeLessThanOrEqual(13);
  });

  it('tells a reading test apart from a level L code', async () => {
    const png = new Uint8Array(await QRCode.toBuffer('level check', { type: 'png', errorCorrectionLevel: 'L', margin: 4, scale: 6 }));
    expect(errorCorrectionLevelOf(png, 6, 4)).toBe('L');
    expect(errorCorrectionLevelOf(await qrCodePng('level check'), 6, 4)).toBe('M');
  });

  it('leaves a PLN amount beyond 9 999,99 zł to the payer only when asked to', async () => {
    const large = { ...plnTransfer, amountMinor: 25_000_00 };
    expect(buildPaymentQrPayload(large)).toMatchObject({ ok: false, problem: { field: 'amountMinor' } });
    const qr = await renderPaymentQr(large, { amountAboveLimit: 'payerTypesIt' });
    if (!qr.ok) expect.fail(qr.problem.message);
    expect(qr.carriesAmount).toBe(false);
    expect(readZbpPayload(readQrPng(qr.png)!.text)?.amountMinor).toBeNull();
  });
});
