// The template list as people think of it: by procedure, then by the procedure's steps
// in the order they run, one row per channel with the four languages side by side.
// Keys no procedure's latest version uses (an older version's, or one the organization
// changed before renaming a step) gather at the end.
import type { Tone } from '../../../src/domain/dunning/procedure';
import { messageLanguages, templateChannels } from '../../../src/domain/messages/message-types';
import type { ProcedureSummary, TemplateSummary } from '../../../src/http/contract';

export type TemplateRow = { templateKey: string; channel: TemplateSummary['channel']; cells: (TemplateSummary | null)[] };
export type TemplateStepGroup = { templateKey: string; tone: Tone | null; dayOffset: number | null; rows: TemplateRow[] };
export type TemplateProcedureGroup = { procedure: Pick<ProcedureSummary, 'key'> & { name: ProcedureSummary['latest']['name'] } | null; steps: TemplateStepGroup[] };

type ProcedureSteps = Pick<ProcedureSummary, 'key'> & { latest: Pick<ProcedureSummary['latest'], 'name' | 'steps'> };

function stepGroup(templateKey: string, summaries: readonly TemplateSummary[], dayOffset: number | null): TemplateStepGroup {
  const rows = templateChannels
    .map((channel): TemplateRow => ({
      templateKey,
      channel,
      cells: messageLanguages.map((language) => summaries.find((s) => s.channel === channel && s.language === language) ?? null),
    }))
    .filter((row) => row.cells.some((cell) => cell !== null));
  return { templateKey, tone: summaries[0]?.tone ?? null, dayOffset, rows };
}

/** The templates grouped by procedure and step; each template appears once, under the first procedure using its key. */
export function groupTemplates(templates: readonly TemplateSummary[], procedures: readonly ProcedureSteps[]): TemplateProcedureGroup[] {
  const byKey = new Map<string, TemplateSummary[]>();
  for (const template of templates) byKey.set(template.templateKey, [...(byKey.get(template.templateKey) ?? []), template]);
  const placed = new Set<string>();
  const groups: TemplateProcedureGroup[] = [];
  for (const procedure of procedures) {
    const steps: TemplateStepGroup[] = [];
    for (const step of procedure.latest.steps) {
      const summaries = byKey.get(step.templateKey);
      if (!summaries || placed.has(step.templateKey)) continue;
      placed.add(step.templateKey);
      steps.push(stepGroup(step.templateKey, summaries, step.dayOffset));
    }
    if (steps.length > 0) groups.push({ procedure: { key: procedure.key, name: procedure.latest.name }, steps });
  }
  const others = [...byKey.entries()].filter(([key]) => !placed.has(key)).map(([key, summaries]) => stepGroup(key, summaries, null));
  if (others.length > 0) groups.push({ procedure: null, steps: others });
  return groups;
}
