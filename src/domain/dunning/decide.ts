// The follow-up engine: for one customer, one procedure version and one day, what
// happens next. Pure: the same snapshot, procedure and day always give the same
// decision, which is what makes reruns safe and back-tests honest.
import type { IsoDate } from '../dates';
import type { Action, Decision, HeldStep, SkippedStep } from './actions';
import { planContact } from './contact';
import { invoiceCoverage } from './coverage';
import { ladderContext, nextLadderStep, type DueStep } from './ladder';
import { stepEffects, stepTasks } from './merge';
import { planDefaultedTasks, planStepsDue } from './plan-steps';
import type { ProcedureVersion } from './procedure';
import type { CustomerSnapshot } from './snapshot';

/** What to do with one customer today under one procedure version: actions, held steps and steps passed over. */
export function decide(snapshot: CustomerSnapshot, procedure: ProcedureVersion, today: IsoDate): Decision {
  const coverage = invoiceCoverage(snapshot, procedure, today);
  const ctx = ladderContext(snapshot, procedure, today, coverage.brokenPromise);

  const due: DueStep[] = [];
  const skipped: SkippedStep[] = [];
  for (const invoice of coverage.onLadder) {
    const next = nextLadderStep(ctx, invoice, coverage.firm.get(invoice.id), snapshot.customer.country);
    skipped.push(...next.skipped);
    if (next.due) due.push(next.due);
  }
  due.push(...planStepsDue(snapshot, coverage.activePlans, coverage.promised, today));

  const taskSteps = due.filter((s) => s.step.channel === 'internalTask');
  const contactSteps = due.filter((s) => s.step.channel !== 'internalTask');
  const actions: Action[] = [];
  const held: HeldStep[] = [];
  const executed: DueStep[] = [...taskSteps];

  if (contactSteps.length > 0) {
    const outcome = planContact(snapshot, procedure, contactSteps, today);
    if (outcome.contact) {
      actions.push(outcome.contact);
      executed.push(...contactSteps);
    }
    if (outcome.held) held.push(outcome.held);
    actions.push(...outcome.tasks);
  }
  actions.push(...stepTasks(snapshot, procedure, taskSteps, today));
  actions.push(...planDefaultedTasks(snapshot, procedure, coverage.newlyDefaultedPlans, today));
  actions.push(...stepEffects(snapshot, procedure, executed, today));
  return { actions, held, skipped };
}
