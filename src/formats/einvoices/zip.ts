// Reading the files out of a ZIP archive (KSeF batch downloads, e-mailed bundles).
// The central directory at the end of the archive is the authority on what it
// holds; only the two methods archivers actually use, stored and deflate, are read.
// ZIP64 and encryption are refused rather than half-read.
import { crc32, inflateRawSync } from 'node:zlib';
import { FileFormatError } from '../file-format-error';

export type ZipEntry = { name: string; bytes: Uint8Array } | { name: string; error: FileFormatError };

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** True when the bytes start like a ZIP archive. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/**
 * The files of a ZIP archive, directories left out. A damaged archive throws; an entry
 * that cannot be read (encrypted, an unknown method, a bad checksum) comes back with
 * its error so the other entries still can be.
 */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    throw new FileFormatError('the archive is a ZIP64 archive, which is not supported; pack fewer or smaller files');
  }
  const disk = view.getUint16(end + 4, true);
  const directoryDisk = view.getUint16(end + 6, true);
  const entryCount = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    throw new FileFormatError('the archive is a ZIP64 archive, which is not supported; pack fewer or smaller files');
  }
  if (disk !== 0 || directoryDisk !== 0) throw new FileFormatError('the archive is split over several parts, which is not supported');
  if (directoryOffset + directorySize > end) throw new FileFormatError('the archive is damaged: its directory lies outside the file');

  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let index = 0; index < entryCount; index++) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) {
      throw new FileFormatError(`the archive is damaged: directory entry ${index + 1} of ${entryCount} is not where the directory says`);
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const expectedCrc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = entryName(bytes.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0);
    at += 46 + nameLength + extraLength + commentLength;

    if (name.endsWith('/')) continue;
    const entryError = (problem: string) => entries.push({ name, error: new FileFormatError(`${name} in the archive ${problem}`) });
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) {
      throw new FileFormatError(`the archive is a ZIP64 archive (${name} is too large), which is not supported`);
    }
    if (flags & 0x1) {
      entryError('is encrypted; Duly reads only archives without a password');
      continue;
    }
    if (method !== 0 && method !== 8) {
      entryError(`is compressed with method ${method}; only stored (0) and deflate (8) are read`);
      continue;
    }
    if (localOffset + 30 > end || view.getUint32(localOffset, true) !== LOCAL_HEADER) {
      throw new FileFormatError(`the archive is damaged: the data of ${name} is not where the directory says`);
    }
    const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (dataStart + compressedSize > bytes.length) {
      throw new FileFormatError(`the archive is damaged: ${name} runs past the end of the file`);
    }
    const stored = bytes.subarray(dataStart, dataStart + compressedSize);
    let content: Uint8Array;
    try {
      // The limit stops an entry from inflating beyond the size the directory promises.
      content = method === 0 ? stored : new Uint8Array(inflateRawSync(stored, { maxOutputLength: Math.max(size, 1) }));
    } catch {
      entryError('is damaged: its compressed data cannot be unpacked');
      continue;
    }
    if (content.length !== size || crc32(content) >>> 0 !== expectedCrc) {
      entryError('is damaged: its content does not match the checksum');
      continue;
    }
    entries.push({ name, bytes: content });
  }
  return entries;
}

// The end-of-directory record is 22 bytes plus a comment of up to 65 535 bytes.
function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw new FileFormatError('the file is not a ZIP archive, or it is cut short: the end of its directory is missing');
}

// Names flagged UTF-8 are UTF-8; older archivers write the DOS code page, where
// anything but ASCII is guesswork, so valid UTF-8 is taken as such and the rest as Latin-1.
function entryName(raw: Uint8Array, utf8: boolean): string {
  try {
    return new TextDecoder('utf-8', { fatal: !utf8 }).decode(raw);
  } catch {
    return new TextDecoder('latin1').decode(raw);
  }
}
