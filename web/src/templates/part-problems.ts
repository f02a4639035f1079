// What the server said about a template, sorted by part so the editor can show each
// problem under the field it concerns: Liquid errors with their line, and the tone
// guard's findings with phrase, rule and suggestion.
import type { TemplateToneFindingView } from '../../../src/http/contract';
import { ApiError } from '../api/client';

export type TemplatePart = 'subject' | 'html' | 'text';
export type PartProblems = { issues: string[]; findings: TemplateToneFindingView[] };
export type TemplateProblems = { parts: Record<TemplatePart, PartProblems>; other: string[] };

const parts: readonly TemplatePart[] = ['subject', 'html', 'text'];

function partOf(field: string | undefined): TemplatePart | null {
  const name = field?.replace(/^body\./, '');
  return parts.find((part) => part === name) ?? null;
}

/** The tone findings a refused save carried, if any. */
export function refusedFindings(error: unknown): TemplateToneFindingView[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.body.toneFindings)) return [];
  return error.body.toneFindings as TemplateToneFindingView[];
}

/**
 * The problems of a save (or of a preview of the draft) by part. The tone guard reads
 * only a template that renders, so a refusal is either Liquid's or the guard's: when
 * the guard refused, its findings say everything the issues say, and more.
 */
export function templateProblems(error: unknown, savedFindings: readonly TemplateToneFindingView[] = []): TemplateProblems {
  const problems: TemplateProblems = {
    parts: { subject: { issues: [], findings: [] }, html: { issues: [], findings: [] }, text: { issues: [], findings: [] } },
    other: [],
  };
  const refused = refusedFindings(error);
  for (const finding of [...refused, ...savedFindings]) problems.parts[finding.part].findings.push(finding);
  if (error instanceof ApiError && refused.length === 0) {
    for (const issue of error.issues) {
      const part = partOf(issue.field);
      if (part) problems.parts[part].issues.push(issue.message);
      else problems.other.push(issue.field ? `${issue.field}: ${issue.message}` : issue.message);
    }
  }
  return problems;
}

/** True when nothing is to be shown. */
export function hasNoProblems(problems: TemplateProblems): boolean {
  return problems.other.length === 0 && parts.every((part) => problems.parts[part].issues.length === 0 && problems.parts[part].findings.length === 0);
}
