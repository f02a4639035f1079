import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BankStatementFile } from './bank-statement';
import { readCamt053 } from './camt053';
import { readBankStatement } from './read-bank-statement';
import { formatError } from '../../../test/format-error';

const fixturePath = (name: string) => new URL(`../../../test/fixtures/bank/${name}`, import.meta.url);
const fixture = (name: string): BankStatementFile => readBankStatement(readFileSync(fixturePath(name)), name);

describe('camt.053 fixtures', () => {
  it('reads the minimal .02 statement: balances in their own currencies, a structured non-RF reference', () => {
    const { statements, encoding } = fixture('genkgo_camt053.v2.minimal.xml');
    expect(encoding).toBe('utf-8');
    expect(statements).toHaveLength(1);
    const statement = statements[0]!;
    expect([statement.format, statement.formatVersion, statement.statementId, statement.sequence]).toEqual([
      'camt.053',
      '02',
      '253EURNL26VAYB8060476890',
      '12312',
    ]);
    expect(statement.account).toEqual({ iban: 'NL26VAYB8060476890', number: 'NL26VAYB8060476890' });
    expect(statement.currency).toBe('EUR');
    expect(statement.openingBalance).toEqual({ date: '2014-12-30', amountMinor: 1815, currency: 'EUR', intermediate: false });
    expect(statement.closingBalance).toEqual({ date: '2014-12-31', amountMinor: -2700, currency: 'SEK', intermediate: false });
    expect(statement.closingAvailableBalance).toEqual({ date: '2014-12-31', amountMinor: -2700, currency: 'JPY', intermediate: false });
    expect(statement.information).toBe('Additional Information');
    expect(statement.lines).toHaveLength(1);
    const line = statement.lines[0]!;
    expect(line).toMatchObject({
      bookingDate: '2014-12-31',
      valueDate: '2015-01-02',
      amountMinor: 885,
      currency: 'EUR',
      direction: 'credit',
      status: 'booked',
      title: '',
      creditorReference: null,
      structuredReference: '4654654654654654',
      transactionCode: '544',
      counterparty: { name: 'NAME NAME', account: 'NL56AGDH9619008421', bankCode: null, address: 'ADDR ADDR 10, 2000 ANTWERPEN' },
    });
    expect(line.raw.startsWith('<Ntry>')).toBe(true);
    expect(line.raw.endsWith('</Ntry>')).toBe(true);
    expect(line.sourceLine).toBe(90);
  });

  it('reads both statements of the multi-statement file, a credit and a debit', () => {
    const { statements } = fixture('genkgo_camt053.v2.multi.statement.xml');
    expect(statements.map((s) => s.statementId)).toEqual(['253EURNL26VAYB8060476890', '254EURNL26VAYB8060476890']);
    expect(statements[0]!.lines[0]).toMatchObject({
      amountMinor: 885,
      direction: 'credit',
      title: 'Transaction Description 1',
      endToEndId: '000000001',
      bookingDate: '2014-12-31',
    });
    // A debit names the creditor it paid.
    expect(statements[1]!.lines[0]).toMatchObject({
      amountMinor: 700,
      direction: 'debit',
      title: 'Transaction Description 2',
      endToEndId: '000000002',
      valueDate: '2015-01-02',
      counterparty: { name: 'Company Name 2', account: 'NL56AGDH9619008421', address: 'FR' },
    });
    expect(statements[1]!.closingBalance?.amountMinor).toBe(2000);
  });

  it('reads three-decimal amounts exactly when the third decimal is zero', () => {
    const [statement] = fixture('genkgo_camt053.v2.five.decimals.xml').statements;
    expect(statement!.openingBalance?.amountMinor).toBe(1815);
    expect(statement!.closingBalance?.amountMinor).toBe(2705);
    expect(statement!.lines[0]).toMatchObject({ amountMinor: 885, title: 'Transaction Description', endToEndId: '000000001' });
  });

  it('reads .04 and .08: Sts as code, DtTm, family codes, parties under Pty, the entry amount over a zero TxDtls amount', () => {
    const v4 = fixture('genkgo_camt053.v4.xml').statements[0]!;
    expect(v4.formatVersion).toBe('04');
    expect(v4.lines[0]).toMatchObject({ bankReference: 'AAAASESS-FP-CN_98765/01', transactionCode: 'PAYM/0001/0005' });
    const v8 = fixture('genkgo_camt053.v8.xml').statements[0]!;
    expect(v8.formatVersion).toBe('08');
    expect(v8.lines).toHaveLength(1);
    expect(v8.lines[0]).toMatchObject({
      bookingDate: '2014-12-31',
      valueDate: '2015-01-02',
      amountMinor: 885,
      currency: 'EUR',
      direction: 'credit',
      status: 'booked',
      endToEndId: 'MUELL/FINP/RA12345',
      transactionCode: 'PMNT/RCDT/BOOK',
      counterparty: { name: 'NAME NAME', account: 'NL56AGDH9619008421' },
    });
  });

  it('refuses the deliberately wrong file: a header without a statement', () => {
    const error = formatError(() => fixture('genkgo_camt053.v2.wrong.xml'));
    expect(error.message).toContain('Document/BkToCstmrStmt holds no Stmt');
    expect(error.line).toBe(3);
  });
});

