// Which statement format a file is, told from its first bytes rather than its name:
// banks name files .txt, .sta, .940, .csv, .xml or nothing. The reader picks its
// parser by it; the web app, to know a CSV export before the file is sent.

export type StatementFileKind = 'xml' | 'mt940' | 'csv';

/** How many bytes from the start decide the kind. */
export const STATEMENT_KIND_BYTES = 4096;

/** XML (camt.053), MT940/MT942 text, or a CSV export; null for anything else. */
export function statementFileKind(bytes: Uint8Array): StatementFileKind | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, STATEMENT_KIND_BYTES));
  const start = head.replace(/^(?:\uFEFF|ï»¿|þÿ|ÿþ)/, '').replace(/^[\s\x01]+/, '');
  if (start.startsWith('<')) return 'xml';
  if (/(^|\n):20:/.test(head.replace(/\r/g, '')) || /\{4:\s*(\r?\n)?:20:/.test(head)) return 'mt940';
  // Text with separators in its first lines is taken as a CSV export; whether it has a
  // header row the CSV reader tells, naming the columns it looked for.
  if (!head.includes('\0') && /[;,\t]/.test(start.split(/\r?\n/, 20).join('\n'))) return 'csv';
  return null;
}
