// What the customer page and `duly forecast` foresee must be what the daily runs then
// do, day by day, when nothing else changes; and the page says why a customer is on
// its procedure.
import { expect, it } from 'vitest';
import { explainCustomerProcedure } from '../../src/app/follow-up/explain-customer-procedure';
import { forecast } from '../../src/app/follow-up/forecast';
import { previewCustomer } from '../../src/app/follow-up/preview-customer';
import { addDays } from '../../src/domain/dates';
import { describeEachDatabase } from '../databases';
import { expectOk } from '../ledger-fixtures';
import { createContact } from '../../src/app/create-contact';
import { createCustomer } from '../../src/app/create-customer';
import { addCustomer, addInvoice, addRegularCustomer, buildFollowUpLedger, followUpCounts, outbox, run } from './follow-up-ledger';

describeEachDatabase('preview, forecast and why', (database) => {
  it("previews a customer's next days without writing anything", async () => {
    const { db } = database();
    const ledger = await buildFollowUpLedger(db, 1);
    const counts = await followUpCounts(db, ledger.orgId);
    const days = expectOk(await previewCustomer(db, ledger.orgId, ledger.reminded[0]!, '2026-03-09', 30));
    expect(days).toHaveLength(30);
    expect(days[0]!.date).toBe('2026-03-09');
    const planned = days.filter((d) => d.actions.length > 0);
    expect(planned.map((d) => [d.date, d.actions.map((a) => a.kind === 'sendMessage' || a.kind === 'createCallTask' ? `${a.channel}:${a.tone}` : a.kind)])).toEqual([
      ['2026-03-11', ['email:courtesy']],
      ['2026-03-19', ['email:reminder']],
      ['2026-03-26', ['sms:reminder']],
      ['2026-04-02', ['call:firm']],
    ]);
    expect(planned.every((d) => d.procedureKey === 'standard' && d.procedureVersion === 1)).toBe(true);
    expect(expectOk(await previewCustomer(db, ledger.orgId, ledger.snoozed, '2026-03-09', 30)).every((d) => d.actions.length === 0)).toBe(true);
    expect(await followUpCounts(db, ledger.orgId)).toEqual(counts);
    expect(await previewCustomer(db, ledger.orgId, '00000000-0000-4000-8000-000000000000', '2026-03-09')).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('forecasts per day and channel exactly what the daily runs then create', async () => {
    const { db } = database();
    const ledger = await buildFollowUpLedger(db, 3);
    // Different procedures and rhythms in the same book: a key account and a new customer.
    const key = await addRegularCustomer(db, ledger.orgId, 'Key sp. z o.o.', { segment: 'key_account' });
    await addInvoice(db, ledger.orgId, key, { due: '2026-03-12' });
    const fresh = await addCustomer(db, ledger.orgId, 'Fresh sp. z o.o.');
    await addInvoice(db, ledger.orgId, fresh, { due: '2026-03-18' });
    // Nobody handles payables there: the collector gets a task once, not every day.
    const noPayables = expectOk(await createCustomer(db, ledger.orgId, { name: 'No Payables sp. z o.o.', country: 'PL' })).id;
    expectOk(
      await createContact(db, ledger.orgId, noPayables, {
        kind: 'person',
        name: 'Operational buyer',
        roles: ['operational_buyer'],
        emails: [{ address: 'buyer@example.com' }],
        phones: [],
        addresses: [],
        optedOutChannels: [],
      }),
    );
    await addInvoice(db, ledger.orgId, noPayables, { due: '2026-03-16' });

    const from = '2026-03-09';
    const days = 21;
    const predicted = expectOk(await forecast(db, ledger.orgId, from, days));
    expect(predicted.customers).toBe(10);
    for (let i = 0; i < days; i++) {
      const summary = await run(db, ledger.orgId, addDays(from, i));
      const created = Object.fromEntries(Object.entries(summary.perChannel).filter(([, c]) => c.created > 0).map(([channel, c]) => [channel, c.created]));
      expect({ date: summary.date, perChannel: created, actions: summary.actionsCreated }).toEqual({
        date: predicted.perDay[i]!.date,
        perChannel: predicted.perDay[i]!.perChannel,
        actions: predicted.perDay[i]!.actions,
      });
    }
    expect(predicted.perDay.reduce((sum, d) => sum + d.actions, 0)).toBeGreaterThan(10);
    expect(Object.keys(predicted.totals).sort()).toEqual(['call', 'email', 'internalTask', 'sms']);
    const tasks = (await outbox(db, ledger.orgId)).filter((r) => r.customer_id === noPayables);
    expect(tasks.length).toBeGreaterThanOrEqual(2);
    expect(tasks.every((r) => r.kind === 'createInternalTask')).toBe(true);
    expect(tasks.filter((r) => (r.action as { reason?: string }).reason === 'missingPayablesContact')).toHaveLength(1);
    expect(predicted.totals.internalTask).toBe(tasks.length);
  });

  it('explains which procedure follows a customer up and why', async () => {
    const { db } = database();
    const ledger = await buildFollowUpLedger(db, 1);
    const key = await addRegularCustomer(db, ledger.orgId, 'Key sp. z o.o.', { segment: 'key_account' });
    const fresh = await addCustomer(db, ledger.orgId, 'Fresh sp. z o.o.');
    await addInvoice(db, ledger.orgId, fresh);
    const small = await addRegularCustomer(db, ledger.orgId, 'Small sp. z o.o.');
    await addInvoice(db, ledger.orgId, small, { grossTotalMinor: 9_900 });

    const date = '2026-03-20';
    expect(expectOk(await explainCustomerProcedure(db, ledger.orgId, ledger.reminded[0]!, date))).toEqual({
      procedureKey: 'standard',
      version: 1,
      name: { pl: 'Standardowa', en: 'Standard' },
      matchedRule: null,
      reasons: [{ key: 'fallback', facts: { procedureKey: 'standard' } }],
    });
    expect(expectOk(await explainCustomerProcedure(db, ledger.orgId, key, date))).toMatchObject({
      procedureKey: 'key-account',
      matchedRule: { name: 'Key account segment' },
      reasons: [{ key: 'segment', facts: { segment: 'key_account' } }],
    });
    expect(expectOk(await explainCustomerProcedure(db, ledger.orgId, fresh, date))).toMatchObject({
      procedureKey: 'new-customer',
      reasons: [{ key: 'tenure', facts: { tenureMonths: 1, maxTenureMonths: 5 } }],
    });
    expect(expectOk(await explainCustomerProcedure(db, ledger.orgId, small, date))).toMatchObject({
      procedureKey: 'small-amounts',
      reasons: [{ key: 'openAmount', facts: { openMinor: 9_900 } }],
    });
  });
});
