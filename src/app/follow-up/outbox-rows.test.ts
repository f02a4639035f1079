import { describe, expect, it } from 'vitest';
import type { CustomerLadder } from '../../store/follow-up-ladders';
import { updatedLadders, type NewLadderStep } from './outbox-rows';

const step = (invoiceId: string, stepKey: string, actionKey: string | null, procedureKey = 'standard'): NewLadderStep => ({
  invoiceId,
  procedureKey,
  stepKey,
  outcome: actionKey === null ? 'skipped' : 'done',
  reason: actionKey === null ? 'pastDueDate' : null,
  onDate: '2026-04-15',
  actionKey,
});

const stored: CustomerLadder[] = [
  {
    customerId: 'c1',
    procedureKey: 'standard',
    entries: [
      { invoiceId: 'open-1', stepKey: 'courtesy', onDate: '2026-04-01', outcome: 'done' },
      { invoiceId: 'paid-1', stepKey: 'courtesy', onDate: '2026-04-01', outcome: 'done' },
    ],
  },
];

describe('updatedLadders', () => {
  it('adds the day’s steps to the stored ladder and drops entries of settled invoices', () => {
    const ladders = updatedLadders('c1', stored, new Set(['open-1', 'open-2']), [step('open-1', 'first-reminder', 'a1'), step('open-2', 'courtesy', null)], new Set(['a1']));
    expect(ladders).toEqual([
      {
        customerId: 'c1',
        procedureKey: 'standard',
        entries: [
          { invoiceId: 'open-1', stepKey: 'courtesy', onDate: '2026-04-01', outcome: 'done' },
          { invoiceId: 'open-1', stepKey: 'first-reminder', onDate: '2026-04-15', outcome: 'done' },
          { invoiceId: 'open-2', stepKey: 'courtesy', onDate: '2026-04-15', outcome: 'skipped', reason: 'pastDueDate' },
        ],
      },
    ]);
  });

  it('leaves out steps whose action was not stored by this write, and ladders with nothing new', () => {
    expect(updatedLadders('c1', stored, new Set(['open-1']), [step('open-1', 'first-reminder', 'a1')], new Set())).toEqual([]);
  });

  it('starts a ladder of its own for a procedure the customer was not on before', () => {
    const ladders = updatedLadders('c1', stored, new Set(['open-1']), [step('open-1', 'first-reminder', 'a1', 'key-account')], new Set(['a1']));
    expect(ladders).toEqual([
      { customerId: 'c1', procedureKey: 'key-account', entries: [{ invoiceId: 'open-1', stepKey: 'first-reminder', onDate: '2026-04-15', outcome: 'done' }] },
    ]);
  });
});
