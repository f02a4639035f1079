import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BankStatementFile, StatementLine } from './bank-statement';
import { readMt940 } from './mt940';
import { readBankStatement } from './read-bank-statement';
import { formatError } from '../../../test/format-error';

const fixture = (name: string): BankStatementFile =>
  readBankStatement(readFileSync(new URL(`../../../test/fixtures/bank/${name}`, import.meta.url)), name);

const summary = (line: StatementLine) => ({
  bookingDate: line.bookingDate,
  valueDate: line.valueDate,
  amountMinor: line.amountMinor,
  currency: line.currency,
  direction: line.direction,
  name: line.counterparty.name,
  title: line.title,
});

describe('MT940 fixtures', () => {
  it('reads the mBank IPH statement: 23 incoming payments and one fee, Polish letters intact', () => {
    const file = fixture('ksdev_mBank_MT940_IPH.txt');
    expect(file.encoding).toBe('iso-8859-2');
    expect(file.statements).toHaveLength(1);
    const [statement] = file.statements;
    expect(statement!.format).toBe('mt940');
    expect(statement!.statementId).toBe('ST100604CYC/1');
    expect(statement!.account).toEqual({ iban: 'PL45114011370000310211001001', number: 'PL45114011370000310211001001' });
    expect(statement!.openingBalance).toEqual({ date: '2010-06-04', amountMinor: 0, currency: 'PLN', intermediate: false });
    // This sample ends with "-" and no :62F:.
    expect(statement!.closingBalance).toBeNull();
    const lines = statement!.lines;
    expect(lines).toHaveLength(24);
    expect(lines.filter((l) => l.direction === 'credit')).toHaveLength(23);
    expect(summary(lines[0]!)).toEqual({
      bookingDate: '2010-06-04',
      valueDate: '2010-06-04',
      amountMinor: 697918,
      currency: 'PLN',
      direction: 'credit',
      name: 'GWARANT-CYNKOWANIE SPÓŁKA Z O.O.',
      title: '210F1163',
    });
    expect(lines[0]!.counterparty.account).toBe('PL04105014611000002345271577');
    expect(lines[0]!.counterparty.address).toBe('UL.CIEPŁOWNICZA 27 98-300 WIELUŃ');
    expect(lines[0]!.bankReference).toBe('EL004391-000970');
    expect(lines[0]!.raw.startsWith(':61:1006040604CN6979,18NTRFNONREF//EL004391-000970\n911-TRANSAKCJA IPH\n:86:911')).toBe(true);
    expect(lines[1]!.title).toBe('ZAPŁATA ZA F-RĘ NR 110F02574 Z DN. 20.05.2010');
    expect(lines[7]!.counterparty.name).toBe('GÓRNOŚLĄSKIE PRZEDSIĘBIORSTWO WODOC IĄGÓW SA');
    expect(lines[22]!.title).toBe('ZAPL.FV-210F1033,210F0995 MINUS FV. KORYG.210FK24');
    expect(summary(lines[23]!)).toEqual({
      bookingDate: '2010-06-04',
      valueDate: '2010-06-04',
      amountMinor: 1500,
      currency: 'PLN',
      direction: 'debit',
      name: null,
      title: '',
    });
    expect(lines.filter((l) => l.direction === 'credit').reduce((sum, l) => sum + l.amountMinor, 0)).toBe(34_010_970);
  });

  it('joins a title mBank wrapped across lines', () => {
    const [statement] = fixture('wolph_mBank_with_newline_in_tnr.sta').statements;
    expect(statement!.lines).toHaveLength(2);
    expect(statement!.lines[0]!.title).toBe('_FAKTURA VAT NR FVD-0000/02/2017 A AAAAA AAAAAA UL. AAAAAAAAAAA 220/22');
    expect(statement!.lines[0]!.amountMinor).toBe(4500);
    expect(statement!.lines[1]!.title).toBe('AAAAAA AA AAAAAAAA');
    expect(statement!.lines[1]!.counterparty).toEqual({
      name: 'AAAAA AAAAAAAAA',
      address: 'UL.AAAAAAA AAAAAAAAAAAAA 22 31-000 AAAAAA',
      account: '00000000000000000000000000',
      bankCode: null,
    });
    expect(statement!.closingBalance).toEqual({ date: '2017-02-01', amountMinor: 86017, currency: 'PLN', intermediate: false });
  });

  it('reads the mBank MT940 and its MT942 interim report', () => {
    const [statement] = fixture('wolph_mBank_mt940.sta').statements;
    expect(statement!.lines.map((l) => l.bankReference)).toEqual(['MB170119012058', 'MB170119012085', 'MB170119012121']);
    expect(summary(statement!.lines[2]!)).toEqual({
      bookingDate: '2017-01-19',
      valueDate: '2017-01-19',
      amountMinor: 1,
      currency: 'PLN',
      direction: 'credit',
      name: 'JAN NOWAK',
      title: 'PRZELEW SRODKOW',
    });
    expect(statement!.closingAvailableBalance?.amountMinor).toBe(43);

    const [report] = fixture('wolph_mBank_mt942.sta').statements;
    expect(report!.format).toBe('mt942');
    expect(report!.currency).toBe('PLN');
    expect(report!.createdAt).toBe('2017-01-19T18:15+01:00');
    expect(report!.debitTotals).toEqual({ count: 0, currency: 'PLN', amountMinor: 0 });
    expect(report!.creditTotals).toEqual({ count: 3, currency: 'PLN', amountMinor: 3 });
    expect(report!.lines).toHaveLength(3);
    expect(report!.openingBalance).toBeNull();
  });

  it('reads the German ?NN sub-fields of the Sparkasse sample', () => {
    const { statements, encoding } = fixture('jejik_sparkasse.txt');
    expect(encoding).toBe('utf-8');
    expect(statements).toHaveLength(2);
    expect(statements[0]!.account).toEqual({ iban: null, number: '87052000/123456789' });
    const card = statements[0]!.lines[0]!;
    expect(summary(card)).toEqual({
      bookingDate: '2019-02-18',
      valueDate: '2019-02-18',
      amountMinor: 2000,
      currency: 'EUR',
      direction: 'debit',
      name: 'ARAL AG',
      title: '2019-02-15T20.10 Debitk.4 2019-12',
    });
    expect(card.counterparty.account).toBe('DE95430800830802029200');
    expect(card.counterparty.bankCode).toBe('DRESDEFF430');
    expect(card.transactionCode).toBe('106');
    expect(card.raw).toContain('Straße');
    const transfer = statements[1]!.lines[0]!;
    expect(transfer.counterparty.name).toBe('Max Mustermann');
    expect(transfer.title).toBe('Apple Pay DATUM 19.02.2019, 13.24 UHR1.TAN 002153');
    expect(statements[1]!.closingBalance?.amountMinor).toBe(15457);
  });

  it('reads the SEPA keys (EREF+, SVWZ+) in the betterplace sample and its debit balances', () => {
    const { statements } = fixture('wolph_betterplace_sepa_snippet.sta');
    expect(statements.map((s) => s.lines.length)).toEqual([4, 7]);
    const first = statements[0]!.lines[0]!;
    expect(summary(first)).toEqual({
      bookingDate: '2007-09-04',
      valueDate: '2007-09-07',
      amountMinor: 5_099_005,
      currency: 'EUR',
      direction: 'credit',
      name: 'KARL KAUFMANN',
      title: 'Verw CTSc-01 BC-PPP TFNr 22 004',
    });
    expect(first.endToEndId).toBe('EndToEndId TFNR 22 004 00001');
    expect(statements[0]!.lines[1]!.title).toBe('Strukturierter Verwendungszweck 30030004 DE');
    expect(statements[0]!.closingBalance?.amountMinor).toBe(112_525_040);
    expect(statements[1]!.openingBalance?.amountMinor).toBe(-197_043_187);
    // "15000," has no decimals written.
    expect(statements[1]!.lines[2]!.amountMinor).toBe(1_500_000);
    const last = statements[1]!.lines[6]!;
    expect(summary(last)).toEqual({
      bookingDate: '2007-09-04',
      valueDate: '2007-09-04',
      amountMinor: 357_256_903,
      currency: 'EUR',
      direction: 'debit',
      name: null,
      title: '0904059001',
    });
  });

  it('reads the cmxl samples: old :28:, DEM, no booking date, a Polish ?NN layout', () => {
    const { statements } = fixture('wolph_cmxl_mt940.sta');
    expect(statements.map((s) => [s.statementId, s.currency, s.lines.length])).toEqual([
      ['131110', 'DEM', 11],
      ['1234567', 'EUR', 2],
      ['TELEWIZORY S.A.', 'PLN', 3],
    ]);
    expect(statements[0]!.sequence).toBe('27/01');
    expect(summary(statements[0]!.lines[0]!)).toEqual({
      bookingDate: '2013-10-17',
      valueDate: '2013-10-17',
      amountMinor: 680_000,
      currency: 'DEM',
      direction: 'debit',
      name: null,
      title: '999PN5477SCHECK-NR. 0000016703074',
    });
    expect(statements[1]!.lines[1]!.title).toBe('Gehalt Oktob er Firma Mustermann GmbH');
    expect(statements[1]!.lines[1]!.counterparty.name).toBe('MUELLER');
    const polish = statements[2]!.lines[0]!;
    expect(polish.counterparty.account).toBe('PL08106000760000777777777777');
    expect(polish.title).toContain('FAKTURA 333/ 2003.');
    expect(summary(statements[2]!.lines[2]!)).toEqual({
      bookingDate: '2003-10-20',
      valueDate: '2003-10-20',
      amountMinor: 4000,
      currency: 'PLN',
      direction: 'credit',
      name: null,
      title: 'Odsetki od lokaty nr 101000022086',
    });
  });

  it('reads ABN AMRO and ING with their own header lines, free text, :60M: and a statement remark', () => {
    const abn = fixture('wolph_jejik_abnamro.sta').statements;
    expect(abn.map((s) => s.lines.length)).toEqual([8, 2]);
    expect(abn[0]!.lines[0]!.title).toBe(
      'GIRO 428428 KPN - DIGITENNE BETALINGSKENM. 0000000421886595314606715 BETREFT FACTUUR D.D. 20-05-2011 INCL. 1,44 BTW',
    );
    expect(abn[0]!.lines[0]!.transactionCode).toBe('N192');
    expect(abn[1]!.openingBalance?.intermediate).toBe(true);
    expect(abn[1]!.lines[1]!.amountMinor).toBe(1500);

    const [ing] = fixture('wolph_jejik_ing.sta').statements;
    expect(ing!.lines).toHaveLength(7);
    expect(ing!.lines[0]!.title).toBe(
      'RC AFREKENING BETALINGSVERKEER BETREFT REKENING 4715589 PERIODE: 01-10-2010 / 31-12-2010 ING Bank N.V. tarifering ING',
    );
    expect(summary(ing!.lines[6]!)).toEqual({
      bookingDate: '2010-07-23',
      valueDate: '2010-07-23',
      amountMinor: 100,
      currency: 'EUR',
      direction: 'credit',
      name: null,
      title: '0111111111 Hr S Marechal ROSMALEN Hr S Marechal ROSMALEN Betaling transactiedatum: 22-07-2010',
    });
    expect(ing!.information).toBe('D000004C000002D25,24C28,71');
  });
});

