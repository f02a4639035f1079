// A person's search text must match literally: % and _ are LIKE wildcards.

/** An ILIKE pattern that finds the text anywhere, with its wildcards escaped. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}
