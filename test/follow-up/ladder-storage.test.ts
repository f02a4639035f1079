// The ladder positions' stored form: what is saved reads back the same, and the
// migrations that moved entries from one object per step to one array per invoice
// (0005) and from there to groups of invoices per day and step (0014) keep every step,
// its day and, for a step passed over, its reason. A ladder (and a customer's held
// steps) belongs to a customer of its own organization.
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { deleteCustomer } from '../../src/app/delete-customer';
import { queryRows, sql, type Db } from '../../src/store/database';
import { replaceFollowUpHolds } from '../../src/store/follow-up-actions';
import { countLadderSteps, loadLadders, saveLadders, type LadderGroup } from '../../src/store/follow-up-ladders';
import { describeEachDatabase } from '../databases';
import { expectOk, makeCustomer, makeOrganization } from '../ledger-fixtures';
import { addRegularCustomer } from './follow-up-ledger';

const groups: LadderGroup[] = [
  { onDate: '2026-03-01', stepKey: 'courtesy-before-due', reason: 'pastDueDate', invoiceIds: ['inv-1'] },
  { onDate: '2026-03-01', stepKey: 'first-reminder', reason: null, invoiceIds: ['inv-1', 'inv-2'] },
  { onDate: '2026-03-08', stepKey: 'second-reminder', reason: 'customerReplied', invoiceIds: ['inv-1'] },
];

/** One line per invoice and step, sorted: what the ladder records, whatever its grouping. */
const stepsOf = (list: readonly LadderGroup[]) =>
  list.flatMap((g) => g.invoiceIds.map((id) => `${id} ${g.stepKey} ${g.onDate} ${g.reason ?? 'done'}`)).sort();

const migration = async (file: string) => readFile(new URL(`../../src/store/migrations/${file}`, import.meta.url), 'utf8');

async function storeRaw(db: Db, orgId: string, customerId: string, entries: unknown, type: 'json' | 'jsonb') {
  await db.execute(sql`alter table follow_up_ladders alter column entries type ${sql.raw(type)}`);
  await db.execute(
    sql`insert into follow_up_ladders (org_id, customer_id, procedure_key, entries, updated_on)
        values (${orgId}, ${customerId}, 'standard', ${JSON.stringify(entries)}::${sql.raw(type)}, '2026-03-08')`,
  );
}