const header = ':20:REF1\n:25:PL61109010140000071219812874\n:28C:1/1\n:60F:C260401PLN100,00\n';

describe('MT940 layouts of :86:', () => {
  const oneLine = (details: string, line = ':61:2604010401CN1234,56NTRFNONREF//BANK1\n') =>
    readMt940(`${header}${line}:86:${details}\n:62F:C260401PLN1334,56\n-`)[0]!.lines[0]!;

  it('reads Polish ~NN sub-fields: title ~20–~25, name ~32–~33, account ~38, address ~62–~63', () => {
    const line = oneLine(
      '020~00VE02PRZELEW~20FV/2026/04/17 zapłata~21 za kwiecień~3010901014~310000071219812874~32FIRMA KRZAK SPÓŁKA Z OGRANI~33CZONĄ ODPOWIEDZIALNOŚCIĄ~38PL61109010140000071219812874~62ul. Leśna 5~6300-950 Warszawa',
    );
    expect(line.title).toBe('FV/2026/04/17 zapłata za kwiecień');
    expect(line.counterparty).toEqual({
      name: 'FIRMA KRZAK SPÓŁKA Z OGRANICZONĄ ODPOWIEDZIALNOŚCIĄ',
      account: 'PL61109010140000071219812874',
      bankCode: '10901014',
      address: 'ul. Leśna 5 00-950 Warszawa',
    });
    expect(line.transactionCode).toBe('020');
  });

  it('reads the same sub-fields behind < and ^', () => {
    for (const separator of ['<', '^']) {
      const line = oneLine(`020${separator}00PRZELEW${separator}20FV 12/2026${separator}32ACME SA${separator}3812345678901234567890123456`);
      expect(line.title).toBe('FV 12/2026');
      expect(line.counterparty.name).toBe('ACME SA');
      expect(line.counterparty.account).toBe('12345678901234567890123456');
    }
  });

  it('keeps the split-payment /VAT/…/INV/ title whole and finds an RF reference in a title', () => {
    const split = oneLine('020~00MPP~20/VAT/10,00/IDC/5252248481/INV/~21FV/2026/04/17/TXT/zaplata');
    expect(split.title).toBe('/VAT/10,00/IDC/5252248481/INV/FV/2026/04/17/TXT/zaplata');
    const rf = oneLine('020~00PRZELEW~20Zaplata RF18 5390 0754 7034~21dziekujemy');
    expect(rf.creditorReference).toBe('RF18539007547034');
    const wrongCheck = oneLine('020~00PRZELEW~20Zaplata RF19 5390 0754 7034');
    expect(wrongCheck.creditorReference).toBeNull();
  });

  it('reads the slash-keyed ABN AMRO and ING layouts', () => {
    const abn = oneLine(
      '/TRTP/SEPA OVERBOEKING/IBAN/NL44RABO0123456789/BIC/RABONL2U/NAME/J JANSEN/REMI/FACTUUR 2026/17/EREF/E2E-1',
    );
    expect(abn.title).toBe('FACTUUR 2026/17');
    expect(abn.counterparty).toEqual({ name: 'J JANSEN', account: 'NL44RABO0123456789', bankCode: 'RABONL2U', address: null });
    expect(abn.endToEndId).toBe('E2E-1');
    expect(abn.transactionCode).toBe('SEPA OVERBOEKING');
    const ing = oneLine('/EREF/NOTPROVIDED//CNTP/NL44RABO0123456789/RABONL2U/ACME BV/AMSTERDAM/\n/REMI/STRD/CUR/RF18539007547034/');
    expect(ing.counterparty.name).toBe('ACME BV');
    expect(ing.counterparty.address).toBe('AMSTERDAM');
    expect(ing.endToEndId).toBeNull();
    expect(ing.creditorReference).toBe('RF18539007547034');
  });

  it('reads SOH/ETX and {1:}{4: envelopes, CRLF, reversals and a booking date across New Year', () => {
    const text =
      '{1:F01BANKPLPWAXXX0000000000}{2:O9401200260102BANKPLPWAXXX00000000002601021200N}{4:\r\n' +
      ':20:REF2\r\n:25:PL61109010140000071219812874\r\n:28C:2/1\r\n:60F:C251231PLN10,00\r\n' +
      ':61:2512310102RD5,00NTRFNONREF\r\n:86:zwrot\r\n:62F:C260102PLN15,00\r\n-}{5:{CHK:123}}\r\n' +
      '\x01\r\n:20:REF3\r\n:25:PL61109010140000071219812874\r\n:60F:C260102PLN15,00\r\n:62F:C260102PLN15,00\r\n-\x03';
    const statements = readMt940(text);
    expect(statements.map((s) => s.statementId)).toEqual(['REF2', 'REF3']);
    const line = statements[0]!.lines[0]!;
    expect([line.valueDate, line.bookingDate, line.direction, line.reversal, line.amountMinor]).toEqual([
      '2025-12-31',
      '2026-01-02',
      'credit',
      true,
      500,
    ]);
    expect(line.sourceLine).toBe(6);
  });
});

