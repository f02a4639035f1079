import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { activities, customers, organizations } from './schema';

describeEachDatabase('schema', (database) => {
  it('keeps the customer timeline append-only', async () => {
    const { db } = database();
    const [org] = await db
      .insert(organizations)
      .values({ slug: 'acme', legalName: 'Acme sp. z o.o.', country: 'PL', baseCurrency: 'PLN' })
      .returning();
    const [customer] = await db
      .insert(customers)
      .values({ orgId: org!.id, name: 'Buyer SA', country: 'PL' })
      .returning();
    const [activity] = await db
      .insert(activities)
      .values({ orgId: org!.id, customerId: customer!.id, type: 'note', summary: 'Called, promised Friday' })
      .returning();
    await expect(
      db.update(activities).set({ summary: 'changed' }).where(eq(activities.id, activity!.id)),
    ).rejects.toThrow();
    await expect(db.delete(activities).where(eq(activities.id, activity!.id))).rejects.toThrow();
    // Removing a whole organization still removes its timeline.
    await db.delete(organizations).where(eq(organizations.id, org!.id));
    const left = await db.execute(sql`select count(*)::int as n from activities`);
    expect((left as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
  });
});
