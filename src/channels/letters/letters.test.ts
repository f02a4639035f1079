import { PDFParse } from 'pdf-parse';
import { beforeAll, describe, expect, it } from 'vitest';
import { readQrPng } from '../../../test/qr-images';
import { messageLanguages } from '../../domain/messages/message-types';
import { readEpcPayload } from '../../formats/qr/epc-transfer';
import { renderPaymentQr } from '../../formats/qr/payment-qr';
import type { PaymentTransfer } from '../../formats/qr/payment-transfer';
import { readZbpPayload } from '../../formats/qr/zbp-transfer';
import { letterLabels } from './letter-labels';
import type { LetterItem, PaymentReminderLetter, StatementOfAccountLetter } from '../../domain/messages/letter-types';
import { renderPaymentReminder } from './payment-reminder';
import { renderStatementOfAccount } from './statement-of-account';

type ReadPdf = { text: string; pages: number; qrTexts: string[]; createdAt: Date | null; title: string };

// The PDF as a reader gets it: its text (every run of spaces and line breaks as one
// space, since where a line wraps is layout), its page count, every QR code in its
// images, and what its metadata says.
async function readPdf(pdf: Uint8Array): Promise<ReadPdf> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const text = await parser.getText();
    const images = await parser.getImage();
    const info = await parser.getInfo();
    const qrTexts = images.pages.flatMap((page) => page.images.map((image) => readQrPng(image.data)?.text ?? '(unreadable)'));
    return {
      text: text.text.replace(/\s+/g, ' '),
      pages: text.total,
      qrTexts,
      createdAt: info.getDateNode().CreationDate ?? null,
      title: String(info.info?.Title ?? ''),
    };
  } finally {
    await parser.destroy();
  }
}

const plnTransfer: PaymentTransfer = {
  currency: 'PLN',
  amountMinor: 5_535_00,
  recipientName: 'Przędzalnia Żółw',
  iban: 'PL61109010140000071219812874',
  recipientTaxId: '5252248481',
  title: 'FV/2026/03/011, FV/2026/03/027',
};

async function qrPng(transfer: PaymentTransfer): Promise<Uint8Array> {
  const qr = await renderPaymentQr(transfer);
  if (!qr.ok) expect.fail(qr.problem.message);
  return qr.png;
}

const items: LetterItem[] = [
  { number: 'FV/2026/03/027', issueDate: '2026-03-13', dueDate: '2026-03-27', amountMinor: 2_460_00, openAmountMinor: 2_460_00, currency: 'PLN' },
  { number: 'FV/2026/03/011', issueDate: '2026-03-01', dueDate: '2026-03-15', amountMinor: 4_305_00, openAmountMinor: 3_075_00, currency: 'PLN' },
];

const reminder = (changes: Partial<PaymentReminderLetter> = {}): PaymentReminderLetter => ({
  language: 'pl',
  creditor: {
    name: 'Przędzalnia Żółw sp. z o.o.',
    addressLines: ['ul. Źródlana 5', '90-001 Łódź'],
    taxId: '525-224-84-81',
    contactLines: ['tel. 42 123 45 67', 'należności@przedzalnia.example'],
  },
  addressee: { name: 'Sklep Ćma s.c.', attention: 'Księgowość', addressLines: ['ul. Świętojańska 12/4', '81-368 Gdynia'] },
  place: 'Łódź',
  letterDate: '2026-04-15',
  subject: 'Wezwanie do zapłaty',
  bodyText:
    'Szanowni Państwo,\n\nw naszych zapisach dwie faktury pozostają nieopłacone. Jeśli płatność jest już w drodze, dziękujemy – prosimy wtedy pominąć to pismo.\n\nJeżeli coś stoi na przeszkodzie, prosimy o telefon: chętnie ustalimy termin, który będzie dla Państwa wygodny. Zażółć gęślą jaźń – ąęłńóśźż.',
  items,
  payments: [{ currency: 'PLN', iban: 'PL61109010140000071219812874', bankName: 'Santander Bank Polska', transferTitle: plnTransfer.title }],
  signature: { name: 'Anna Kowalska', role: 'Dział należności' },
  ...changes,
});

