// The problems an import found, as the report lists them: each with the file's name,
// sorted by line, at most `max` of them (a file with a wrong column in every one of a
// million rows needs the first few to be fixed, not all).
import type { ImportReport } from '../../http/contract';

export type FoundIssue = { line?: number; field?: string; message: string };

export type IssueList = {
  add(issue: FoundIssue): void;
  addAll(issues: readonly FoundIssue[]): void;
  /** How many were found, listed or not. */
  count(): number;
  /** True once more were found than are listed. */
  truncated(): boolean;
  list(): ImportReport['errors'];
};

/** An empty list for problems of the named file. */
export function issueList(file: string, max: number): IssueList {
  const kept: FoundIssue[] = [];
  let found = 0;
  const add = (issue: FoundIssue) => {
    found++;
    if (kept.length < max) kept.push(issue);
  };
  return {
    add,
    addAll: (issues) => issues.forEach(add),
    count: () => found,
    truncated: () => found > max,
    list: () =>
      [...kept]
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
        .map(({ line, field, message }) => ({
          file,
          ...(line !== undefined ? { line } : {}),
          ...(field !== undefined ? { field } : {}),
          message,
        })),
  };
}
