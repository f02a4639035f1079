// One conversation per customer a day, even when the day is run twice and the ledger
// changed in between (a payment arrived, so the merged contact would now list fewer
// invoices and get another key): a second, different contact waits for the next day.
import { addDays, type IsoDate } from '../../domain/dates';
import type { Action, Decision, HeldStep } from '../../domain/dunning/actions';

const isContact = (a: Action) => a.kind === 'sendMessage' || a.kind === 'createCallTask';
const isEffect = (a: Action) => a.kind === 'holdCredit' || a.kind === 'notifyAccountOwner' || a.kind === 'openHandover';

/**
 * The decision with contacts other than those already stored for the day held back,
 * with their effects; `storedKey` turns an action's key into the outbox's form of it.
 */
export function keepOneContactPerDay(
  decision: Decision,
  keysOnDate: readonly string[],
  date: IsoDate,
  storedKey: (key: string) => string = (key) => key,
): Decision {
  if (keysOnDate.length === 0) return decision;
  const extra = decision.actions.filter((a) => isContact(a) && !keysOnDate.includes(storedKey(a.key)));
  if (extra.length === 0) return decision;
  const dropped = new Set(extra.flatMap((a) => a.steps.map((s) => `${s.invoiceId}|${s.stepKey}`)));
  const actions = decision.actions.filter(
    (a) => !extra.includes(a) && !(isEffect(a) && a.steps.some((s) => dropped.has(`${s.invoiceId}|${s.stepKey}`))),
  );
  const held: HeldStep[] = extra.map((a) => ({
    customerId: a.customerId,
    channel: a.kind === 'sendMessage' || a.kind === 'createCallTask' ? a.channel : 'internalTask',
    steps: a.steps,
    reason: 'tooSoonAfterLastContact',
    nextAllowedOn: addDays(date, 1),
  }));
  return { actions, held: [...decision.held, ...held], skipped: decision.skipped };
}
