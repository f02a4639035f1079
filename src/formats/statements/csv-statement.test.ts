// CSV history exports as Polish (and German, Russian) banks write them, synthetic but
// laid out like the real ones: mBank's preamble and "#" headers, PKO BP's description
// spread over unnamed columns, ING's info lines and blocked amounts, Millennium's and
// Santander's split credit/debit columns.
import { describe, expect, it } from 'vitest';
import type { StatementLine } from './bank-statement';
import { readCsvStatement, type CsvStatementOptions } from './csv-statement';
import { readBankStatement } from './read-bank-statement';
import { formatError } from '../../../test/format-error';

// Windows-1250 bytes of a text, from the code page as Node's decoder knows it.
const cp1250 = new Map([...new TextDecoder('windows-1250').decode(Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i))].map((ch, i) => [ch, 0x80 + i]));
function windows1250(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : cp1250.get(ch)!)));
}

const csv = (...lines: string[]) => lines.join('\r\n');
const read = (text: string, options?: CsvStatementOptions) => readCsvStatement(text, options);
const brief = (line: StatementLine) => ({
  bookingDate: line.bookingDate,
  amountMinor: line.amountMinor,
  currency: line.currency,
  direction: line.direction,
  name: line.counterparty.name,
  account: line.counterparty.account,
  title: line.title,
});

// An older mBank export: bank address, period, account and currency above the "#" header.
const mbank = (rf: string) =>
  csv(
    'mBank S.A. Bankowość Detaliczna;',
    'Skrytka Pocztowa 2108;',
    '90-959 Łódź 2;',
    '',
    '#Za okres:;',
    '01.03.2026;31.03.2026;',
    '',
    '#Numer rachunku;',
    '61 1090 1014 0000 0712 1981 2874;',
    '',
    '#Waluta;',
    'PLN;',
    '',
    '#Data operacji;#Data księgowania;#Opis operacji;#Tytuł;#Nadawca/Odbiorca;#Numer konta;#Kwota;#Saldo po operacji;',
    `2026-03-19;2026-03-20;PRZELEW ZEWNĘTRZNY PRZYCHODZĄCY;"Zapłata za FV/2026/03/0101 ${rf}";"GÓRNOŚLĄSKA HURTOWNIA SP. Z O.O.";'04105014611000002345271577';1 230,00;3 617,30;`,
    `2026-03-20;2026-03-20;PRZELEW WYCHODZĄCY;"Opłata; czynsz";"ŻABKA POLSKA SA";'03102055581111123412341299';-1 100,50;2 516,80;`,
    '',
    ';;;;;;#Saldo końcowe;2 516,80;',
  );

