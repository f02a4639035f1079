// Importing bank statements: every sample file, and a synthetic mBank statement against
// a ledger of our own — a payment quoting the invoice's RF is allocated and stops its
// reminder, a title with a mistyped number waits for review, a second import creates
// nothing, a damaged file writes nothing, and a person matches the waiting line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { createCustomer } from '../../src/app/create-customer';
import { importStatement } from '../../src/app/import-statement';
import { matchStatementLine } from '../../src/app/match-statement-line';
import { recordPromise } from '../../src/app/record-promise';
import { undoAllocation } from '../../src/app/undo-allocation';
import { invoicePaymentReference } from '../../src/domain/creditor-reference';
import { listStatementLines } from '../../src/store/bank-statements';
import { queryRows, sql, type Db } from '../../src/store/database';
import { describeEachDatabase } from '../databases';
import { expectOk, makeInvoice } from '../ledger-fixtures';
import { newOrganization } from './import-helpers';

const fixtures = fileURLToPath(new URL('../fixtures/bank/', import.meta.url));
const sampleFiles = readdirSync(fixtures).filter((name) => name !== 'README.md').sort();
const now = new Date('2026-03-21T10:00:00Z');
const actor = { userId: null, via: 'system' as const };

const count = async (db: Db, table: string, orgId: string) =>
  (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.raw(table)} where org_id = ${orgId}::uuid`))[0]!.n;

type Ledger = { orgId: string; paidId: string; typoId: string; otherId: string; customerId: string };

async function makeLedger(db: Db): Promise<Ledger> {
  const orgId = await newOrganization(db);
  const customerId = expectOk(await createCustomer(db, orgId, { name: 'Acme Handel sp. z o.o.', country: 'PL', taxId: '5260250274' })).id;
  const paidId = await makeInvoice(db, orgId, customerId, { grossTotalMinor: 123_000, number: 'FV/2026/03/0101', dueDate: '2026-03-10' });
  const typoId = await makeInvoice(db, orgId, customerId, { grossTotalMinor: 48_730, number: 'FV/2026/03/0147', dueDate: '2026-03-12' });
  const otherId = await makeInvoice(db, orgId, customerId, { grossTotalMinor: 77_700, number: 'FV/2026/03/0188', dueDate: '2026-03-15' });
  // Two reminders waiting in the outbox: one about the invoice the statement pays, one about another.
  for (const [key, invoiceId] of [['first', paidId], ['second', otherId]] as const) {
    await db.execute(sql`insert into follow_up_actions (org_id, key, customer_id, kind, channel, planned_for, status, procedure_key, procedure_version, action)
      values (${orgId}::uuid, ${key}, ${customerId}::uuid, 'sendMessage', 'email', '2026-03-23', 'pending', 'standard', 1,
              ${JSON.stringify({ steps: [['reminder-1', [invoiceId]]] })}::json)`);
  }
  return { orgId, paidId, typoId, otherId, customerId };
}

/** An mBank-like MT940: the RF payment, a title with a mistyped number, and a debit. */
function mbankStatement(paidId: string): Buffer {
  const text = [
    ':20:MT940/2026/03/20',
    ':25:PL61109010140000071219812874',
    ':28C:57/1',
    ':60F:C260319PLN1000,00',
    ':61:2603200320CN1230,00NTRFNONREF//MB260320000101',
    '020 PRZELEW ZEWNETRZNY PRZYCHODZACY',
    ':86:020 PRZELEW ZEWNETRZNY PRZYCHODZACY; Z RACH.: ',
    '49102055581111123412341234; OD: ACME HANDEL SP Z O O  ',
    'UL. DLUGA 1 00-001 WARSZAWA; TYT.: ' + invoicePaymentReference(paidId) + ' ZAPLATA ; ',
    'TNR: 179171073864111.010001',
    ':61:2603200320CN487,30NTRFNONREF//MB260320000102',
    '020 PRZELEW ZEWNETRZNY PRZYCHODZACY',
    ':86:020 PRZELEW ZEWNETRZNY PRZYCHODZACY; Z RACH.: ',
    '49102055581111123412341234; OD: ACME HANDEL SP Z O O  ',
    'UL. DLUGA 1 00-001 WARSZAWA; TYT.: ZAPLATA ZA FAKTURE FV/2026/03/0174 ; ',
    'TNR: 179171073864111.010002',
    ':61:2603200320DN100,00NTRFNONREF//MB260320000103',
    '076 PRZELEW WYCHODZACY',
    ':86:076 PRZELEW WYCHODZACY; NA RACH.: 49102055581111123412341299; DLA: ',
    'DOSTAWCA SA; TYT.: OPLATA ; TNR: 179171073864111.010003',
    ':62F:C260320PLN2617,30',
    '-',
    '',
  ].join('\r\n');
  return Buffer.from(text, 'utf8');
}

describeEachDatabase('import of bank statements', (database) => {
  it('imports every sample file; with no invoices every credit stays unmatched', async () => {
    const { db } = database();
    expect(sampleFiles.length).toBeGreaterThan(10);
    for (const name of sampleFiles) {
      const orgId = await newOrganization(db);
      const report = await importStatement(db, { orgId, fileName: name, content: readFileSync(join(fixtures, name)), now });
      if (name === 'genkgo_camt053.v2.wrong.xml') {
        expect(report.committed, name).toBe(false);
        expect(report.errors[0]!.message, name).toMatch(/statement/i);
        expect(await count(db, 'bank_statements', orgId)).toBe(0);
        continue;
      }
      expect(report.errors, name).toEqual([]);
      expect(report.committed, name).toBe(true);
      expect(report.linesRead, name).toBeGreaterThan(0);
      expect(report.credits + report.debits, name).toBe(report.linesRead);
      expect(report.matchedAutomatically + report.queuedForReview, name).toBe(0);
      expect(report.unmatched, name).toBe(report.credits);
      expect(await count(db, 'bank_statement_lines', orgId), name).toBe(report.linesRead);
      expect(await count(db, 'payments', orgId), name).toBe(0);
    }
  });

  it('allocates the RF payment, stops its reminder, queues the mistyped number, and imports once', async () => {
    const { db } = database();
    const ledger = await makeLedger(db);
    const content = mbankStatement(ledger.paidId);

    const dry = await importStatement(db, { orgId: ledger.orgId, fileName: 'mbank.sta', content, now, dryRun: true });
    expect(dry).toMatchObject({ committed: false, linesRead: 3, matchedAutomatically: 1, queuedForReview: 1 });
    expect(await count(db, 'bank_statement_lines', ledger.orgId)).toBe(0);
    expect(await count(db, 'payments', ledger.orgId)).toBe(0);

    const report = await importStatement(db, { orgId: ledger.orgId, fileName: 'mbank.sta', content, now });
    expect(report).toMatchObject({
      committed: true,
      statements: 1,
      linesRead: 3,
      credits: 2,
      debits: 1,
      matchedAutomatically: 1,
      queuedForReview: 1,
      unmatched: 0,
      alreadyImported: 0,
      paymentsCreated: 1,
      outboxActionsCancelled: 1,
      errors: [],
    });
    const invoices = await queryRows<{ id: string; status: string; open: number }>(
      db,
      sql`select id, status, open_amount_minor::int as open from invoices where org_id = ${ledger.orgId}::uuid`,
    );
    expect(invoices.find((i) => i.id === ledger.paidId)).toMatchObject({ status: 'paid', open: 0 });
    expect(invoices.find((i) => i.id === ledger.typoId)).toMatchObject({ status: 'open', open: 48_730 });
    const outbox = await queryRows<{ key: string; status: string; held_reason: string | null }>(
      db,
      sql`select key, status, held_reason from follow_up_actions where org_id = ${ledger.orgId}::uuid order by key`,
    );
    expect(outbox).toEqual([
      { key: 'first', status: 'cancelled', held_reason: 'settled' },
      { key: 'second', status: 'pending', held_reason: null },
    ]);
    const [payment] = await queryRows<{ source: string; customer_id: string; payer_account: string; unallocated: number }>(
      db,
      sql`select source, customer_id, payer_account, unallocated_minor::int as unallocated from payments where org_id = ${ledger.orgId}::uuid`,
    );
    expect(payment).toMatchObject({ source: 'statement', customer_id: ledger.customerId, unallocated: 0 });
    expect(await count(db, 'activities', ledger.orgId)).toBeGreaterThan(0);

    const again = await importStatement(db, { orgId: ledger.orgId, fileName: 'mbank-copy.sta', content, now });
    expect(again).toMatchObject({ committed: true, linesRead: 3, alreadyImported: 3, matchedAutomatically: 0, queuedForReview: 0, paymentsCreated: 0 });
    expect(await count(db, 'bank_statement_lines', ledger.orgId)).toBe(3);
    expect(await count(db, 'payments', ledger.orgId)).toBe(1);

    const queue = await listStatementLines(db, ledger.orgId, { status: 'review', limit: 10 });
    expect(queue).toHaveLength(1);
    const waiting = queue[0]!;
    expect(waiting.title).toContain('FV/2026/03/0174');
    const decision = waiting.proposals as { kind: string; suggestions: { allocations: { invoiceId: string }[] }[] };
    expect(decision.kind).toBe('review');
    expect(decision.suggestions[0]!.allocations[0]!.invoiceId).toBe(ledger.typoId);

    const tooMuch = await matchStatementLine(db, ledger.orgId, waiting.id, { allocations: [{ invoiceId: ledger.typoId, amountMinor: 48_731 }] }, actor);
    expect(tooMuch).toMatchObject({ ok: false, code: 'invalid_input', issues: [{ field: 'allocations' }] });
    const split = expectOk(
      await matchStatementLine(
        db,
        ledger.orgId,
        waiting.id,
        { allocations: [{ invoiceId: ledger.typoId, amountMinor: 40_000 }, { invoiceId: ledger.otherId, amountMinor: 8_730 }] },
        actor,
        '2026-03-21',
      ),
    );
    expect(split.allocationIds).toHaveLength(2);
    expect(await listStatementLines(db, ledger.orgId, { status: 'review', limit: 10 })).toEqual([]);
    const again2 = await matchStatementLine(db, ledger.orgId, waiting.id, { allocations: [{ invoiceId: ledger.typoId, amountMinor: 1 }] }, actor);
    expect(again2).toMatchObject({ ok: false, code: 'conflict' });
    const open = async (id: string) =>
      (await queryRows<{ open: number }>(db, sql`select open_amount_minor::int as open from invoices where id = ${id}::uuid`))[0]!.open;
    expect(await open(ledger.typoId)).toBe(8_730);
    expect(await open(ledger.otherId)).toBe(77_700 - 8_730);
    // A split allocated by mistake is undone like any other allocation.
    expectOk(await undoAllocation(db, ledger.orgId, split.allocationIds[1]!, actor));
    expect(await open(ledger.otherId)).toBe(77_700);
  });

  it('keeps the promise the payment fulfils and writes the payment to the customer timeline', async () => {
    // Promised on the 18th to pay by the 24th; paid on the 20th, the statement imported on the 21st.
    const { db } = database();
    const ledger = await makeLedger(db);
    const promise = expectOk(
      await recordPromise(
        db,
        ledger.orgId,
        { customerId: ledger.customerId, invoiceIds: [ledger.paidId], promisedDate: '2026-03-24', amountMinor: 123_000, currency: 'PLN' },
        actor,
        '2026-03-18',
        new Date('2026-03-18T10:00:00Z'),
      ),
    );
    await importStatement(db, { orgId: ledger.orgId, fileName: 'mbank.sta', content: mbankStatement(ledger.paidId), now });
    const [kept] = await queryRows<{ status: string }>(db, sql`select status from promises_to_pay where id = ${promise.id}::uuid`);
    expect(kept!.status).toBe('kept');
    const timeline = await queryRows<{ summary: string }>(
      db,
      sql`select summary from activities where org_id = ${ledger.orgId}::uuid and customer_id = ${ledger.customerId}::uuid and type = 'payment'`,
    );
    expect(timeline).toEqual([{ summary: 'Payment of 1230.00 PLN from 2026-03-20 allocated to invoice FV/2026/03/0101' }]);
  });

  it('writes nothing from a damaged file and names the line', async () => {
    const { db } = database();
    const ledger = await makeLedger(db);
    const broken = mbankStatement(ledger.paidId).toString('utf8').replace('CN487,30NTRF', 'CNabc,30NTRF');
    const report = await importStatement(db, { orgId: ledger.orgId, fileName: 'broken.sta', content: Buffer.from(broken), now });
    expect(report.committed).toBe(false);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ file: 'broken.sta', line: 11 });
    expect(await count(db, 'bank_statement_lines', ledger.orgId)).toBe(0);
    expect(await count(db, 'bank_statements', ledger.orgId)).toBe(0);
    expect(await count(db, 'payments', ledger.orgId)).toBe(0);
    expect(await count(db, 'import_runs', ledger.orgId)).toBe(0);
  });
});

// A camt.053 with one credit, pending ("PDNG") or booked ("BOOK").
const camtWith = (status: 'PDNG' | 'BOOK') => `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>MSG-1</MsgId><CreDtTm>2026-03-20T18:00:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>STMT-2026-03-20</Id>
      <CreDtTm>2026-03-20T18:00:00</CreDtTm>
      <Acct><Id><IBAN>PL61109010140000071219812874</IBAN></Id><Ccy>PLN</Ccy></Acct>
      <Ntry>
        <Amt Ccy="PLN">500.00</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts>${status}</Sts>
        <BookgDt><Dt>2026-03-20</Dt></BookgDt>
        <ValDt><Dt>2026-03-20</Dt></ValDt>
        <AcctSvcrRef>REF-500</AcctSvcrRef>
        <NtryDtls><TxDtls><RmtInf><Ustrd>Zaplata za towar</Ustrd></RmtInf></TxDtls></NtryDtls>
      </Ntry>
    </Stmt>
  </BkToCstmrStmt>
</Document>
`;

describeEachDatabase('statement entries not booked yet', (database) => {
  it('are not recorded, so the booked entry imports when it comes', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    const pending = await importStatement(db, { orgId, fileName: 'pending.xml', content: Buffer.from(camtWith('PDNG')), now });
    expect(pending).toMatchObject({ committed: true, linesRead: 1, notBooked: 1, unmatched: 0, alreadyImported: 0 });
    expect(await count(db, 'bank_statement_lines', orgId)).toBe(0);
    const booked = await importStatement(db, { orgId, fileName: 'booked.xml', content: Buffer.from(camtWith('BOOK')), now });
    expect(booked).toMatchObject({ committed: true, linesRead: 1, notBooked: 0, unmatched: 1, alreadyImported: 0 });
    expect(await count(db, 'bank_statement_lines', orgId)).toBe(1);
  });
});
