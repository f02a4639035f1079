// PostgreSQL and PGlite report a broken unique index with SQLSTATE 23505; drizzle
// may wrap the driver's error, so the code is looked for on the cause as well.

/** True when the error is a unique-index violation from either database. */
export function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    if ((current as { code?: unknown }).code === '23505') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
