// The run pages through the customers with something unsettled. Whether a customer has
// anything unsettled is answered by a partial index of unsettled invoices, which holds
// only while the index's condition names the same statuses the query asks for.
import { expect, it } from 'vitest';
import { queryRows, sql, type Db } from '../../src/store/database';
import { customersWithUnsettledInvoicesPage, pageCustomersWithUnsettledInvoices } from '../../src/store/follow-up-snapshots';
import { describeEachDatabase } from '../databases';
import { makeCustomer, makeInvoice, makeOrganization } from '../ledger-fixtures';

describeEachDatabase('customers with something unsettled', (database) => {
  it('pages by id past customers whose invoices are all paid', async () => {
    const { db } = database();
    const org = await makeOrganization(db);
    const customers = await Promise.all([1, 2, 3, 4].map(() => makeCustomer(db, org.id)));
    for (const customerId of customers) await makeInvoice(db, org.id, customerId, { grossTotalMinor: 10_000 });
    const [paidUp] = customers;
    await db.execute(sql`update invoices set status = 'paid', open_amount_minor = 0 where org_id = ${org.id} and customer_id = ${paidUp}`);

    const first = await pageCustomersWithUnsettledInvoices(db, org.id, null, 2);
    const rest = await pageCustomersWithUnsettledInvoices(db, org.id, first.at(-1)!, 2);
    expect([...first, ...rest]).toEqual(customers.filter((id) => id !== paidUp).sort());
  });

  it('asks the index of unsettled invoices, not the table', async () => {
    const { db } = database();
    const org = await makeOrganization(db);
    const customerId = await makeCustomer(db, org.id);
    await makeInvoice(db, org.id, customerId, { grossTotalMinor: 10_000 });
    // A table this small is cheapest read whole; without that way out, the planner picks
    // among the indexes that can answer, and the unsettled one only can if its condition
    // covers the statuses asked for.
    const plan = await db.transaction(async (txn) => {
      const tx = txn as unknown as Db;
      await tx.execute(sql`set local enable_seqscan = off`);
      const rows = await queryRows<{ 'QUERY PLAN': string }>(tx, sql`explain ${customersWithUnsettledInvoicesPage(org.id, null, 1000)}`);
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('invoices_org_customer_unsettled');
  });
});
