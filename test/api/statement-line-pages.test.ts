// Paging the statement lines: a large import leaves hundreds of lines waiting, and a
// person reaches every one of them a page at a time, newest first, in an order that
// never shows a line twice or leaves one out, even among lines booked the same day in
// different statements.
import { beforeAll, expect, it } from 'vitest';
import { queryRows, sql } from '../../src/store/database';
import { describeEachDatabase } from '../databases';
import { makeCustomer, makeInvoice } from '../ledger-fixtures';
import { mt940Statement, type StatementEntry } from '../statement-fixtures';
import { runSetup, startApi, type Api, type TestOrg } from './api-harness';

type Line = { id: string; bookingDate: string; status: string; suggestions: { allocations: { invoiceId: string; amountMinor: number }[] }[] };

const payer = { payerName: 'JAN NOWAK', payerAccount: '83102010260000160201234567' };
const credits = (count: number, amountMinor: number): StatementEntry[] =>
  Array.from({ length: count }, () => ({ direction: 'credit', amountMinor, title: 'PRZELEW', ...payer }));

const upload = (text: string, fileName: string) => {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'text/plain' }), fileName);
  return form;
};

describeEachDatabase('API: statement lines a page at a time', (database) => {
  let api: Api;
  let org: TestOrg;
  const page = async (offset: number, limit = 100, status = 'review'): Promise<Line[]> =>
    api.ok(org.admin, 'GET', `${org.base}/statement-lines?status=${status}&limit=${limit}&offset=${offset}`);
  const allPages = async () => [...(await page(0)), ...(await page(100)), ...(await page(200))];

  beforeAll(async () => {
    api = await startApi(database());
    org = await runSetup(api);
    const { db } = database();
    // Two open invoices of each amount paid: the matcher cannot tell which one a
    // payment is for, so every such payment waits for review.
    for (const amountMinor of [50_000, 50_000, 70_000, 70_000]) {
      await makeInvoice(db, org.id, await makeCustomer(db, org.id), { grossTotalMinor: amountMinor });
    }
    const statements = [
      // Two statements booked the same day: their lines tie on the date and on the place in the file.
      mt940Statement({ reference: 'MT940/PAGES/1', bookingDate: '2026-04-14', entries: credits(100, 50_000) }),
      mt940Statement({ reference: 'MT940/PAGES/2', bookingDate: '2026-04-14', entries: credits(60, 70_000) }),
      mt940Statement({
        reference: 'MT940/PAGES/3',
        bookingDate: '2026-04-10',
        entries: [
          ...credits(45, 50_000),
          // Debits and a payment nothing fits sit among the waiting lines but are not in their list.
          ...Array.from({ length: 5 }, (): StatementEntry => ({ direction: 'debit', amountMinor: 1_000, title: 'OPLATA', ...payer })),
          { direction: 'credit', amountMinor: 123, title: 'ZWROT', ...payer },
          ...credits(45, 50_000),
        ],
      }),
    ];
    for (const [index, text] of statements.entries()) {
      await api.ok(org.admin, 'POST', `${org.base}/imports/statement`, upload(text, `statement-${index + 1}.sta`), 200);
    }
  }, 120_000);

  it('pages through 250 waiting lines as 100, 100 and 50, newest first, each line once and always in the same order', async () => {
    expect(await api.ok(org.admin, 'GET', `${org.base}/statement-lines/counts`)).toEqual({ review: 250, unmatched: 1, matched: 0, debit: 5 });
    const pages = [await page(0), await page(100), await page(200)];
    expect(pages.map((lines) => lines.length)).toEqual([100, 100, 50]);
    expect(await page(250)).toEqual([]);

    const lines = pages.flat();
    expect(new Set(lines.map((line) => line.id)).size).toBe(250);
    expect(lines.every((line) => line.status === 'review')).toBe(true);
    expect(lines.slice(0, 160).every((line) => line.bookingDate === '2026-04-14')).toBe(true);
    expect(lines.slice(160).every((line) => line.bookingDate === '2026-04-10')).toBe(true);

    // The documented order: newest booking date, then statement by statement in the file's order, then the id.
    const stored = await queryRows<{ id: string; bookingDate: string; statementId: string; lineIndex: number }>(
      database().db,
      sql`select id, to_char(booking_date, 'YYYY-MM-DD') as "bookingDate", statement_id as "statementId", line_index as "lineIndex"
            from bank_statement_lines where org_id = ${org.id}::uuid and status = 'review'`,
    );
    const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
    stored.sort(
      (a, b) =>
        compare(b.bookingDate, a.bookingDate) || compare(a.statementId, b.statementId) || compare(a.lineIndex, b.lineIndex) || compare(a.id, b.id),
    );
    expect(lines.map((line) => line.id)).toEqual(stored.map((line) => line.id));

    // Asked again, in other page sizes or with the defaults, the same lines come in the same places.
    expect((await page(100)).map((line) => line.id)).toEqual(pages[1]!.map((line) => line.id));
    expect((await page(90, 30)).map((line) => line.id)).toEqual(lines.slice(90, 120).map((line) => line.id));
    const firstByDefault: Line[] = await api.ok(org.admin, 'GET', `${org.base}/statement-lines?status=review`);
    expect(firstByDefault.map((line) => line.id)).toEqual(pages[0]!.map((line) => line.id));
  });

  it('pages every status: all lines together, or only the debits', async () => {
    const everything: Line[] = await api.ok(org.admin, 'GET', `${org.base}/statement-lines?limit=500`);
    expect(everything).toHaveLength(256);
    const debits = await page(0, 100, 'debit');
    expect(debits.map((line) => line.status)).toEqual(Array(5).fill('debit'));
    expect(await page(5, 100, 'debit')).toEqual([]);
  });

  it('moves the lines after a matched one a place forward, so the last page shrinks', async () => {
    const before = await allPages();
    const chosen = before[150]!;
    const [suggestion] = chosen.suggestions;
    await api.ok(org.admin, 'POST', `${org.base}/statement-lines/${chosen.id}/match`, { allocations: suggestion!.allocations });

    expect((await page(200)).length).toBe(49);
    const after = await allPages();
    expect(after.map((line) => line.id)).toEqual(before.filter((line) => line.id !== chosen.id).map((line) => line.id));
  });

  it.each([
    ['offset=-1', 'query.offset'],
    ['offset=2.5', 'query.offset'],
    ['offset=next', 'query.offset'],
    ['limit=0', 'query.limit'],
    ['limit=501', 'query.limit'],
  ])('refuses %s as a 400 problem naming %s', async (query, field) => {
    const response = await api.call(org.admin, 'GET', `${org.base}/statement-lines?status=review&${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'invalid_input', issues: [{ field }] });
  });
});
