// Use cases called from the CLI or code (not only through HTTP) check their input
// themselves, with the same zod schemas the API validates with.
import type { z } from 'zod';
import { fail, ok, type Result } from './errors';

/** Parses input with a schema; invalid_input naming every wrong field otherwise. */
export function validateInput<S extends z.ZodType>(schema: S, input: unknown, prefix = ''): Result<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issues = parsed.error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter((part) => part !== '').join('.') || undefined,
    message: issue.message,
  }));
  const first = issues[0]!;
  return fail('invalid_input', first.field ? `${first.field}: ${first.message}` : first.message, issues);
}
