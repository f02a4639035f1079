// "What happens in the next 30 days", a forecast, a back-test: the engine run day
// after day, each day's contacts fed back as history (unanswered, since nobody can
// know the answer) so the next day sees them. Payments are not simulated.
import { addDays, type IsoDate } from '../dates';
import type { Decision } from './actions';
import { decide } from './decide';
import type { ProcedureVersion } from './procedure';
import type { CustomerSnapshot, PastContact } from './snapshot';

export type SimulatedDay = { date: IsoDate; decision: Decision };

/** The snapshot as it stands after a day's decision has been carried out. */
export function applyDecision(snapshot: CustomerSnapshot, procedureKey: string, date: IsoDate, decision: Decision): CustomerSnapshot {
  const carriedOut: PastContact[] = [];
  let creditHold = snapshot.customer.creditHold;
  for (const action of decision.actions) {
    const steps = action.steps.map((s) => ({ ...s, procedureKey }));
    if (action.kind === 'sendMessage' || action.kind === 'createCallTask') {
      carriedOut.push({ date, channel: action.channel, steps, answered: false });
    } else if (action.kind === 'createInternalTask' && action.reason === 'stepTask') {
      carriedOut.push({ date, channel: 'internalTask', steps, answered: false });
    } else if (action.kind === 'holdCredit') {
      creditHold = true;
    }
  }
  const skipped = decision.skipped.map((s) => ({ date, invoiceId: s.invoiceId, procedureKey, stepKey: s.stepKey }));
  return {
    ...snapshot,
    customer: { ...snapshot.customer, creditHold },
    history: [...snapshot.history, ...carriedOut],
    skippedSteps: [...(snapshot.skippedSteps ?? []), ...skipped],
  };
}

/** The decision of each day from `from` for `days` days, each day seeing what the days before did. */
export function simulate(snapshot: CustomerSnapshot, procedure: ProcedureVersion, from: IsoDate, days: number): SimulatedDay[] {
  const result: SimulatedDay[] = [];
  let current = snapshot;
  for (let i = 0; i < days; i++) {
    const date = addDays(from, i);
    const decision = decide(current, procedure, date);
    result.push({ date, decision });
    current = applyDecision(current, procedure.procedureKey, date, decision);
  }
  return result;
}