describe('CSV statements from Polish banks', () => {
  it('reads an mBank export in Windows-1250: the account and currency from the preamble, the RF from the title', () => {
    const file = readBankStatement(windows1250(mbank('RF18 5390 0754 7034')), 'lista_operacji.csv');
    expect(file.encoding).toBe('windows-1250');
    expect(file.statements).toHaveLength(1);
    const [statement] = file.statements;
    expect(statement).toMatchObject({
      format: 'csv',
      statementId: '2026-03-20..2026-03-20',
      account: { iban: 'PL61109010140000071219812874', number: '61 1090 1014 0000 0712 1981 2874' },
      currency: 'PLN',
      openingBalance: null,
    });
    const [credit, debit] = statement!.lines;
    expect(brief(credit!)).toEqual({
      bookingDate: '2026-03-20',
      amountMinor: 123_000,
      currency: 'PLN',
      direction: 'credit',
      name: 'GÓRNOŚLĄSKA HURTOWNIA SP. Z O.O.',
      account: 'PL04105014611000002345271577',
      title: 'Zapłata za FV/2026/03/0101 RF18 5390 0754 7034',
    });
    expect(credit!.creditorReference).toBe('RF18539007547034');
    expect(credit!.sourceLine).toBe(15);
    expect(credit!.raw).toMatch(/^2026-03-19;2026-03-20;PRZELEW ZEWNĘTRZNY PRZYCHODZĄCY;/);
    expect(brief(debit!)).toMatchObject({ amountMinor: 110_050, direction: 'debit', name: 'ŻABKA POLSKA SA', title: 'Opłata; czynsz' });
    expect(file.csvLayout).toEqual({
      headerLine: 14,
      headers: ['#Data operacji', '#Data księgowania', '#Opis operacji', '#Tytuł', '#Nadawca/Odbiorca', '#Numer konta', '#Kwota', '#Saldo po operacji', ''],
      mapping: {
        bookingDate: '#Data księgowania',
        amount: '#Kwota',
        title: '#Tytuł',
        counterpartyName: '#Nadawca/Odbiorca',
        counterpartyAccount: '#Numer konta',
      },
      delimiter: ';',
      dateFormat: 'YYYY-MM-DD',
      decimalSeparator: ',',
      // The closing balance below the rows has no booking date: not a transaction.
      skippedLines: [18],
    });
  });

  it('reads a PKO BP export: the description spread over unnamed columns as "Label: value" pieces', () => {
    const { statements, layout } = read(
      [
        '"Data operacji","Data waluty","Typ transakcji","Kwota","Waluta","Saldo po transakcji","Opis transakcji","","","",""',
        '"2026-03-20","2026-03-20","Przelew na rachunek","+1230.00","PLN","+5000.00","Rachunek nadawcy: 04 1050 1461 1000 0023 4527 1577","Nazwa nadawcy: ACME HANDEL SP. Z O.O.","Adres nadawcy: UL. DŁUGA 1 00-001 WARSZAWA","Tytuł: FV/2026/03/0101",""',
        '"2026-03-21","2026-03-20","Przelew z rachunku","-100.00","PLN","+4900.00","Rachunek odbiorcy: 03 1020 5558 1111 1234 1234 1299","Nazwa odbiorcy: DOSTAWCA SA","Tytuł: CZYNSZ 03/2026","",""',
        '"2026-03-22","2026-03-22","Płatność kartą","-1,234.50","PLN","+3665.50","Lokalizacja: Adres: SKLEP 12 Miasto: KRAKÓW Kraj: POLSKA","","","",""',
      ].join('\n'),
    );
    expect(layout).toMatchObject({
      delimiter: ',',
      decimalSeparator: '.',
      mapping: { bookingDate: 'Data operacji', valueDate: 'Data waluty', amount: 'Kwota', currency: 'Waluta', title: 'Opis transakcji', transactionCode: 'Typ transakcji' },
    });
    // No account anywhere in the file: the lines are known by date, amount and title.
    expect(statements).toHaveLength(1);
    expect(statements[0]!.account).toEqual({ iban: null, number: '' });
    const [credit, transfer, card] = statements[0]!.lines;
    expect(brief(credit!)).toEqual({
      bookingDate: '2026-03-20',
      amountMinor: 123_000,
      currency: 'PLN',
      direction: 'credit',
      name: 'ACME HANDEL SP. Z O.O.',
      account: 'PL04105014611000002345271577',
      title: 'FV/2026/03/0101',
    });
    expect(credit!.counterparty.address).toBe('UL. DŁUGA 1 00-001 WARSZAWA');
    expect(credit!.transactionCode).toBe('Przelew na rachunek');
    // A debit's counterparty is its recipient.
    expect(brief(transfer!)).toMatchObject({ direction: 'debit', amountMinor: 10_000, name: 'DOSTAWCA SA', account: 'PL03102055581111123412341299', title: 'CZYNSZ 03/2026' });
    expect(transfer!.valueDate).toBe('2026-03-20');
    expect(brief(card!)).toMatchObject({ direction: 'debit', amountMinor: 123_450, name: null, title: 'Lokalizacja: Adres: SKLEP 12 Miasto: KRAKÓW Kraj: POLSKA' });
  });

  it('reads an ING export: info lines first, blocked amounts and the footer skipped, the account from the info lines', () => {
    const { statements, layout } = read(
      csv(
        '"Lista transakcji"',
        '"Dokument nr 0123456/2026"',
        '"Wygenerowany dnia: 2026-03-31, 12:00"',
        '"Dane użytkownika:"',
        '"HURTOWNIA KOWALSKI SP. Z O.O."',
        '"Wybrane rachunki:"',
        '"Konto Firmowe";"35 1050 1038 1000 0022 0199 4683";"PLN"',
        '"Zakres dat:";"01.03.2026 - 31.03.2026"',
        '',
        '"Data transakcji";"Data księgowania";"Dane kontrahenta";"Tytuł";"Nr rachunku";"Nazwa banku";"Szczegóły";"Nr transakcji";"Kwota transakcji (waluta rachunku)";"Waluta";"Kwota blokady/zwolnienie blokady";"Waluta";"Kwota płatności w walucie";"Waluta";"Konto";"Saldo po transakcji";"Waluta";"";"";',
        '2026-03-20;2026-03-20;" ACME HANDEL SP. Z O.O.  UL. DŁUGA 1 ";"FV/2026/03/0101";"\'04105014611000002345271577\'";"PKO BP";"";"202603200001";1230,00;PLN;;;;;Konto Firmowe;5230,00;PLN;;',
        '2026-03-21;;"SKLEP";"Płatność kartą";"";"";"";"";;;-45,99;PLN;;;Konto Firmowe;;;;',
        '2026-03-21;2026-03-21;"ORANGE POLSKA";"Faktura 03/2026";"\'03102055581111123412341299\'";"";"";"202603210002";-99,99;PLN;;;;;Konto Firmowe;5130,01;PLN;;',
        '',
        '"Dokument ma charakter informacyjny."',
      ),
    );
    expect(layout.headerLine).toBe(10);
    expect(layout.mapping).toMatchObject({
      bookingDate: 'Data księgowania',
      amount: 'Kwota transakcji (waluta rachunku)',
      currency: 'Waluta',
      counterpartyName: 'Dane kontrahenta',
      counterpartyAccount: 'Nr rachunku',
      bankReference: 'Nr transakcji',
      account: 'Konto',
    });
    expect(layout.skippedLines).toEqual([12, 15]);
    expect(statements).toHaveLength(1);
    // The rows name the account "Konto Firmowe"; the info lines give its number.
    expect(statements[0]!.account).toEqual({ iban: 'PL35105010381000002201994683', number: '35 1050 1038 1000 0022 0199 4683' });
    expect(statements[0]!.lines.map(brief)).toEqual([
      {
        bookingDate: '2026-03-20',
        amountMinor: 123_000,
        currency: 'PLN',
        direction: 'credit',
        name: 'ACME HANDEL SP. Z O.O. UL. DŁUGA 1',
        account: 'PL04105014611000002345271577',
        title: 'FV/2026/03/0101',
      },
      {
        bookingDate: '2026-03-21',
        amountMinor: 9_999,
        currency: 'PLN',
        direction: 'debit',
        name: 'ORANGE POLSKA',
        account: 'PL03102055581111123412341299',
        title: 'Faktura 03/2026',
      },
    ]);
    expect(statements[0]!.lines.map((l) => l.bankReference)).toEqual(['202603200001', '202603210002']);
  });

  it('reads Millennium-style split credit and debit columns, one statement per own account and currency', () => {
    const { statements, layout } = read(
      csv(
        'Numer rachunku/karty,Data transakcji,Data rozliczenia,Rodzaj transakcji,Na konto/Z konta,Odbiorca/Zleceniodawca,Opis,Obciążenia,Uznania,Saldo,Waluta',
        'PL91116022020000000123456789,2026-03-19,2026-03-20,PRZELEW PRZYCHODZĄCY,PL04105014611000002345271577,ACME HANDEL,FV/2026/03/0101,,1230.00,5230.00,PLN',
        'PL91116022020000000123456789,2026-03-20,2026-03-20,PRZELEW WYCHODZĄCY,PL03102055581111123412341299,DOSTAWCA SA,CZYNSZ,-2500.00,,2730.00,PLN',
        'PL61109010140000071219812874,2026-03-20,2026-03-21,PRZELEW PRZYCHODZĄCY,DE89370400440532013000,MÜLLER GMBH,INVOICE 7,,100.00,100.00,EUR',
      ),
    );
    expect(layout.mapping).toMatchObject({ account: 'Numer rachunku/karty', bookingDate: 'Data rozliczenia', credit: 'Uznania', debit: 'Obciążenia', counterpartyName: 'Odbiorca/Zleceniodawca', counterpartyAccount: 'Na konto/Z konta' });
    expect(layout.mapping.amount).toBeUndefined();
    expect(statements.map((s) => [s.account.iban, s.currency, s.lines.length])).toEqual([
      ['PL91116022020000000123456789', 'PLN', 2],
      ['PL61109010140000071219812874', 'EUR', 1],
    ]);
    expect(statements[0]!.lines.map((l) => [l.direction, l.amountMinor, l.bookingDate])).toEqual([
      ['credit', 123_000, '2026-03-20'],
      ['debit', 250_000, '2026-03-20'],
    ]);
    expect(statements[1]!.lines[0]).toMatchObject({ currency: 'EUR', amountMinor: 10_000, counterparty: { name: 'MÜLLER GMBH', account: 'DE89370400440532013000' } });
  });

  it('reads Santander-style tab-separated rows: DD-MM-YYYY dates, thousands dots, trailing minus, a currency beside the amount', () => {
    const { statements, layout } = read(
      [
        'Data operacji\tData waluty\tTytuł\tNadawca\tRachunek nadawcy\tOdbiorca\tRachunek odbiorcy\tWpływy\tWypływy',
        '20-03-2026\t20-03-2026\tFV/2026/03/0101\tACME HANDEL\t04 1050 1461 1000 0023 4527 1577\tHURTOWNIA\t\t1.230,00 PLN\t',
        '21-03-2026\t21-03-2026\tCZYNSZ\tHURTOWNIA\t\tDOSTAWCA SA\t03 1020 5558 1111 1234 1234 1299\t\t2.500,00- PLN',
      ].join('\n'),
    );
    expect(layout).toMatchObject({ delimiter: '\t', dateFormat: 'DD-MM-YYYY', decimalSeparator: ',' });
    expect(statements[0]!.lines.map(brief)).toEqual([
      { bookingDate: '2026-03-20', amountMinor: 123_000, currency: 'PLN', direction: 'credit', name: 'ACME HANDEL', account: 'PL04105014611000002345271577', title: 'FV/2026/03/0101' },
      // Payer and recipient apart: a debit's counterparty is the recipient, not the account holder.
      { bookingDate: '2026-03-21', amountMinor: 250_000, currency: 'PLN', direction: 'debit', name: 'DOSTAWCA SA', account: 'PL03102055581111123412341299', title: 'CZYNSZ' },
    ]);
  });
});

