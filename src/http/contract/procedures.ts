// Procedures (versioned follow-up ladders) and the routing rules that pick one for
// each customer, as the API reads and writes them.
import { z } from 'zod';
import {
  addresseeRoles,
  approvals,
  channels,
  defaultRhythm,
  defaultSendWindow,
  stepEffects,
  stepPurposes,
  tones,
} from '../../domain/dunning/procedure';
import { isoDate, minorUnits } from './common';

const oneOf = (values: readonly string[]) => `one of ${values.join(', ')}`;

export const procedureStep = z.object({
  key: z.string(),
  dayOffset: z.number().int().describe('days from the due date; negative is before it'),
  purpose: z.enum(stepPurposes),
  channel: z.enum(channels),
  addressees: z.array(z.enum(addresseeRoles)).describe('tried in order: the first role with a usable contact is addressed'),
  templateKey: z.string(),
  tone: z.enum(tones),
  conditions: z.object({
    minOverdueMinor: z.number().int().optional(),
    onlyIfNoReplySinceLastStep: z.boolean().optional(),
    onlyAfterBrokenPromise: z.boolean().optional(),
  }),
  approval: z.enum(approvals),
  effects: z.array(z.enum(stepEffects)),
});
export type ProcedureStepView = z.infer<typeof procedureStep>;

const rhythm = z.object({
  maxContactsPerWeek: z.number().int(),
  minDaysBetweenContacts: z.number().int(),
  maxCallAttemptsPerDay: z.number().int(),
  rotateAfterUnansweredEmails: z.number().int(),
});
const sendWindow = z.object({ weekdays: z.array(z.number().int()), from: z.string(), to: z.string() });

export const procedureVersion = z.object({
  procedureKey: z.string(),
  version: z.number().int(),
  effectiveFrom: z.string(),
  name: z.object({ pl: z.string(), en: z.string() }),
  steps: z.array(procedureStep),
  rhythm,
  sendWindow,
  promiseGraceDays: z.number().int(),
  planDefaultAfterDays: z.number().int(),
});
export type ProcedureVersionView = z.infer<typeof procedureVersion>;

// The values of a new version are checked by the procedure rules, which name every
// problem by its path (`steps[2].addressees`); the schema only asks for the shape.
const stepInput = z.object({
  key: z.string(),
  dayOffset: z.number(),
  purpose: z.string().default('reminder').describe(oneOf(stepPurposes)),
  channel: z.string().describe(oneOf(channels)),
  addressees: z.array(z.string()).describe(oneOf(addresseeRoles)),
  templateKey: z.string(),
  tone: z.string().describe(oneOf(tones)),
  conditions: z
    .object({
      minOverdueMinor: z.number().optional(),
      onlyIfNoReplySinceLastStep: z.boolean().optional(),
      onlyAfterBrokenPromise: z.boolean().optional(),
    })
    .default({}),
  approval: z.string().default('none').describe(oneOf(approvals)),
  effects: z.array(z.string()).default([]).describe(oneOf(stepEffects)),
});

export const procedureVersionInput = z.object({
  effectiveFrom: z.string().describe('the first day the version decides (YYYY-MM-DD)'),
  name: z.object({ pl: z.string(), en: z.string() }),
  steps: z.array(stepInput),
  rhythm: z
    .object({
      maxContactsPerWeek: z.number(),
      minDaysBetweenContacts: z.number(),
      maxCallAttemptsPerDay: z.number(),
      rotateAfterUnansweredEmails: z.number(),
    })
    .default(defaultRhythm),
  sendWindow: z.object({ weekdays: z.array(z.number()), from: z.string(), to: z.string() }).default(defaultSendWindow),
  promiseGraceDays: z.number().default(3),
  planDefaultAfterDays: z.number().default(7),
});
export type ProcedureVersionInput = z.input<typeof procedureVersionInput>;

export const procedureSummary = z.object({
  key: z.string(),
  versions: z.array(z.object({ version: z.number().int(), effectiveFrom: z.string(), createdAt: z.string() })),
  latest: procedureVersion,
});
export type ProcedureSummary = z.infer<typeof procedureSummary>;

export const procedureDetail = z.object({ key: z.string(), versions: z.array(procedureVersion) });
export type ProcedureDetail = z.infer<typeof procedureDetail>;

export const procedureExportQuery = z.object({
  format: z.enum(['yaml', 'json']).default('yaml'),
  version: z.coerce.number().int().min(1).optional().describe('the latest when absent'),
});

export const procedureImportQuery = z.object({
  fileName: z.string().max(200).optional().describe('for a text body: names the file in error messages and tells its format'),
  effectiveFrom: isoDate.optional().describe("overrides the file's effectiveFrom"),
});

// ── Routing rules ──────────────────────────────────────────────────────────────────

export const routingCriteria = z.strictObject({
  manualProcedureKey: z.string().optional(),
  tagsAny: z.array(z.string()).optional(),
  segments: z.array(z.string()).optional(),
  minTenureMonths: z.number().int().min(0).optional(),
  maxTenureMonths: z.number().int().min(0).optional(),
  minRevenue12mMinor: minorUnits.min(0).optional(),
  regularContract: z.boolean().optional(),
  minOverdueMinor: minorUnits.min(0).optional(),
  openBelowMinor: minorUnits.min(0).optional(),
  minDaysOverdue: z.number().int().optional(),
  minBrokenPromises: z.number().int().min(0).optional(),
});

export const routingRuleInput = z.object({
  priority: z.number().int().describe('lower is tried first'),
  name: z.string().max(200),
  procedureKey: z.string(),
  criteria: routingCriteria.describe('all must hold; amounts in the base currency'),
  enabled: z.boolean().default(true),
});
export type RoutingRuleInput = z.input<typeof routingRuleInput>;

export const routingRulesInput = z.object({ rules: z.array(routingRuleInput).max(200) });

export const routingRule = routingRuleInput.extend({ id: z.uuid(), enabled: z.boolean() });
export type RoutingRuleView = z.infer<typeof routingRule>;
