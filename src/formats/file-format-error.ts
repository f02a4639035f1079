// A file that cannot be read as what it claims to be (a broken quote, a mixed text
// encoding, a damaged workbook) stops the row stream. Readers throw this one error
// type so the import can turn it into a reported problem with the file's line; any
// other exception is a bug.

export class FileFormatError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'FileFormatError';
  }
}