describeEachDatabase('ladder storage', (database) => {
  it('reads back what it saved, step for step, and counts the steps', async () => {
    const { db } = database();
    const org = await makeOrganization(db);
    const customerId = await addRegularCustomer(db, org.id, 'Ladder sp. z o.o.');
    await saveLadders(db, org.id, [{ customerId, procedureKey: 'standard', groups }], '2026-03-08');

    const [ladder] = await loadLadders(db, org.id, [customerId]);
    expect(ladder).toEqual({ customerId, procedureKey: 'standard', groups });
    expect(await countLadderSteps(db, org.id)).toBe(4);
  });

  it('writes a ladder marked new in place of one stored meanwhile, beside the others in one call', async () => {
    const { db } = database();
    const org = await makeOrganization(db);
    const raced = await addRegularCustomer(db, org.id, 'Raced ladder sp. z o.o.');
    const fresh = await addRegularCustomer(db, org.id, 'Fresh ladder sp. z o.o.');
    await saveLadders(db, org.id, [{ customerId: raced, procedureKey: 'standard', groups: groups.slice(0, 1) }], '2026-03-01');
    // As when another run of the day wrote the first customer's ladder after this one read none.
    await db.transaction(async (txn) => {
      const tx = txn as unknown as typeof db;
      await saveLadders(
        tx,
        org.id,
        [
          { customerId: raced, procedureKey: 'standard', groups, isNew: true },
          { customerId: fresh, procedureKey: 'standard', groups: groups.slice(1), isNew: true },
        ],
        '2026-03-08',
      );
    });
    const ladders = await loadLadders(db, org.id, [raced, fresh]);
    expect(ladders.find((l) => l.customerId === raced)?.groups).toEqual(groups);
    expect(ladders.find((l) => l.customerId === fresh)?.groups).toEqual(groups.slice(1));
  });

  it('keeps quotes, backslashes, tabs and line breaks in keys and reasons as they were', async () => {
    const { db } = database();
    const org = await makeOrganization(db);
    const customerId = await addRegularCustomer(db, org.id, 'Quoted sp. z o.o.');
    const odd: LadderGroup[] = [
      { onDate: '2026-03-01', stepKey: 'step \\ "one"', reason: null, invoiceIds: ['inv-"1"'] },
      { onDate: '2026-03-02', stepKey: 'step-two', reason: 'said "no"', invoiceIds: ['inv-"1"'] },
      { onDate: '2026-03-02', stepKey: 'step\tthree\nline', reason: 'said\t"no"\nthen yes', invoiceIds: ['inv-2'] },
    ];
    const procedureKey = 'key\taccounts "vip"';
    await saveLadders(db, org.id, [{ customerId, procedureKey, groups: odd }], '2026-03-02');

    const [ladder] = await loadLadders(db, org.id, [customerId]);
    expect(ladder).toEqual({ customerId, procedureKey, groups: odd });
  });

  it('migrates entries stored one object per step, then per invoice, into groups, every step kept', async () => {
    const { db } = database();
    const org = await makeOrganization(db);
    const customerId = await addRegularCustomer(db, org.id, 'Old ladder sp. z o.o.');
    const oneObjectPerStep = groups.flatMap((g) =>
      g.invoiceIds.map((invoiceId) => ({ invoiceId, stepKey: g.stepKey, onDate: g.onDate, outcome: g.reason === null ? 'done' : 'skipped', ...(g.reason === null ? {} : { reason: g.reason }) })),
    );
    // Migration 0005 ran while the column was jsonb (0010 made it json) and before any
    // ladder was stored in groups: set the table back to that.
    await db.execute(sql`delete from follow_up_ladders`);
    await storeRaw(db, org.id, customerId, oneObjectPerStep, 'jsonb');
    await db.execute(sql.raw(await migration('0005_follow_up_ladder_entries_by_invoice.sql')));
    await db.execute(sql`alter table follow_up_ladders alter column entries type json`);
    const groupsMigration = await migration('0014_follow_up_ladder_groups.sql');
    await db.execute(sql.raw(groupsMigration));
    expect(stepsOf((await loadLadders(db, org.id, [customerId]))[0]!.groups)).toEqual(stepsOf(groups));

    // Run again it leaves the new form alone.
    await db.execute(sql.raw(groupsMigration));
    expect(stepsOf((await loadLadders(db, org.id, [customerId]))[0]!.groups)).toEqual(stepsOf(groups));
  });

  it('groups the invoices that took one step on one day with one outcome, and an empty ladder stays empty', async () => {
    const { db } = database();
    const org = await makeOrganization(db);
    const customerId = await addRegularCustomer(db, org.id, 'Per invoice sp. z o.o.');
    const other = await addRegularCustomer(db, org.id, 'Empty ladder sp. z o.o.');
    const perInvoice = {
      'inv-2': [['first-reminder', '2026-03-01']],
      'inv-1': [['courtesy-before-due', '2026-03-01', 'pastDueDate'], ['first-reminder', '2026-03-01'], ['second-reminder', '2026-03-08', 'customerReplied']],
    };
    await storeRaw(db, org.id, customerId, perInvoice, 'json');
    await storeRaw(db, org.id, other, {}, 'json');
    await db.execute(sql.raw(await migration('0014_follow_up_ladder_groups.sql')));

    const ladders = await loadLadders(db, org.id, [customerId, other]);
    const groupsOf = (id: string) => ladders.find((l) => l.customerId === id)!.groups;
    expect(groupsOf(customerId)).toEqual(groups);
    expect(groupsOf(other)).toEqual([]);
  });

  it("refuses a ladder or held steps naming another organization's customer, and deletes them with their customer", async () => {
    const { db } = database();
    const org = await makeOrganization(db);
    const other = await makeOrganization(db);
    const customerId = await makeCustomer(db, org.id);
    const held = [{ customerId, channel: 'email' as const, steps: [{ invoiceId: 'inv-1', stepKey: 'first-reminder' }], reason: 'tooSoonAfterLastContact' as const, nextAllowedOn: '2026-03-09' }];

    await expect(saveLadders(db, other.id, [{ customerId, procedureKey: 'standard', groups }], '2026-03-08')).rejects.toThrow();
    await expect(replaceFollowUpHolds(db, other.id, [customerId], '2026-03-08', new Map([[customerId, held]]))).rejects.toThrow();

    await saveLadders(db, org.id, [{ customerId, procedureKey: 'standard', groups }], '2026-03-08');
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