describe('damaged MT940', () => {
  it('names the line of a date that does not exist', () => {
    const error = formatError(() => readMt940(`${header}:61:2602300230CN1,00NTRFNONREF\n:62F:C260401PLN101,00\n-`));
    expect(error.line).toBe(5);
    expect(error.message).toContain('value date "260230" is not a date');
  });

  it('names the line of a balance without a currency', () => {
    const error = formatError(() => readMt940(':20:REF1\n:25:PL61109010140000071219812874\n:60F:C2604011000,00\n:62F:C260401PLN1000,00\n-'));
    expect(error.line).toBe(3);
    expect(error.message).toContain('the amount has no currency');
  });

  it('names the line of a tag without its closing colon', () => {
    const error = formatError(() => readMt940(`${header}:61 2604010401CN1,00NTRFNONREF\n:62F:C260401PLN101,00\n-`));
    expect(error.line).toBe(5);
    expect(error.message).toContain('tag :61 is not closed');
  });

  it('refuses a file cut off before the closing balance and a {4: block never closed', () => {
    const cut = formatError(() => readMt940(`${header}:61:2604010401CN1,00NTRFNONREF\n:86:FV 1/2026`));
    expect(cut.message).toContain('cut off');
    expect(cut.line).toBe(6);
    const envelope = formatError(() => readMt940(`{1:F01X}{4:\n${header}:62F:C260401PLN100,00\n`));
    expect(envelope.line).toBe(1);
    expect(envelope.message).toContain('never closed');
  });

  it('names the line of an amount with more decimals than the currency has, or no digits', () => {
    const decimals = formatError(() => readMt940(`${header}:61:2604010401CN1,005NTRFNONREF\n:62F:C260401PLN101,00\n-`));
    expect(decimals.line).toBe(5);
    expect(decimals.message).toContain('more decimals than PLN');
    const garbled = formatError(() => readMt940(`${header}:61:260401CNXX,00NTRF\n:62F:C260401PLN101,00\n-`));
    expect(garbled.line).toBe(5);
  });

  it('refuses text that holds no statement, naming the file', () => {
    const error = formatError(() => readBankStatement(new TextEncoder().encode('Numer;Kwota\nFV 1;100,00\n'), 'wyciag.csv'));
    expect(error.message).toContain('wyciag.csv is not a bank statement');
  });
});