const document = (entries: string, prefix = 'c') => `<?xml version="1.0" encoding="UTF-8"?>
<${prefix}:Document xmlns:${prefix}="urn:iso:std:iso:20022:tech:xsd:camt.053.001.05">
 <${prefix}:BkToCstmrStmt>
  <${prefix}:GrpHdr><${prefix}:MsgId>M1</${prefix}:MsgId></${prefix}:GrpHdr>
  <${prefix}:Stmt>
   <${prefix}:Id>S1</${prefix}:Id>
   <${prefix}:Acct><${prefix}:Id><${prefix}:IBAN>PL61109010140000071219812874</${prefix}:IBAN></${prefix}:Id><${prefix}:Ccy>PLN</${prefix}:Ccy></${prefix}:Acct>
   ${entries.replaceAll('<', `<${prefix}:`).replaceAll(`<${prefix}:/`, `</${prefix}:`)}
  </${prefix}:Stmt>
 </${prefix}:BkToCstmrStmt>
</${prefix}:Document>`;

const batch = `<Ntry>
  <Amt Ccy="PLN">300.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>PDNG</Cd></Sts>
  <BookgDt><DtTm>2026-04-01T23:30:00+02:00</DtTm></BookgDt><ValDt><Dt>2026-04-02</Dt></ValDt>
  <AcctSvcrRef>BANK-9</AcctSvcrRef>
  <NtryDtls>
   <TxDtls>
    <Refs><EndToEndId>E2E-1</EndToEndId></Refs>
    <Amt Ccy="PLN">100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>
    <RltdPties><Dbtr><Nm>Firma &amp; Syn Sp. z o.o.</Nm><PstlAdr><StrtNm>Leśna</StrtNm><BldgNb>5</BldgNb><PstCd>00-950</PstCd><TwnNm>Warszawa</TwnNm></PstlAdr></Dbtr>
     <DbtrAcct><Id><IBAN>PL61 1090 1014 0000 0712 1981 2874</IBAN></Id></DbtrAcct></RltdPties>
    <RltdAgts><DbtrAgt><FinInstnId><BICFI>WBKPPLPP</BICFI></FinInstnId></DbtrAgt></RltdAgts>
    <RmtInf><Strd><CdtrRefInf><Ref>RF18539007547034</Ref></CdtrRefInf></Strd></RmtInf>
   </TxDtls>
   <TxDtls>
    <Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
    <AmtDtls><TxAmt><Amt Ccy="PLN">200.00</Amt></TxAmt></AmtDtls>
    <RltdPties><Dbtr><Nm>Drugi Płatnik</Nm></Dbtr></RltdPties>
    <RmtInf><Ustrd>/VAT/10,00/IDC/5252248481/INV/FV/2026/04/17/TX</Ustrd><Ustrd>T/zapłata</Ustrd></RmtInf>
   </TxDtls>
  </NtryDtls>
 </Ntry>`;

