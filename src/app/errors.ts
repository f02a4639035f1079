// Expected failures of use cases. Each code has one meaning; the HTTP layer maps
// codes to statuses and the CLI to exit codes, each in one place.

export const errorCodes = {
  /** The input broke a rule; `issues` name the fields (and file lines for imports). */
  invalid_input: 'invalid_input',
  /** The thing does not exist in this organization (or the caller may not know it does). */
  not_found: 'not_found',
  /** A unique business key is taken, e.g. an invoice number or an organization slug. */
  conflict: 'conflict',
  /** The caller is not signed in, or the token is unknown, expired or revoked. */
  unauthenticated: 'unauthenticated',
  /** The caller's role in the organization does not allow this. */
  forbidden: 'forbidden',
  /** The change would break the ledger, e.g. allocating more than is open. */
  ledger_rule: 'ledger_rule',
} as const;

export type ErrorCode = keyof typeof errorCodes;

/** Where a problem is: a field path, and for files also the file name and line. */
export type Issue = { field?: string; file?: string; line?: number; message: string };

export type Failure = { ok: false; code: ErrorCode; message: string; issues?: Issue[] };
export type Result<T> = { ok: true; value: T } | Failure;

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, issues?: Issue[]): Failure => ({
  ok: false,
  code,
  message,
  ...(issues ? { issues } : {}),
});

/** Thrown inside a transaction to roll it back with an expected failure. */
export class FailureError extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}
