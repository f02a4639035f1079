import { describe, expect, it } from 'vitest';
import type { TemplateToneFindingView } from '../../../src/http/contract';
import { ApiError } from '../api/client';
import { hasNoProblems, templateProblems } from './part-problems';

const finding = (part: TemplateToneFindingView['part'], severity: TemplateToneFindingView['severity']): TemplateToneFindingView => ({
  part,
  severity,
  ruleId: 'pl.threat.police',
  category: 'threat',
  phrase: 'policję',
  offset: 3,
  suggestion: 'Opisz kolejny krok.',
  line: 2,
});

describe('templateProblems', () => {
  it('puts Liquid errors under their part and keeps the rest apart', () => {
    const error = new ApiError(400, {
      code: 'invalid_input',
      issues: [
        { field: 'body.html', line: 2, message: 'line 2, column 4: tag not closed' },
        { field: 'body.text', message: 'required for a email template' },
        { message: 'the organization rules are broken' },
      ],
    });
    const problems = templateProblems(error);
    expect(problems.parts.html.issues).toEqual(['line 2, column 4: tag not closed']);
    expect(problems.parts.text.issues).toEqual(['required for a email template']);
    expect(problems.parts.subject).toEqual({ issues: [], findings: [] });
    expect(problems.other).toEqual(['the organization rules are broken']);
  });

  it("shows the tone guard's findings instead of the issues that repeat them", () => {
    const error = new ApiError(400, {
      code: 'invalid_input',
      issues: [{ field: 'body.html', line: 2, message: 'line 2: "policję" is not allowed' }],
      toneFindings: [finding('html', 'forbidden'), finding('subject', 'warning')],
    });
    const problems = templateProblems(error);
    expect(problems.parts.html).toEqual({ issues: [], findings: [finding('html', 'forbidden')] });
    expect(problems.parts.subject.findings).toEqual([finding('subject', 'warning')]);
  });

  it('shows the warnings a save returned, and nothing when all is well', () => {
    expect(templateProblems(null, [finding('text', 'warning')]).parts.text.findings).toHaveLength(1);
    expect(hasNoProblems(templateProblems(null))).toBe(true);
    expect(hasNoProblems(templateProblems(new ApiError(404, { code: 'not_found' })))).toBe(true);
  });
});
