// Instants leave the store as ISO 8601 text: the drivers give Date objects for
// timestamptz, and an API speaks strings.

/** An instant as ISO 8601 text in UTC; null stays null. */
export function isoInstant(value: Date | string): string;
export function isoInstant(value: Date | string | null): string | null;
export function isoInstant(value: Date | string | null): string | null {
  if (value === null) return null;
  return (value instanceof Date ? value : new Date(value)).toISOString();
}
