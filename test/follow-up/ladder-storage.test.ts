// The ladder positions' stored form: what is saved reads back the same, and the
// migration that moved entries from one object per step to one array per invoice
// keeps every step, its order, its day and, for a step passed over, its reason. A
// ladder (and a customer's held steps) belongs to a customer of its own organization.
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { deleteCustomer } from '../../src/app/delete-customer';
import { queryRows, sql } from '../../src/store/database';
import { replaceFollowUpHolds } from '../../src/store/follow-up-actions';
import { countLadderSteps, loadLadders, saveLadders, type LadderEntry } from '../../src/store/follow-up-ladders';
import { describeEachDatabase } from '../databases';
import { expectOk, makeCustomer, makeOrganization } from '../ledger-fixtures';
import { addRegularCustomer } from './follow-up-ledger';

const entries: LadderEntry[] = [
  { invoiceId: 'inv-1', stepKey: 'courtesy-before-due', onDate: '2026-03-01', outcome: 'skipped', reason: 'pastDueDate' },
  { invoiceId: 'inv-1', stepKey: 'first-reminder', onDate: '2026-03-01', outcome: 'done' },
  { invoiceId: 'inv-2', stepKey: 'first-reminder', onDate: '2026-03-01', outcome: 'done' },
  { invoiceId: 'inv-1', stepKey: 'second-reminder', onDate: '2026-03-08', outcome: 'skipped', reason: 'customerReplied' },
];

// The same steps grouped per invoice, each invoice's steps in their order.
const perInvoice = (list: readonly LadderEntry[]) =>
  [...new Set(list.map((e) => e.invoiceId))].sort().flatMap((id) => list.filter((e) => e.invoiceId === id));

describeEachDatabase('ladder storage', (database) => {
  it('reads back what it saved, step for step, and counts the steps', async () => {
    const { db } = database();
    const org = await makeOrganization(db);
    const customerId = await addRegularCustomer(db, org.id, 'Ladder sp. z o.o.');
    await saveLadders(db, org.id, [{ customerId, procedureKey: 'standard', entries }], '2026-03-08');

    const [ladder] = await loadLadders(db, org.id, [customerId]);
    expect(ladder).toMatchObject({ customerId, procedureKey: 'standard' });
    expect(perInvoice(ladder!.entries)).toEqual(perInvoice(entries));
    expect(await countLadderSteps(db, org.id)).toBe(4);
  });

  it('keeps quotes, backslashes, tabs and line breaks in keys and reasons as they were', async () => {
    const { db } = database();
    const org = await makeOrganization(db);
    const customerId = await addRegularCustomer(db, org.id, 'Quoted sp. z o.o.');
    const odd: LadderEntry[] = [
      { invoiceId: 'inv-"1"', stepKey: 'step \\ "one"', onDate: '2026-03-01', outcome: 'done' },
      { invoiceId: 'inv-"1"', stepKey: 'step-two', onDate: '2026-03-02', outcome: 'skipped', reason: 'said "no"' },
      { invoiceId: 'inv-2', stepKey: 'step\tthree\nline', onDate: '2026-03-02', outcome: 'skipped', reason: 'said\t"no"\nthen yes' },
    ];
    const procedureKey = 'key\taccounts "vip"';
    await saveLadders(db, org.id, [{ customerId, procedureKey, entries: odd }], '2026-03-02');

    const [ladder] = await loadLadders(db, org.id, [customerId]);
    expect(ladder).toEqual({ customerId, procedureKey, entries: odd });
  });

  it('migrates entries stored one object per step into arrays per invoice', async () => {
    const { db } = database();
    const org = await makeOrganization(db);
    const customerId = await addRegularCustomer(db, org.id, 'Old ladder sp. z o.o.');
    const oldForm = entries.map((e) => ({ ...e }));
    // Migration 0005 ran while the column was jsonb (0010 made it json): set it back for it.
    await db.execute(sql`alter table follow_up_ladders alter column entries type jsonb`);
    await db.execute(
      sql`insert into follow_up_ladders (org_id, customer_id, procedure_key, entries, updated_on)
          values (${org.id}, ${customerId}, 'standard', ${JSON.stringify(oldForm)}::jsonb, '2026-03-08')`,
    );
    const migration = await readFile(new URL('../../src/store/migrations/0005_follow_up_ladder_entries_by_invoice.sql', import.meta.url), 'utf8');
    await db.execute(sql.raw(migration));
    expect(perInvoice((await loadLadders(db, org.id, [customerId]))[0]!.entries)).toEqual(perInvoice(entries));

    // Run again it leaves the new form alone.
    await db.execute(sql.raw(migration));
    await db.execute(sql`alter table follow_up_ladders alter column entries type json`);
    const [ladder] = await loadLadders(db, org.id, [customerId]);
    expect(perInvoice(ladder!.entries)).toEqual(perInvoice(entries));
  });

  it("refuses a ladder or held steps naming another organization's customer, and deletes them with their customer", async () => {
    const { db } = database();
    const org = await makeOrganization(db);
    const other = await makeOrganization(db);
    const customerId = await makeCustomer(db, org.id);
    const held = [{ customerId, channel: 'email' as const, steps: [{ invoiceId: 'inv-1', stepKey: 'first-reminder' }], reason: 'tooSoonAfterLastContact' as const, nextAllowedOn: '2026-03-09' }];

    await expect(saveLadders(db, other.id, [{ customerId, procedureKey: 'standard', entries }], '2026-03-08')).rejects.toThrow();
    await expect(replaceFollowUpHolds(db, other.id, [customerId], '2026-03-08', new Map([[customerId, held]]))).rejects.toThrow();

    await saveLadders(db, org.id, [{ customerId, procedureKey: 'standard', entries }], '2026-03-08');
    await replaceFollowUpHolds(db, org.id, [customerId], '2026-03-08', new Map([[customerId, held]]));
    const stored = () =>
      queryRows<{ ladders: number; holds: number }>(
        db,
        sql`select (select count(*)::int from follow_up_ladders where customer_id = ${customerId}) as ladders,
                   (select count(*)::int from follow_up_holds where customer_id = ${customerId}) as holds`,
      );
    expect(await stored()).toEqual([{ ladders: 1, holds: 1 }]);
    expectOk(await deleteCustomer(db, org.id, customerId));
    expect(await stored()).toEqual([{ ladders: 0, holds: 0 }]);
  });
});
