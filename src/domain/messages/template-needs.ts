// Which templates procedures need: one per step template key and channel the step's
// message may go out on, each with the step's tone.
import type { ProcedureVersion, Tone } from '../dunning/procedure';
import type { TemplateChannel } from './message-types';
import { templateChannelsForStep } from './template-content';

export type TemplateNeed = { templateKey: string; channel: TemplateChannel; tone: Tone };

/** Every (template key, channel) the procedures' steps may render, first tone seen for each, in step order. */
export function templateNeeds(procedures: readonly ProcedureVersion[]): TemplateNeed[] {
  const needs = new Map<string, TemplateNeed>();
  for (const procedure of procedures) {
    for (const step of procedure.steps) {
      for (const channel of templateChannelsForStep(step.channel)) {
        const key = `${step.templateKey}|${channel}`;
        if (!needs.has(key)) needs.set(key, { templateKey: step.templateKey, channel, tone: step.tone });
      }
    }
  }
  return [...needs.values()];
}
