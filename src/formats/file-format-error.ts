// A file that cannot be read as what it claims to be (a broken quote, a mixed text
// encoding, a damaged workbook) stops the row stream. Readers throw this one error
// type so the import can turn it into a reported problem with the file's line (and
// field, when known); any other exception is a bug.

/** An import option that settles what the file alone cannot tell (how it writes dates, decimals, its currency). */
export type ImportOption = 'dateFormat' | 'decimalSeparator' | 'currency';

export class FileFormatError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    /** The field or column at fault, when the reader knows it. */
    readonly field?: string,
    /** The option that would settle it, when giving one would. */
    readonly option?: ImportOption,
  ) {
    super(message);
    this.name = 'FileFormatError';
  }
}