describe('letters as PDF', () => {
  let plnQr: Uint8Array;
  beforeAll(async () => {
    plnQr = await qrPng(plnTransfer);
  });

  it('writes a Polish payment reminder with its items, totals, account and a readable QR code', async () => {
    const letter = reminder({ payments: [{ ...reminder().payments[0]!, qrPng: plnQr }] });
    const read = await readPdf(await renderPaymentReminder(letter));
    for (const expected of [
      'Wezwanie do zapłaty',
      'Przędzalnia Żółw sp. z o.o.',
      'NIP: 525-224-84-81',
      'Łódź, 15 kwietnia 2026',
      'Sklep Ćma s.c.',
      'Księgowość',
      '81-368 Gdynia',
      'ąęłńóśźż',
      'Zażółć gęślą jaźń',
      // the table: columns, the rows oldest first, days overdue on the letter's date
      'Numer',
      'Data wystawienia',
      'Termin płatności',
      'Dni po terminie',
      'FV/2026/03/011 01.03.2026 15.03.2026 4305,00 zł 3075,00 zł 31',
      'FV/2026/03/027 13.03.2026 27.03.2026 2460,00 zł 2460,00 zł 19',
      'Razem PLN 6765,00 zł 5535,00 zł',
      'Kwota do zapłaty: 5535,00 zł',
      'Numer rachunku: PL61 1090 1014 0000 0712 1981 2874',
      'Tytuł przelewu: FV/2026/03/011, FV/2026/03/027',
      'Zeskanuj kod w aplikacji banku',
      'Z poważaniem',
      'Anna Kowalska',
      'Strona 1 z 1',
    ]) expect(read.text, expected).toContain(expected);
    expect(read.text.indexOf('FV/2026/03/011 01.03')).toBeLessThan(read.text.indexOf('FV/2026/03/027 13.03'));
    expect(read.qrTexts).toHaveLength(1);
    expect(readZbpPayload(read.qrTexts[0]!)).toMatchObject({ account: '61109010140000071219812874', amountMinor: 5_535_00, recipientName: 'Przędzalnia Żółw' });
  });

  it('gives the same bytes for the same letter, and records the given creation instant', async () => {
    const letter = reminder({ payments: [{ ...reminder().payments[0]!, qrPng: plnQr }] });
    const first = await renderPaymentReminder(letter);
    const second = await renderPaymentReminder(structuredClone(letter));
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(await readPdf(first)).toMatchObject({ createdAt: new Date('2026-04-15T00:00:00Z'), title: 'Wezwanie do zapłaty' });
    const later = await renderPaymentReminder({ ...letter, createdAt: new Date('2026-04-15T09:30:00Z') });
    expect((await readPdf(later)).createdAt).toEqual(new Date('2026-04-15T09:30:00Z'));
  });

  it('writes a Russian reminder in Cyrillic with an EPC code for euro items', async () => {
    const eurTransfer: PaymentTransfer = {
      currency: 'EUR',
      amountMinor: 1_250_50,
      recipientName: 'Przędzalnia Żółw sp. z o.o.',
      iban: 'PL61109010140000071219812874',
      bic: 'WBKPPLPP',
      title: 'Счёт FV/2026/03/030',
    };
    const read = await readPdf(
      await renderPaymentReminder(
        reminder({
          language: 'ru',
          subject: null,
          bodyText: 'Уважаемые господа!\n\nПо нашим данным счёт FV/2026/03/030 ещё не оплачен. Если оплата уже отправлена, благодарим Вас. Если есть вопросы, позвоните нам — мы с удовольствием поможем.',
          items: [{ number: 'FV/2026/03/030', issueDate: '2026-03-02', dueDate: '2026-03-16', amountMinor: 1_250_50, openAmountMinor: 1_250_50, currency: 'EUR' }],
          payments: [{ currency: 'EUR', iban: eurTransfer.iban, transferTitle: eurTransfer.title, qrPng: await qrPng(eurTransfer) }],
        }),
      ),
    );
    for (const expected of [
      'Напоминание об оплате',
      'Уважаемые господа!',
      'ещё не оплачен',
      'Дата выставления',
      'Дней просрочки',
      'Итого EUR 1 250,50 € 1 250,50 €',
      'Назначение платежа: Счёт FV/2026/03/030',
      'Łódź, 15 апреля 2026 г.',
      'С уважением',
      'Страница 1 из 1',
    ]) expect(read.text, expected).toContain(expected);
    expect(readEpcPayload(read.qrTexts[0]!)).toMatchObject({ amountMinor: 1_250_50, remittanceText: 'Счёт FV/2026/03/030', bic: 'WBKPPLPP' });
  });

  it('writes every language with its own words and no missing letters', async () => {
    for (const language of messageLanguages) {
      const read = await readPdf(await renderPaymentReminder(reminder({ language, subject: null, bodyText: 'Body.' })));
      const labels = letterLabels[language];
      for (const label of [labels.reminderTitle, labels.issueDate, labels.daysOverdue, labels.transferTitle, labels.closing]) {
        expect(read.text, `${language}: ${label}`).toContain(label);
      }
    }
  });

  it('carries on to further pages with the footer counting them', async () => {
    const many: LetterItem[] = Array.from({ length: 70 }, (_, i) => ({
      number: `FV/2026/01/${String(i + 1).padStart(3, '0')}`,
      issueDate: '2026-01-05',
      dueDate: '2026-01-19',
      amountMinor: 100_00 + i,
      openAmountMinor: 100_00 + i,
      currency: 'PLN',
    }));
    const read = await readPdf(await renderPaymentReminder(reminder({ items: many })));
    expect(read.pages).toBeGreaterThan(1);
    expect(read.text).toContain(`Strona ${read.pages} z ${read.pages}`);
    expect(read.text).toContain('FV/2026/01/070');
    expect(read.text).toContain('Razem PLN 7024,15 zł 7024,15 zł');
  });

  it('writes a statement of account with totals per currency as of its date', async () => {
    const statement: StatementOfAccountLetter = {
      ...reminder(),
      language: 'de',
      asOfDate: '2026-04-10',
      items: [
        ...items,
        { number: 'RE-2026-040', issueDate: '2026-04-01', dueDate: '2026-04-30', amountMinor: 980_00, openAmountMinor: 980_00, currency: 'EUR' },
      ],
      payments: [
        { currency: 'PLN', iban: 'PL61109010140000071219812874', transferTitle: plnTransfer.title, qrPng: plnQr },
        { currency: 'EUR', iban: 'DE89370400440532013000', transferTitle: 'RE-2026-040' },
      ],
    };
    const read = await readPdf(await renderStatementOfAccount(statement));
    for (const expected of [
      'Aufstellung der offenen Posten zum 10. April 2026',
      'Łódź, 15. April 2026',
      'Nachfolgend finden Sie die Rechnungen',
      // days overdue on the statement's date; an item not yet due shows none
      'FV/2026/03/011 01.03.2026 15.03.2026 4.305,00 PLN 3.075,00 PLN 26',
      'RE-2026-040 01.04.2026 30.04.2026 980,00 € 980,00 € –',
      'Summe PLN 6.765,00 PLN 5.535,00 PLN',
      'Summe EUR 980,00 € 980,00 €',
      'IBAN: DE89 3704 0044 0532 0130 00',
      'Verwendungszweck: RE-2026-040',
      'melden Sie sich gern',
      'Mit freundlichen Grüßen',
    ]) expect(read.text, expected).toContain(expected);
    expect(read.qrTexts).toHaveLength(1);
  });

  it('says so when nothing is open on the statement date', async () => {
    const read = await readPdf(await renderStatementOfAccount({ ...reminder(), language: 'en', asOfDate: '2026-04-15', items: [] }));
    expect(read.text).toContain('Statement of account as of 15 April 2026');
    expect(read.text).toContain('Our records show no unpaid invoices as of this date.');
    expect(read.text).not.toContain('Days overdue');
  });
});
