// A procedure as a file people write and exchange: YAML or JSON text in, a draft out,
// with every problem placed — the line of a syntax error, the field path (and line)
// of content that does not fit. Absent optional parts take the shipped defaults.
import { LineCounter, parseDocument, isMap, isPair, isScalar, stringify, type Document } from 'yaml';
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
  type ProcedureVersion,
} from '../../domain/dunning/procedure';
import type { Issue } from '../errors';
import type { ProcedureDraft } from './save-procedure';

export type ProcedureFormat = 'yaml' | 'json';

const step = z.strictObject({
  key: z.string(),
  dayOffset: z.number().int(),
  purpose: z.enum(stepPurposes).default('reminder'),
  channel: z.enum(channels),
  addressees: z.array(z.enum(addresseeRoles)),
  templateKey: z.string(),
  tone: z.enum(tones),
  conditions: z
    .strictObject({
      minOverdueMinor: z.number().int().optional(),
      onlyIfNoReplySinceLastStep: z.boolean().optional(),
      onlyAfterBrokenPromise: z.boolean().optional(),
    })
    .default({}),
  approval: z.enum(approvals).default('none'),
  effects: z.array(z.enum(stepEffects)).default([]),
});

const procedureDocument = z.strictObject({
  procedureKey: z.string(),
  /** Ignored on import: a saved draft always becomes the next version. */
  version: z.number().int().optional(),
  effectiveFrom: z.string().optional(),
  name: z.strictObject({ pl: z.string(), en: z.string() }),
  steps: z.array(step),
  rhythm: z
    .strictObject({
      maxContactsPerWeek: z.number().int(),
      minDaysBetweenContacts: z.number().int(),
      maxCallAttemptsPerDay: z.number().int(),
      rotateAfterUnansweredEmails: z.number().int(),
    })
    .default(defaultRhythm),
  sendWindow: z.strictObject({ weekdays: z.array(z.number().int()), from: z.string(), to: z.string() }).default(defaultSendWindow),
  promiseGraceDays: z.number().int().default(3),
  planDefaultAfterDays: z.number().int().default(7),
});

/** A parsed document: the draft without its effective day when the file names none. */
export type ParsedProcedure = Omit<ProcedureDraft, 'effectiveFrom'> & { effectiveFrom?: string };

/** A field path as procedure issues write it: `steps[2].addressees`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), '');
}

/** The format a file name says, or null when it says none. */
export function formatOfFileName(fileName: string): ProcedureFormat | null {
  if (/\.ya?ml$/i.test(fileName)) return 'yaml';
  if (/\.json$/i.test(fileName)) return 'json';
  return null;
}

/** The procedure version as text in the format, ready to edit and import again. */
export function procedureToText(stored: ProcedureVersion, format: ProcedureFormat): string {
  // Stored procedures come back from jsonb with their keys reordered; the document's own
  // order (a step's day and channel before its conditions) reads better.
  const parsed = procedureDocument.safeParse(stored);
  const version = parsed.success ? parsed.data : stored;
  if (format === 'json') return `${JSON.stringify(version, null, 2)}\n`;
  const header = [
    `# Procedure "${stored.procedureKey}", version ${stored.version}, in effect from ${stored.effectiveFrom}.`,
    '# Importing this file saves it as a new version; change effectiveFrom to the day it should start.',
  ].join('\n');
  return `${header}\n${stringify(version, { lineWidth: 0 })}`;
}

/** Reads a procedure file; the issues name the file, the line and the field path of each problem. */
export function parseProcedureText(
  text: string,
  format: ProcedureFormat,
  file: string,
): { ok: true; value: ParsedProcedure; lineOfField: (field: string) => number | undefined } | { ok: false; issues: Issue[] } {
  const lineCounter = new LineCounter();
  if (format === 'json') {
    try {
      JSON.parse(text);
    } catch (error) {
      return { ok: false, issues: [{ file, line: jsonErrorLine(text, error as Error), message: `not valid JSON: ${(error as Error).message}` }] };
    }
  }
  // JSON is YAML too: one parser gives the node positions for both formats.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((e) => ({ file, line: e.linePos?.[0].line ?? lineCounter.linePos(e.pos[0]).line, message: `not valid YAML: ${firstLine(e.message)}` })),
    };
  }
  const parsed = procedureDocument.safeParse(doc.toJS());
  if (parsed.success) return { ok: true, value: parsed.data, lineOfField: (field) => lineOf(doc, lineCounter, pathOfField(field)) };
  return {
    ok: false,
    issues: parsed.error.issues.flatMap((issue) => {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [null];
      return keys.map((key) => {
        const path = key === null ? issue.path : [...issue.path, key];
        const field = fieldPath(path);
        const message = key === null ? issue.message : `unknown field "${key}"`;
        return { file, line: lineOf(doc, lineCounter, path), field: field || undefined, message };
      });
    }),
  };
}

/** The line of the node at a path (or of the nearest parent that exists), for issues. */
export function lineOf(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const parts = path.slice(0, depth);
    const parentPath = parts.slice(0, -1);
    const last = parts.at(-1);
    const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath as unknown[], true);
    // A key's own position is where people look for a field, e.g. an unknown one.
    if (isMap(parent) && last !== undefined) {
      const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === last);
      const range = pair && isPair(pair) && isScalar(pair.key) ? pair.key.range : undefined;
      if (range) return lineCounter.linePos(range[0]).line;
    }
    const node = parts.length === 0 ? doc.contents : doc.getIn(parts as unknown[], true);
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (range) return lineCounter.linePos(range[0]).line;
  }
  return undefined;
}

/** `steps[2].addressees` → ['steps', 2, 'addressees']. */
export function pathOfField(field: string): PropertyKey[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

function firstLine(message: string): string {
  return message.split('\n')[0]!;
}

// Newer JSON.parse messages name a position ("at position 42") or a line ("line 3
// column 5"); older ones neither, and the YAML parser, which reads JSON too, places it.
function jsonErrorLine(text: string, error: Error): number | undefined {
  const line = /line (\d+)/.exec(error.message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(error.message);
  if (position) return text.slice(0, Number(position[1])).split('\n').length;
  const lineCounter = new LineCounter();
  const [first] = parseDocument(text, { lineCounter, prettyErrors: false }).errors;
  return first ? lineCounter.linePos(first.pos[0]).line : undefined;
}
