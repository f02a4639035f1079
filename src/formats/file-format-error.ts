// A file that cannot be read as what it claims to be (a broken quote, a mixed text
// encoding, a damaged workbook) stops the row stream. Readers throw this one error
// type so the import can turn it into a reported problem with the file's line (and
// field, when known); any other exception is a bug.

export class FileFormatError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    /** The field or column at fault, when the reader knows it. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'FileFormatError';
  }
}