describe('camt.053 details', () => {
  it('reads a prefixed namespace and makes one line per transaction of a batch entry', () => {
    const [statement] = readCamt053(document(batch));
    expect(statement!.formatVersion).toBe('05');
    expect(statement!.lines).toHaveLength(2);
    const [first, second] = statement!.lines;
    expect(first).toMatchObject({
      bookingDate: '2026-04-01',
      valueDate: '2026-04-02',
      amountMinor: 10000,
      direction: 'credit',
      status: 'pending',
      bankReference: 'BANK-9',
      creditorReference: 'RF18539007547034',
      structuredReference: null,
      endToEndId: 'E2E-1',
      counterparty: {
        name: 'Firma & Syn Sp. z o.o.',
        account: 'PL61109010140000071219812874',
        bankCode: 'WBKPPLPP',
        address: 'Leśna 5, 00-950 Warszawa',
      },
    });
    expect(second).toMatchObject({
      amountMinor: 20000,
      endToEndId: null,
      title: '/VAT/10,00/IDC/5252248481/INV/FV/2026/04/17/TXT/zapłata',
      counterparty: { name: 'Drugi Płatnik', account: null },
    });
    expect(first!.raw).toBe(second!.raw);
  });

  it('reads the same document with a default namespace through the file entry point', () => {
    const text = document(batch, 'x').replaceAll('x:', '').replace('xmlns:x=', 'xmlns=');
    const file = readBankStatement(new TextEncoder().encode(text), 'wyciag.xml');
    expect(file.statements[0]!.lines.map((l) => l.amountMinor)).toEqual([10000, 20000]);
  });

  const simpleEntry = (amount: string, date = '2026-04-01') =>
    `<Ntry>${amount}<CdtDbtInd>DBIT</CdtDbtInd><BookgDt><Dt>${date}</Dt></BookgDt></Ntry>`;

  it('names the element path of a bad date, an amount without currency or with too many decimals', () => {
    const date = formatError(() => readCamt053(document(simpleEntry('<Amt Ccy="PLN">1.00</Amt>', '2026-02-30'))));
    expect(date.message).toBe('Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/BookgDt: "2026-02-30" is not a date (YYYY-MM-DD)');
    expect(date.line).toBe(8);
    const currency = formatError(() => readCamt053(document(simpleEntry('<Amt>1.00</Amt>'))));
    expect(currency.message).toBe('Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/Amt: the amount has no currency (attribute Ccy)');
    const decimals = formatError(() => readCamt053(document(simpleEntry('<Amt Ccy="EUR">8.85001</Amt>'))));
    expect(decimals.message).toContain('Stmt[1]/Ntry[1]/Amt: "8.85001" has more decimals than EUR has (2)');
  });

  it('names the open elements of a truncated file', () => {
    const full = document(simpleEntry('<Amt Ccy="PLN">1.00</Amt>'), 'c');
    const cut = full.slice(0, full.indexOf('<c:BookgDt>') + 11);
    const error = formatError(() => readCamt053(cut));
    expect(error.message).toBe('Document/BkToCstmrStmt/Stmt/Ntry/BookgDt: the file ends before this element is closed: it is cut off');
    expect(error.line).toBe(8);
    const insideTag = formatError(() => readCamt053(full.slice(0, full.indexOf('<c:BookgDt>') + 15)));
    expect(insideTag.message).toBe('Document/BkToCstmrStmt/Stmt/Ntry/BookgDt: the file ends inside the start tag <c:D>: it is cut off');
    const mismatched = formatError(() => readCamt053(full.replace('</c:Ntry>', '</c:Entry>')));
    expect(mismatched.message).toContain('Document/BkToCstmrStmt/Stmt/Ntry: end tag </c:Entry> where </c:Ntry> was expected');
  });

  it('refuses other camt messages, other XML and a DOCTYPE', () => {
    const camt054 = document('').replace('camt.053.001.05', 'camt.054.001.02');
    expect(formatError(() => readCamt053(camt054)).message).toContain('camt.054 message, not a camt.053 statement');
    expect(formatError(() => readCamt053('<Invoice xmlns="urn:oasis"/>')).message).toContain('not a camt.053 statement');
    const doctype = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><Document/>';
    expect(formatError(() => readCamt053(doctype)).message).toContain('DOCTYPE');
  });
});
