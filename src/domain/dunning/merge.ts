// One conversation per customer: every invoice due a step the same day goes into one
// contact, spoken in the voice of the firmest step among them; internal tasks of the
// same step are merged per step, effects per kind.
import type { IsoDate } from '../dates';
import type { EffectAction, InternalTaskAction } from './actions';
import { actionKey, sortStepRefs } from './keys';
import type { DueStep } from './ladder';
import type { ProcedureVersion, StepEffect } from './procedure';
import { toneRank } from './procedure-rules';
import type { CustomerSnapshot } from './snapshot';

/** The step that speaks for a merged contact: the firmest tone, then the larger day offset, then the key. */
export function leadingStep(steps: readonly DueStep[]): DueStep {
  if (steps.length === 0) throw new Error('leadingStep needs at least one step');
  return [...steps].sort(
    (a, b) =>
      toneRank(b.step.tone) - toneRank(a.step.tone) ||
      b.step.dayOffset - a.step.dayOffset ||
      (a.step.key < b.step.key ? -1 : a.step.key > b.step.key ? 1 : 0) ||
      (a.ref.invoiceId < b.ref.invoiceId ? -1 : a.ref.invoiceId > b.ref.invoiceId ? 1 : 0),
  )[0]!;
}

/** Internal-task steps due today, one task per step key listing every invoice at that step. */
export function stepTasks(snapshot: CustomerSnapshot, procedure: ProcedureVersion, steps: readonly DueStep[], today: IsoDate): InternalTaskAction[] {
  const byKey = new Map<string, DueStep[]>();
  for (const s of steps) byKey.set(s.step.key, [...(byKey.get(s.step.key) ?? []), s]);
  return [...byKey.keys()].sort().map((stepKey) => {
    const group = byKey.get(stepKey)!;
    const refs = sortStepRefs(group.map((s) => s.ref));
    return {
      kind: 'createInternalTask',
      key: actionKey(snapshot.customer.id, procedure, 'createInternalTask', refs, today),
      customerId: snapshot.customer.id,
      procedureKey: procedure.procedureKey,
      procedureVersion: procedure.version,
      plannedFor: today,
      reason: 'stepTask',
      templateKey: group[0]!.step.templateKey,
      steps: refs,
    };
  });
}

const effectKinds: Record<StepEffect, EffectAction['kind']> = {
  setCreditHold: 'holdCredit',
  notifyAccountOwner: 'notifyAccountOwner',
  openHandover: 'openHandover',
};

/** The effects of the steps carried out today, one action per kind; no credit hold when one is already on. */
export function stepEffects(snapshot: CustomerSnapshot, procedure: ProcedureVersion, executed: readonly DueStep[], today: IsoDate): EffectAction[] {
  const actions: EffectAction[] = [];
  for (const effect of ['setCreditHold', 'notifyAccountOwner', 'openHandover'] as const) {
    if (effect === 'setCreditHold' && snapshot.customer.creditHold) continue;
    const refs = sortStepRefs(executed.filter((s) => s.step.effects.includes(effect)).map((s) => s.ref));
    if (refs.length === 0) continue;
    const kind = effectKinds[effect];
    actions.push({
      kind,
      key: actionKey(snapshot.customer.id, procedure, kind, refs, today),
      customerId: snapshot.customer.id,
      procedureKey: procedure.procedureKey,
      procedureVersion: procedure.version,
      plannedFor: today,
      steps: refs,
    });
  }
  return actions;
}
