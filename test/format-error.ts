// The FileFormatError a reader throws, for tests that check its line, field and words.
import { expect } from 'vitest';
import { FileFormatError } from '../src/formats/file-format-error';

/** Runs `run` and returns the FileFormatError it throws; any other outcome fails the test. */
export function formatError(run: () => unknown): FileFormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof FileFormatError) return error;
    throw error;
  }
  return expect.fail('expected a FileFormatError');
}