describe('CSV statements in other languages and shapes', () => {
  it('reads German headers with a Soll/Haben side column, Excel\'s "sep=" line and a UTF-8 BOM', () => {
    const bytes = new TextEncoder().encode(
      '\uFEFF' +
        csv(
          'sep=;',
          'Auftragskonto;Buchungstag;Valutadatum;Auftraggeber/Empfänger;Verwendungszweck;Betrag (EUR);Soll/Haben',
          'DE89370400440532013000;20.03.2026;21.03.2026;Müller GmbH;Rechnung 4711;1.234,56;H',
          'DE89370400440532013000;21.03.2026;21.03.2026;Stadtwerke;Strom März;89,90;S',
        ),
    );
    const file = readBankStatement(bytes, 'umsaetze.csv');
    expect(file.encoding).toBe('utf-8');
    expect(file.csvLayout).toMatchObject({ headerLine: 2, dateFormat: 'DD.MM.YYYY', mapping: { side: 'Soll/Haben', amount: 'Betrag (EUR)', valueDate: 'Valutadatum' } });
    const [statement] = file.statements;
    expect(statement!.account.iban).toBe('DE89370400440532013000');
    // No currency column: the amount column's header names EUR.
    expect(statement!.lines.map((l) => [l.direction, l.amountMinor, l.valueDate])).toEqual([
      ['credit', 123_456, '2026-03-21'],
      ['debit', 8_990, '2026-03-21'],
    ]);
  });

  it('reads Russian headers with Дебет/Кредит columns', () => {
    const { statements } = read(
      csv(
        'Дата операции;Контрагент;Счет контрагента;Назначение платежа;Дебет;Кредит;Валюта',
        '20.03.2026;ООО "Ромашка";;Оплата по счету 15;;15 000,00;RUB',
        '21.03.2026;ИП Иванов;;Аренда;3 000,00;;RUB',
      ),
    );
    expect(statements[0]!.lines.map(brief)).toEqual([
      { bookingDate: '2026-03-20', amountMinor: 1_500_000, currency: 'RUB', direction: 'credit', name: 'ООО "Ромашка"', account: null, title: 'Оплата по счету 15' },
      { bookingDate: '2026-03-21', amountMinor: 300_000, currency: 'RUB', direction: 'debit', name: 'ИП Иванов', account: null, title: 'Аренда' },
    ]);
  });

  it('takes a quoted value over several lines and counts the lines after it', () => {
    const { statements } = read(csv('Data;Tytuł;Kwota;Waluta', '2026-03-20;"FV 1\r\nFV 2";10,00;PLN', '2026-03-21;FV 3;20,00;PLN'));
    expect(statements[0]!.lines.map((l) => [l.sourceLine, l.title])).toEqual([
      [2, 'FV 1 FV 2'],
      [4, 'FV 3'],
    ]);
  });

  it('is routed to from readBankStatement, which still refuses text that is no statement', () => {
    const file = readBankStatement(new TextEncoder().encode('Data;Kwota;Waluta\n2026-03-20;10,00;PLN\n'), 'x.csv');
    expect(file.statements[0]!.format).toBe('csv');
    const error = formatError(() => readBankStatement(new TextEncoder().encode('Imię;Nazwisko\nJan;Kowalski\n'), 'osoby.csv'));
    expect(error.message).toContain('osoby.csv is not a bank statement');
    expect(error.message).toContain('"Data księgowania"');
  });
});

