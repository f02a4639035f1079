import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/databases';
import { agingBuckets } from '../../domain/aging';
import { invoiceStatuses } from '../../http/contract';
import { queryRows, sql } from '../../store/database';
import { getOverview } from '../../store/overview';
import { generateDemoLedger } from './generate-demo';
import { createDemoOrganization } from './write-demo';

const today = '2026-04-15';
const seed = 11;

describeEachDatabase('createDemoOrganization', (database) => {
  let orgId = '';
  let elapsedMs = 0;

  it('creates the demo organization with its whole ledger in a few seconds', async () => {
    const started = performance.now();
    const result = await createDemoOrganization(database().db, { today, seed });
    elapsedMs = performance.now() - started;
    console.info(`demo organization on ${database().kind}: ${Math.round(elapsedMs)} ms`);
    if (!result.ok) throw new Error(result.message);
    orgId = result.value.orgId;
    expect(result.value.slug).toBe('demo');
    expect(result.value.adminEmail).toBe('demo@duly.example');
    expect(result.value.adminPassword.length).toBeGreaterThanOrEqual(10);
    expect(result.value.counts.customers).toBe(200);
    expect(result.value.counts.invoices).toBeGreaterThan(4_500);
    expect(elapsedMs).toBeLessThan(20_000);
  }, 60_000);

  it('stores the counts it reports', async () => {
    const [row] = await queryRows<{ customers: number; invoices: number; contacts: number; payments: number; notes: number; banks: number; members: number }>(
      database().db,
      sql`select (select count(*)::int from customers where org_id = ${orgId}) as customers,
                 (select count(*)::int from invoices where org_id = ${orgId}) as invoices,
                 (select count(*)::int from contacts where org_id = ${orgId}) as contacts,
                 (select count(*)::int from payments where org_id = ${orgId}) as payments,
                 (select count(*)::int from credit_notes where org_id = ${orgId}) as notes,
                 (select count(*)::int from bank_accounts where org_id = ${orgId}) as banks,
                 (select count(*)::int from memberships where org_id = ${orgId}) as members`,
    );
    const ledger = generateDemoLedger({ today, seed });
    expect(row).toEqual({
      customers: 200,
      invoices: ledger.invoices.length,
      contacts: ledger.contacts.length,
      payments: ledger.payments.length,
      notes: ledger.creditNotes.length,
      banks: 2,
      members: 5,
    });
  });

  it('leaves open amounts and statuses as the generated ledger says', async () => {
    const rows = await queryRows<{ number: string; open_amount_minor: number; status: string }>(
      database().db,
      sql`select number, open_amount_minor, status from invoices where org_id = ${orgId}`,
    );
    const ledger = generateDemoLedger({ today, seed });
    const expected = new Map(ledger.invoices.map((i) => [i.number, { open: i.openAmountMinor, status: i.status }]));
    const mismatches = rows.filter((r) => {
      const want = expected.get(r.number);
      return !want || want.open !== r.open_amount_minor || want.status !== r.status;
    });
    expect(mismatches).toEqual([]);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(invoiceStatuses));
  });

  it('fills every aging bucket of the overview on today, in PLN and EUR', async () => {
    const overview = await getOverview(database().db, orgId, today);
    expect(overview.currencies.map((c) => c.currency)).toEqual(['EUR', 'PLN']);
    const pln = overview.currencies.find((c) => c.currency === 'PLN')!;
    for (const bucket of agingBuckets) {
      expect(pln.buckets[bucket], bucket).toBeGreaterThan(0);
      expect(pln.bucketCounts[bucket], bucket).toBeGreaterThan(0);
    }
    expect(overview.topOverdueCustomers.length).toBeGreaterThan(0);
  });

  it('keeps payments balanced: allocated plus unallocated is the amount', async () => {
    const rows = await queryRows<{ unbalanced: number; over_allocated: number }>(
      database().db,
      sql`select
            (select count(*)::int from payments p
              where p.org_id = ${orgId}
                and p.amount_minor <> p.unallocated_minor + coalesce(
                  (select sum(a.amount_minor) from allocations a where a.org_id = p.org_id and a.payment_id = p.id), 0)) as unbalanced,
            (select count(*)::int from invoices i
              where i.org_id = ${orgId}
                and i.gross_total_minor < coalesce(
                  (select sum(a.amount_minor) from allocations a where a.org_id = i.org_id and a.invoice_id = i.id), 0)) as over_allocated`,
    );
    expect(rows[0]).toEqual({ unbalanced: 0, over_allocated: 0 });
  });

  it('refuses a second demo with the same slug, and makes another under a new slug', async () => {
    const again = await createDemoOrganization(database().db, { today, seed });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.code).toBe('conflict');
    const [{ count }] = (await queryRows<{ count: number }>(database().db, sql`select count(*)::int as count from organizations`)) as [
      { count: number },
    ];
    expect(count).toBe(1);
    const other = await createDemoOrganization(database().db, { today, seed, slug: 'demo-2' });
    expect(other.ok).toBe(true);
    if (other.ok) {
      expect(other.value.orgId).not.toBe(orgId);
      expect(other.value.counts.invoices).toBeGreaterThan(4_500);
    }
  }, 60_000);
});
