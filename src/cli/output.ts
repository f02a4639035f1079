// How the CLI answers: text for people, JSON with --json for scripts, and exit codes
// 0 ok, 1 invalid input, 2 any other failure — decided here and nowhere else.
import type { ErrorCode, Failure } from '../app/errors';

export const exitCodes = { ok: 0, invalidInput: 1, failure: 2 } as const;

export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'invalid_input':
    case 'conflict':
    case 'not_found':
    case 'ledger_rule':
      return exitCodes.invalidInput;
    case 'unauthenticated':
    case 'forbidden':
      return exitCodes.failure;
  }
}

export type Output = { json: boolean };

export function printResult(output: Output, value: unknown, text: string): void {
  process.stdout.write(output.json ? `${JSON.stringify(value, null, 2)}\n` : `${text}\n`);
}

/** Reports an expected failure and sets the exit code; the command then returns. */
export function reportFailure(output: Output, failure: Failure): void {
  if (output.json) {
    process.stdout.write(`${JSON.stringify({ error: failure }, null, 2)}\n`);
  } else {
    process.stderr.write(`error: ${failure.message}\n`);
    for (const issue of failure.issues ?? []) {
      const place = [issue.file, issue.line && `line ${issue.line}`, issue.field].filter(Boolean).join(', ');
      process.stderr.write(`  ${place ? `${place}: ` : ''}${issue.message}\n`);
    }
  }
  process.exitCode = exitCodeFor(failure.code);
}
