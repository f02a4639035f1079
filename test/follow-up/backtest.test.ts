// A back-test replays a procedure over the demo organization's real-looking history:
// it must report something plausible, for past days only, and write nothing.
import { beforeAll, expect, it } from 'vitest';
import { backtest, type BacktestReport } from '../../src/app/follow-up/backtest';
import { createDemoOrganization } from '../../src/app/demo/write-demo';
import { addDays } from '../../src/domain/dates';
import { describeEachDatabase } from '../databases';
import { expectOk } from '../ledger-fixtures';
import { followUpCounts } from './follow-up-ledger';

const today = '2026-04-15';
const from = addDays(today, -90);
const to = addDays(today, -1);

describeEachDatabase('back-test on the demo organization', (database) => {
  let orgId = '';
  let standard: BacktestReport;

  beforeAll(async () => {
    orgId = expectOk(await createDemoOrganization(database().db, { today, seed: 7 })).orgId;
  }, 120_000);

  it('replays the standard procedure over the last ninety days and reports what it would have sent', async () => {
    const { db } = database();
    const counts = await followUpCounts(db, orgId);
    standard = expectOk(await backtest(db, orgId, 'standard', from, to));
    expect(await followUpCounts(db, orgId)).toEqual(counts);

    expect(standard).toMatchObject({ procedureKey: 'standard', version: 1, from, to, days: 90 });
    expect(standard.perDay).toHaveLength(90);
    expect(standard.perDay.every((d) => d.date >= from && d.date < today)).toBe(true);
    expect(standard.perDay.reduce((sum, d) => sum + d.actions, 0)).toBe(standard.actions);
    expect(standard.customers).toBeGreaterThan(50);
    expect(standard.customersContacted).toBeGreaterThan(20);
    expect(standard.customersContacted).toBeLessThanOrEqual(standard.customers);
    expect(standard.perChannel.email).toBeGreaterThan(0);
    expect(standard.perTone.courtesy).toBeGreaterThan(0);
    expect(standard.perTone.reminder).toBeGreaterThan(0);
    expect(standard.perStep['courtesy-before-due']).toBeGreaterThan(0);
    expect(standard.perStep['first-reminder']).toBeGreaterThan(0);
    // A ladder thins out as invoices get paid: fewer second reminders than first ones.
    expect(standard.perStep['second-reminder'] ?? 0).toBeLessThan(standard.perStep['first-reminder']!);

    const { invoices } = standard;
    expect(invoices.followed).toBeGreaterThan(100);
    expect(invoices.paid).toBeGreaterThan(0);
    expect(invoices.paid + invoices.unpaidAtEnd).toBeLessThanOrEqual(invoices.followed);
    const afterSteps = Object.values(invoices.paidAfterStep).reduce((a, b) => a + b, 0);
    expect(invoices.paidWithoutContact + afterSteps).toBe(invoices.paid);
    expect(invoices.paidBeforeFirstReminder).toBeGreaterThanOrEqual(invoices.paidWithoutContact);
    expect(afterSteps).toBeGreaterThan(0);
  });

  it('tells procedures apart: the gentle key-account ladder contacts less, and less firmly, than the new-customer one', async () => {
    const { db } = database();
    const keyAccount = expectOk(await backtest(db, orgId, 'key-account', from, to));
    const newCustomer = expectOk(await backtest(db, orgId, 'new-customer', from, to));
    expect(keyAccount.invoices.followed).toBe(standard.invoices.followed);
    expect(keyAccount.invoices.paid).toBe(standard.invoices.paid);
    expect(keyAccount.actions).toBeLessThan(newCustomer.actions);
    const firmly = (report: typeof keyAccount) => (report.perTone.firm ?? 0) + (report.perTone.formal ?? 0) + (report.perTone.final ?? 0);
    expect(firmly(keyAccount)).toBeLessThan(firmly(newCustomer));
  });

  it('keeps a procedure to its own channels: small amounts are followed by e-mail and SMS, never a call', async () => {
    const { db } = database();
    const smallAmounts = expectOk(await backtest(db, orgId, 'small-amounts', from, to));
    expect(smallAmounts.perChannel.email ?? 0).toBeGreaterThan(0);
    expect(Object.keys(smallAmounts.perChannel).filter((channel) => channel !== 'email' && channel !== 'sms' && channel !== 'internalTask')).toEqual([]);
  });

  it('refuses a range that runs backwards and an unknown procedure', async () => {
    const { db } = database();
    expect(await backtest(db, orgId, 'standard', to, from)).toMatchObject({ ok: false, code: 'invalid_input' });
    expect(await backtest(db, orgId, 'no-such', from, to)).toMatchObject({ ok: false, code: 'not_found' });
  });
});
