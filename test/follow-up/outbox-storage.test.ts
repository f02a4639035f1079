// The outbox and the held steps as stored (the ladders: ladder-storage.test.ts):
// whatever characters the procedure's keys hold (tabs and line breaks included, which
// the batch's row format separates on), an action reads back as it was decided, and
// storing it again stores nothing.
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { queryRows, sql } from '../../src/store/database';
import type { ContactAction, EffectAction, HeldStep } from '../../src/domain/dunning/actions';
import {
  findFollowUpHolds,
  insertOutboxActions,
  listOutboxActions,
  outboxKey,
  replaceFollowUpHolds,
  type NewOutboxAction,
} from '../../src/store/follow-up-actions';
import { describeEachDatabase } from '../databases';
import { makeOrganization } from '../ledger-fixtures';
import { addRegularCustomer } from './follow-up-ledger';

const oddStep = 'step\tone\nline "two" \\ three';
const oddProcedure = 'key\taccounts "vip"';

function actions(customerId: string): NewOutboxAction[] {
  const steps = [
    { invoiceId: '00000000-0000-4000-8000-000000000001', stepKey: oddStep },
    { invoiceId: '00000000-0000-4000-8000-000000000002', stepKey: 'first-reminder' },
  ];
  const contact: ContactAction = {
    key: `${customerId}|${oddProcedure}@1|sendMessage|${steps.map((s) => `${s.invoiceId}:${s.stepKey}`).join(',')}|2026-03-16`,
    customerId,
    procedureKey: oddProcedure,
    procedureVersion: 1,
    plannedFor: '2026-03-16',
    kind: 'sendMessage',
    channel: 'email',
    contactId: '00000000-0000-4000-8000-0000000000c1',
    addresseeRole: 'payables',
    templateKey: 'standard.first-reminder',
    tone: 'reminder',
    purpose: 'reminder',
    approval: 'none',
    steps,
    sendFrom: '2026-03-16T08:00:00.000Z',
    sendUntil: '2026-03-16T16:00:00.000Z',
  };
  const effect: EffectAction = {
    key: `${customerId}|${oddProcedure}@1|notifyAccountOwner|${steps[0]!.invoiceId}:${oddStep}|2026-03-16`,
    customerId,
    procedureKey: oddProcedure,
    procedureVersion: 1,
    plannedFor: '2026-03-16',
    kind: 'notifyAccountOwner',
    steps: [steps[0]!],
  };
  return [
    { action: contact, storedKey: outboxKey(contact.key), channel: 'email', status: 'pending' },
    { action: effect, storedKey: outboxKey(effect.key), channel: null, status: 'awaitingApproval' },
  ];
}

describeEachDatabase('outbox storage', (database) => {
  it('reads back actions whose keys hold tabs, line breaks, quotes and backslashes, and stores them once', async () => {
    const { db } = database();
    const org = await makeOrganization(db);
    const customerId = await addRegularCustomer(db, org.id, 'Odd keys sp. z o.o.');
    const decided = actions(customerId);

    const created = await insertOutboxActions(db, org.id, decided);
    expect([...created].sort()).toEqual(decided.map((d) => d.action.key).sort());
    const stored = await listOutboxActions(db, org.id, { customerId });
    expect(stored.map((s) => ({ channel: s.channel, status: s.status, procedureKey: s.procedureKey }))).toEqual(
      expect.arrayContaining([
        { channel: 'email', status: 'pending', procedureKey: oddProcedure },
        { channel: null, status: 'awaitingApproval', procedureKey: oddProcedure },
      ]),
    );
    for (const d of decided) {
      expect(stored.find((s) => s.key === d.storedKey)?.action).toEqual({ ...d.action, key: d.storedKey });
    }

    expect(await insertOutboxActions(db, org.id, decided)).toEqual(new Set());
    expect(await listOutboxActions(db, org.id, { customerId })).toHaveLength(2);
  });

  it('stores only the new ones when some are stored already, and the transaction around it goes on', async () => {
    const { db } = database();
    const org = await makeOrganization(db);
    const customerId = await addRegularCustomer(db, org.id, 'Half stored sp. z o.o.');
    const [contact, effect] = actions(customerId);
    await db.transaction(async (txn) => {
      const tx = txn as unknown as typeof db;
      expect(await insertOutboxActions(tx, org.id, [contact!])).toEqual(new Set([contact!.action.key]));
      // As when another run of the same day stored the contact first.
      expect(await insertOutboxActions(tx, org.id, [contact!, effect!])).toEqual(new Set([effect!.action.key]));
      expect(await listOutboxActions(tx, org.id, { customerId })).toHaveLength(2);
    });
    expect((await listOutboxActions(db, org.id, { customerId })).map((a) => a.key).sort()).toEqual([contact!.storedKey, effect!.storedKey].sort());
  });

  it('keeps held steps with such keys as they were', async () => {
    const { db } = database();
    const org = await makeOrganization(db);
    const customerId = await addRegularCustomer(db, org.id, 'Odd holds sp. z o.o.');
    const held: HeldStep[] = [
      { customerId, channel: 'email', steps: [{ invoiceId: 'inv-1', stepKey: oddStep }], reason: 'tooSoonAfterLastContact', nextAllowedOn: '2026-03-17' },
    ];
    await replaceFollowUpHolds(db, org.id, [customerId], '2026-03-16', new Map([[customerId, held]]));
    expect(await findFollowUpHolds(db, org.id, customerId)).toEqual({ runDate: '2026-03-16', held });
  });

  it('migrates steps stored one object per step into runs of the same step key, order kept', async () => {
    const { db } = database();
    const org = await makeOrganization(db);
    const customerId = await addRegularCustomer(db, org.id, 'Old outbox sp. z o.o.');
    const invoice = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
    const steps = [
      { invoiceId: invoice(3), stepKey: 'first-reminder' },
      { invoiceId: invoice(1), stepKey: 'first-reminder' },
      { invoiceId: invoice(2), stepKey: 'courtesy-before-due' },
      { invoiceId: invoice(4), stepKey: 'first-reminder' },
    ];
    // Migration 0012 runs on the jsonb column it found: set it back for it.
    await db.execute(sql`alter table follow_up_actions alter column action type jsonb`);
    await db.execute(
      sql`insert into follow_up_actions (org_id, key, customer_id, kind, channel, planned_for, status, procedure_key, procedure_version, action)
          values (${org.id}, 'old-form', ${customerId}, 'notifyAccountOwner', null, '2026-03-16', 'pending', 'standard', 1,
                  ${JSON.stringify({ steps })}::jsonb)`,
    );
    const migration = await readFile(new URL('../../src/store/migrations/0012_follow_up_actions_compact_steps.sql', import.meta.url), 'utf8');
    for (const statement of migration.split('--> statement-breakpoint')) await db.execute(sql.raw(statement));

    const [stored] = await listOutboxActions(db, org.id, { customerId });
    expect(stored!.action.steps).toEqual(steps);
    const [raw] = await queryRows<{ steps: unknown }>(db, sql`select action->'steps' as steps from follow_up_actions where key = 'old-form'`);
    expect(raw!.steps).toEqual([
      ['first-reminder', [invoice(3), invoice(1)]],
      ['courtesy-before-due', [invoice(2)]],
      ['first-reminder', [invoice(4)]],
    ]);
  });
});
