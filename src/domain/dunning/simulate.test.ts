// simulate: the engine day after day, as preview, forecast and back-test use it.
import { describe, expect, it } from 'vitest';
import type { ContactAction } from './actions';
import { decide } from './decide';
import { defaultProcedure } from './default-procedures';
import { exampleInvoice, exampleSnapshot } from './example-snapshots';
import { applyDecision, simulate, type SimulatedDay } from './simulate';

const standard = defaultProcedure('standard');

function contacts(days: SimulatedDay[]): { date: string; contact: ContactAction }[] {
  return days.flatMap((d) =>
    d.decision.actions
      .filter((a): a is ContactAction => a.kind === 'sendMessage' || a.kind === 'createCallTask')
      .map((contact) => ({ date: d.date, contact })),
  );
}

describe('simulate: preview of the next days', () => {
  it('plays the standard ladder of one invoice at its days, each step once', () => {
    const snapshot = exampleSnapshot({ openInvoices: [exampleInvoice('i1', '2026-03-10')] });
    const days = simulate(snapshot, standard, '2026-03-01', 60);
    expect(days).toHaveLength(60);
    expect(days[0]!.date).toBe('2026-03-01');
    expect(days[59]!.date).toBe('2026-04-29');
    expect(contacts(days).map(({ date, contact }) => `${date} ${contact.channel} ${contact.steps[0]!.stepKey}`)).toEqual([
      '2026-03-05 email courtesy-before-due',
      '2026-03-13 email first-reminder',
      '2026-03-20 sms second-reminder',
      '2026-03-27 call payables-call',
      '2026-04-03 email firm-request',
      '2026-04-10 letter payment-demand',
      '2026-04-24 letter final-notice',
    ]);
  });
  it('feeds effects back: one credit hold only', () => {
    const snapshot = exampleSnapshot({ openInvoices: [exampleInvoice('i1', '2026-03-10'), exampleInvoice('i2', '2026-03-11')] });
    const holds = simulate(snapshot, standard, '2026-03-01', 60).flatMap((d) => d.decision.actions.filter((a) => a.kind === 'holdCredit'));
    expect(holds).toHaveLength(1);
  });
  it('does not change the snapshot it was given', () => {
    const snapshot = exampleSnapshot({ openInvoices: [exampleInvoice('i1', '2026-03-10')] });
    const before = structuredClone(snapshot);
    simulate(snapshot, standard, '2026-03-01', 30);
    expect(snapshot).toEqual(before);
  });
});

describe('simulate: catching up after an outage without a flood', () => {
  // Three invoices fell due while the run was down; it comes back on Monday 2 March.
  const snapshot = exampleSnapshot({
    openInvoices: [exampleInvoice('a', '2026-01-05'), exampleInvoice('b', '2026-01-20'), exampleInvoice('c', '2026-02-16')],
  });
  const days = simulate(snapshot, standard, '2026-03-02', 45);
  const made = contacts(days);
  it('merges what fell due meanwhile into one first contact, at the first step of each ladder', () => {
    expect(made[0]!.date).toBe('2026-03-02');
    expect(made[0]!.contact.steps.map((s) => `${s.invoiceId}:${s.stepKey}`)).toEqual(['a:first-reminder', 'b:first-reminder', 'c:first-reminder']);
  });
  it('climbs one step per contact, never straight to the demand', () => {
    const order = standard.steps.map((s) => s.key);
    for (const invoice of ['a', 'b', 'c']) {
      const keys = made.flatMap(({ contact }) => contact.steps.filter((s) => s.invoiceId === invoice).map((s) => s.stepKey));
      expect(keys).toEqual(order.slice(1, 1 + keys.length));
    }
  });
  it('keeps the rhythm: three days apart, at most two in any seven days', () => {
    const dates = made.map((m) => m.date);
    for (let i = 1; i < dates.length; i++) {
      const gap = (Date.parse(dates[i]!) - Date.parse(dates[i - 1]!)) / 86_400_000;
      expect(gap).toBeGreaterThanOrEqual(3);
    }
    for (const date of dates) {
      const weekStart = Date.parse(date) - 6 * 86_400_000;
      expect(dates.filter((d) => Date.parse(d) >= weekStart && Date.parse(d) <= Date.parse(date)).length).toBeLessThanOrEqual(2);
    }
  });
  it('records the passed-over courtesy checks so they are not reconsidered', () => {
    expect(days[0]!.decision.skipped.map((s) => `${s.invoiceId}:${s.stepKey}`)).toEqual(['a:courtesy-before-due', 'b:courtesy-before-due', 'c:courtesy-before-due']);
    expect(days.slice(1).flatMap((d) => d.decision.skipped)).toEqual([]);
  });
});

describe('applyDecision: what a day leaves behind', () => {
  it('records contacts as unanswered history and skipped steps, not held ones', () => {
    const snapshot = exampleSnapshot({ openInvoices: [exampleInvoice('i1', '2026-03-10')] });
    const decision = decide(snapshot, standard, '2026-03-13');
    const after = applyDecision(snapshot, 'standard', '2026-03-13', decision);
    expect(after.history).toEqual([
      { date: '2026-03-13', channel: 'email', steps: [{ invoiceId: 'i1', procedureKey: 'standard', stepKey: 'first-reminder' }], answered: false },
    ]);
    expect(after.skippedSteps).toEqual([{ date: '2026-03-13', invoiceId: 'i1', procedureKey: 'standard', stepKey: 'courtesy-before-due' }]);
  });
});
