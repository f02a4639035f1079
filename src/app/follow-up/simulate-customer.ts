// One customer's coming days as the daily runs would decide them, without writing:
// each day routed afresh (overdue amounts and days move), decided by the version in
// effect that day, and its contacts fed back as history for the next — the engine's
// simulation, with routing and versions added. Payments are not foreseen.
import { addDays, type IsoDate } from '../../domain/dates';
import type { Decision } from '../../domain/dunning/actions';
import { decide } from '../../domain/dunning/decide';
import { applyDecision } from '../../domain/dunning/simulate';
import { outboxKey } from '../../store/follow-up-actions';
import type { LoadedCustomer } from '../../store/follow-up-snapshots';
import { customerFactsOn } from './customer-facts';
import { assignProcedure, type Assignment, type ProcedureBook } from './procedure-book';

/**
 * Drops the collector's once-per-situation tasks raised before (stored, or earlier in
 * the simulation): the outbox would find their key taken, so they are not new work.
 * Keys are compared in the outbox's form of them.
 */
export function onceTaskFilter(storedKeys: readonly string[]): (decision: Decision) => Decision {
  const seen = new Set(storedKeys);
  return (decision) => {
    const actions = decision.actions.filter((action) => {
      if (action.kind !== 'createInternalTask' || action.reason === 'stepTask') return true;
      const key = outboxKey(action.key);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return actions.length === decision.actions.length ? decision : { ...decision, actions };
  };
}

export type SimulatedCustomerDay = { date: IsoDate; assignment: Assignment | null; decision: Decision };

const nothing: Decision = { actions: [], held: [], skipped: [] };

/** The decisions of `days` days from `from` for a customer loaded as of `from`. */
export function simulateCustomer(
  loaded: LoadedCustomer,
  book: ProcedureBook,
  baseCurrency: string,
  from: IsoDate,
  days: number,
): SimulatedCustomerDay[] {
  const result: SimulatedCustomerDay[] = [];
  let current = loaded;
  const once = onceTaskFilter(loaded.storedTaskKeys);
  for (let i = 0; i < days; i++) {
    const date = addDays(from, i);
    const assignment = assignProcedure(book, customerFactsOn(current, baseCurrency, date), date);
    if (!assignment) {
      result.push({ date, assignment, decision: nothing });
      continue;
    }
    const decision = once(decide(current.snapshot, assignment.version, date));
    result.push({ date, assignment, decision });
    current = { ...current, snapshot: applyDecision(current.snapshot, assignment.version.procedureKey, date, decision) };
  }
  return result;
}
