import { describe, expect, it } from 'vitest';
import type { CustomerLadder } from '../../store/follow-up-ladders';
import { updatedLadder, type DecidedStep } from './outbox-rows';

const done = (invoiceId: string, stepKey: string, actionKey: string): DecidedStep => ({ invoiceId, stepKey, reason: null, actionKey });
const passed = (invoiceId: string, stepKey: string, reason = 'pastDueDate'): DecidedStep => ({ invoiceId, stepKey, reason, actionKey: null });
const open = (...ids: string[]) => ids.map((id) => ({ id }));

const stored: CustomerLadder[] = [
  {
    customerId: 'c1',
    procedureKey: 'standard',
    groups: [
      { onDate: '2026-04-01', stepKey: 'courtesy', reason: null, invoiceIds: ['open-1', 'paid-1'] },
      { onDate: '2026-04-01', stepKey: 'receipt-check', reason: 'pastDueDate', invoiceIds: ['paid-1'] },
    ],
  },
];

describe('updatedLadder', () => {
  it('adds the day’s steps, grouped by step and outcome, and drops settled invoices from the stored groups', () => {
    const steps = [done('open-1', 'first-reminder', 'a1'), passed('open-2', 'courtesy'), done('open-2', 'first-reminder', 'a1'), passed('open-3', 'courtesy', 'firmStage')];
    const ladder = updatedLadder('c1', 'standard', '2026-04-15', stored, open('open-1', 'open-2', 'open-3'), steps, new Set(['a1']));
    expect(ladder).toEqual({
      customerId: 'c1',
      procedureKey: 'standard',
      groups: [
        { onDate: '2026-04-01', stepKey: 'courtesy', reason: null, invoiceIds: ['open-1'] },
        { onDate: '2026-04-15', stepKey: 'first-reminder', reason: null, invoiceIds: ['open-1', 'open-2'] },
        { onDate: '2026-04-15', stepKey: 'courtesy', reason: 'pastDueDate', invoiceIds: ['open-2'] },
        { onDate: '2026-04-15', stepKey: 'courtesy', reason: 'firmStage', invoiceIds: ['open-3'] },
      ],
      isNew: false,
    });
  });

  it('leaves out steps whose action was not stored by this write, and has no ladder when nothing is new', () => {
    expect(updatedLadder('c1', 'standard', '2026-04-15', stored, open('open-1'), [done('open-1', 'first-reminder', 'a1')], new Set())).toBeNull();
  });

  it('starts a ladder of its own for a procedure the customer was not on before', () => {
    const ladder = updatedLadder('c1', 'key-account', '2026-04-15', stored, open('open-1'), [done('open-1', 'first-reminder', 'a1')], new Set(['a1']));
    expect(ladder).toEqual({
      customerId: 'c1',
      procedureKey: 'key-account',
      groups: [{ onDate: '2026-04-15', stepKey: 'first-reminder', reason: null, invoiceIds: ['open-1'] }],
      isNew: true,
    });
  });
});