describe('the column mapping', () => {
  const odd = csv('Dzień;Treść;Wartość;Waluta', '20.03.2026;FV/2026/03/0101;1230,00;PLN');

  it('is needed for headers nobody recognises, and the error names what was seen and looked for', () => {
    const error = formatError(() => read(odd));
    expect(error.line).toBe(1);
    expect(error.field).toBe('bookingDate');
    expect(error.message).toContain('no column for the booking date');
    expect(error.message).toContain('"Data księgowania", "Data ksiegowania", "Data rozliczenia"');
    expect(error.message).toContain('the header row has: "Dzień", "Treść", "Wartość", "Waluta"');
    expect(error.message).toContain('no column for the amount');
  });

  it('reads the fields from the headers it names and reports them', () => {
    const { statements, layout } = read(odd, { mapping: { bookingDate: 'Dzień', amount: 'wartosc', title: 'Treść' } });
    expect(layout.mapping).toEqual({ bookingDate: 'Dzień', amount: 'Wartość', title: 'Treść', currency: 'Waluta' });
    expect(brief(statements[0]!.lines[0]!)).toMatchObject({ bookingDate: '2026-03-20', amountMinor: 123_000, title: 'FV/2026/03/0101' });
  });

  it('overrides a recognised column, and "" leaves a field unread', () => {
    const text = csv('Data transakcji;Data księgowania;Kwota;Waluta;Tytuł', '2026-03-19;2026-03-20;5,00;PLN;FV 1');
    expect(read(text).statements[0]!.lines[0]!.bookingDate).toBe('2026-03-20');
    const mapped = read(text, { mapping: { bookingDate: 'Data transakcji', title: '' } });
    expect(mapped.statements[0]!.lines[0]).toMatchObject({ bookingDate: '2026-03-19', title: '' });
    expect(mapped.layout.mapping.title).toBeUndefined();
  });

  it('refuses an unknown field and a header the file does not have', () => {
    const unknown = formatError(() => read(odd, { mapping: { date: 'Dzień' } }));
    expect(unknown.message).toContain('"date", which no statement field is called');
    const missing = formatError(() => read(odd, { mapping: { bookingDate: 'Data', amount: 'Wartość' } }));
    expect(missing.message).toContain('the mapping reads bookingDate from column "Data", which this row does not have');
    expect(missing.line).toBe(1);
  });
});

