import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ladderHistories } from './ladder';
import type { CustomerSnapshot, PastContact } from './snapshot';

// The answers per invoice as the ladder once read them, scanning the history for each invoice.
function scanned(snapshot: CustomerSnapshot, procedureKey: string, invoiceId: string, today: string) {
  const mine = (s: { invoiceId: string; procedureKey: string }) => s.invoiceId === invoiceId && s.procedureKey === procedureKey;
  const taken = new Set<string>();
  for (const contact of snapshot.history) for (const s of contact.steps) if (mine(s)) taken.add(s.stepKey);
  for (const s of snapshot.skippedSteps ?? []) if (mine(s)) taken.add(s.stepKey);
  let lastContactOn: string | null = null;
  for (const contact of snapshot.history) {
    if (contact.channel === 'internalTask' || !contact.steps.some(mine)) continue;
    if (lastContactOn === null || contact.date > lastContactOn) lastContactOn = contact.date;
  }
  const advancedToday = snapshot.history.some((c) => c.date === today && c.steps.some(mine));
  return { taken, advancedToday, lastContactOn };
}

const invoiceId = fc.constantFrom('inv-1', 'inv-2', 'inv-3');
const procedureKey = fc.constantFrom('standard', 'key-account');
const stepKey = fc.constantFrom('first-reminder', 'second-reminder', 'payables-call', 'plan:p1:2026-03-10:reminder');
const date = fc.integer({ min: 0, max: 12 }).map((d) => `2026-03-${String(d + 1).padStart(2, '0')}`);
const step = fc.record({ invoiceId, procedureKey, stepKey });
const contact: fc.Arbitrary<PastContact> = fc.record({
  date,
  channel: fc.constantFrom('email', 'sms', 'call', 'letter', 'internalTask'),
  steps: fc.array(step, { maxLength: 4 }),
  answered: fc.boolean(),
});

function snapshotWith(history: PastContact[], skippedSteps: CustomerSnapshot['skippedSteps']): CustomerSnapshot {
  return {
    customer: { id: 'c1', country: 'PL', timeZone: 'Europe/Warsaw', language: 'pl', doNotContact: false, creditHold: false, snoozedUntil: null },
    contacts: [],
    openInvoices: [],
    promises: [],
    plans: [],
    history,
    skippedSteps,
    lastInboundOn: null,
  };
}

describe('ladder histories read in one pass', () => {
  it('give every invoice the same steps taken, rerun mark and last contact as scanning history for it', () => {
    fc.assert(
      fc.property(
        fc.array(contact, { maxLength: 12 }),
        fc.option(fc.array(fc.record({ date, invoiceId, procedureKey, stepKey }), { maxLength: 6 }), { nil: undefined }),
        procedureKey,
        date,
        (history, skipped, key, today) => {
          const snapshot = snapshotWith(history, skipped);
          const ladders = ladderHistories(snapshot, key, today);
          for (const id of ['inv-1', 'inv-2', 'inv-3']) {
            const expected = scanned(snapshot, key, id, today);
            const found = ladders.get(id) ?? { taken: new Set<string>(), advancedToday: false, lastContactOn: null };
            expect({ ...found, taken: [...found.taken].sort() }).toEqual({ ...expected, taken: [...expected.taken].sort() });
          }
        },
      ),
      { numRuns: 500 },
    );
  });
  it('leave out invoices the history does not mention under the procedure', () => {
    const history: PastContact[] = [{ date: '2026-03-02', channel: 'email', answered: false, steps: [{ invoiceId: 'inv-1', procedureKey: 'standard', stepKey: 'first-reminder' }] }];
    const ladders = ladderHistories(snapshotWith(history, undefined), 'key-account', '2026-03-02');
    expect(ladders.size).toBe(0);
  });
});