describe('CSV statement problems name the line and the column', () => {
  const rows = (...data: string[]) => csv('Data księgowania;Tytuł;Kwota;Waluta', ...data);

  it('a bad amount', () => {
    const error = formatError(() => read(rows('2026-03-20;FV 1;10,00;PLN', '2026-03-21;FV 2;12,3x;PLN')));
    expect(error.line).toBe(3);
    expect(error.field).toBe('amount');
    expect(error.message).toBe('column "Kwota" (amount): "12,3x" is not an amount');
  });

  it('more decimals than the currency has', () => {
    const error = formatError(() => read(rows('2026-03-20;FV 1;10,00;PLN', '2026-03-20;FV 1;10,005;PLN')));
    expect([error.line, error.field]).toEqual([3, 'amount']);
    expect(error.message).toContain('more decimals than PLN has');
  });

  it('a bad date, and a date written unlike the others', () => {
    const bad = formatError(() => read(rows('2026-03-20;FV 1;10,00;PLN', '2026-02-30;FV 2;10,00;PLN')));
    expect([bad.line, bad.field]).toEqual([3, 'bookingDate']);
    expect(bad.message).toContain('column "Data księgowania" (bookingDate): "2026-02-30" is not a date');
    const mixed = formatError(() => read(rows('2026-03-20;FV 1;10,00;PLN', '21.03.2026;FV 2;10,00;PLN')));
    expect(mixed.line).toBe(3);
    expect(mixed.message).toContain('"21.03.2026" is written unlike the dates above it (YYYY-MM-DD)');
  });

  it('dates that cannot tell day from month, until the format is given', () => {
    const text = rows('03/04/2026;FV 1;10,00;PLN', '05/04/2026;FV 2;10,00;PLN');
    const error = formatError(() => read(text));
    expect(error.message).toContain('the dates fit both DD/MM/YYYY and MM/DD/YYYY');
    expect(error.line).toBe(2);
    expect(read(text, { dateFormat: 'DD/MM/YYYY' }).statements[0]!.lines.map((l) => l.bookingDate)).toEqual(['2026-04-03', '2026-04-05']);
    expect(read(text, { dateFormat: 'MM/DD/YYYY' }).statements[0]!.lines.map((l) => l.bookingDate)).toEqual(['2026-03-04', '2026-05-04']);
    // One day above 12 settles it.
    expect(read(rows('03/04/2026;FV 1;10,00;PLN', '25/04/2026;FV 2;10,00;PLN')).layout.dateFormat).toBe('DD/MM/YYYY');
  });

  it('amounts that cannot tell their decimal separator, until it is given', () => {
    const text = rows('2026-03-20;FV 1;"1,500";PLN');
    const error = formatError(() => read(text));
    expect(error.message).toContain('give the decimal separator');
    expect(error.line).toBe(2);
    expect(read(text, { decimalSeparator: '.' }).statements[0]!.lines[0]!.amountMinor).toBe(150_000);
    expect(read(text, { decimalSeparator: ',' }).statements[0]!.lines[0]!.amountMinor).toBe(150);
    const mixed = formatError(() => read(rows('2026-03-20;FV 1;10,50;PLN', '2026-03-21;FV 2;10.50;PLN')));
    expect(mixed.line).toBe(3);
    expect(mixed.message).toContain('unlike "10,50" on line 2');
  });

  it('a row with both a credit and a debit, and a date with no amount', () => {
    const both = formatError(() => read(csv('Data;Uznania;Obciążenia;Waluta', '2026-03-20;10,00;5,00;PLN')));
    expect([both.line, both.field]).toEqual([2, 'debit']);
    expect(both.message).toContain('both a credit ("10,00") and a debit ("5,00")');
    const none = formatError(() => read(rows('2026-03-20;FV 1;;PLN')));
    expect(none.message).toBe('column "Kwota" (amount): the row has a booking date but no amount');
  });

  it('no currency anywhere, until the caller or the organization\'s account gives one', () => {
    const text = csv('Rachunek;Data;Kwota', 'PL61109010140000071219812874;2026-03-20;10,00');
    const error = formatError(() => read(text));
    expect([error.line, error.field]).toEqual([2, 'currency']);
    expect(error.message).toContain('the account PL61109010140000071219812874 is not one of the organization');
    expect(read(text, { currency: 'EUR' }).statements[0]!.currency).toBe('EUR');
    expect(read(text, { knownAccounts: [{ iban: 'PL61109010140000071219812874', currency: 'PLN' }] }).statements[0]!.currency).toBe('PLN');
    const disagree = formatError(() => read(csv('Data;Kwota;Waluta', '2026-03-20;10,00 EUR;PLN')));
    expect(disagree.message).toContain('the amount is in EUR, but the column says PLN');
  });

  it('a quote never closed', () => {
    const error = formatError(() => read(rows('2026-03-20;FV 1;10,00;PLN', '2026-03-21;"FV 2;10,00;PLN', '2026-03-22;FV 3;10,00;PLN')));
    expect(error.line).toBe(3);
    expect(error.message).toContain('never closed');
  });
});
