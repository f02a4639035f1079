// Text files from accounting programs come as UTF-8 (with or without a BOM) or as
// Windows-1250 (Polish exports from Subiekt, Optima, Comarch…), now and then as
// UTF-16 from Excel's "Unicode text". The encoding is decided from the bytes: a BOM
// says it outright; otherwise the decision waits for the first non-ASCII byte (up to
// there both readings agree) and takes UTF-8 when what follows is valid UTF-8.
import { FileFormatError } from './file-format-error';

export type TextEncodingName = 'utf-8' | 'windows-1250' | 'utf-16le' | 'utf-16be';

const BOMS: { bytes: number[]; encoding: TextEncodingName }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** The encoding a byte-order mark announces, with the mark's length; null without one. */
export function encodingFromBom(bytes: Uint8Array): { encoding: TextEncodingName; bomLength: number } | null {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) return { encoding: bom.encoding, bomLength: bom.bytes.length };
  }
  return null;
}

/**
 * UTF-8 when the bytes are valid UTF-8, else Windows-1250. Unless `complete`, the bytes
 * may end in the middle of a character (more follow).
 */
export function guessEncoding(bytes: Uint8Array, complete = true): 'utf-8' | 'windows-1250' {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !complete });
    return 'utf-8';
  } catch {
    return 'windows-1250';
  }
}

export type DecodedText = {
  /** The text in pieces, BOM removed. */
  chunks: AsyncGenerator<string>;
  /** The encoding chosen; 'ascii' until the first non-ASCII byte decides it. */
  encoding(): TextEncodingName | 'ascii';
};

// This many bytes from the first non-ASCII one decide (fewer when the file ends
// sooner), however the file is cut into chunks.
const DECISION_WINDOW = 4096;

/** Decodes a byte stream as text, detecting the encoding as described above. */
export function decodeText(bytes: AsyncIterable<Uint8Array>): DecodedText {
  let chosen: TextEncodingName | 'ascii' = 'ascii';
  let decoder: TextDecoder | null = null;
  let linesSeen = 0;

  const countLines = (text: string) => {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) linesSeen++;
    return text;
  };

  const choose = (encoding: TextEncodingName) => {
    chosen = encoding;
    decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  };

  const decode = (chunk: Uint8Array, final: boolean): string => {
    try {
      return countLines(decoder!.decode(chunk, { stream: !final }));
    } catch {
      // Find the line of the first bad byte with a forgiving decoder.
      const lenient = new TextDecoder('utf-8').decode(chunk);
      const before = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD')));
      throw new FileFormatError(
        'the file mixes text encodings: it reads as UTF-8 up to here, but this line is not UTF-8; save the file again as UTF-8',
        linesSeen + 1 + before.split('\n').length - 1,
      );
    }
  };

  async function* chunks(): AsyncGenerator<string> {
    let pending: Uint8Array = new Uint8Array(0);
    let started = false;
    for await (const piece of bytes) {
      pending = pending.length === 0 ? piece : concat(pending, piece);
      if (!started) {
        if (pending.length < 3) continue;
        started = true;
        pending = takeBom(pending);
      }
      if (decoder) {
        yield decode(pending, false);
        pending = new Uint8Array(0);
        continue;
      }
      const text = latin1(pending);
      const firstHigh = text.search(NON_ASCII);
      if (firstHigh < 0) {
        yield countLines(text);
        pending = new Uint8Array(0);
        continue;
      }
      if (pending.length - firstHigh < DECISION_WINDOW) continue;
      choose(guessEncoding(pending.subarray(firstHigh, firstHigh + DECISION_WINDOW), false));
      yield decode(pending, false);
      pending = new Uint8Array(0);
    }
    if (!started) pending = takeBom(pending);
    if (!decoder) {
      const text = latin1(pending);
      const firstHigh = text.search(NON_ASCII);
      if (firstHigh < 0) {
        if (text !== '') yield countLines(text);
        return;
      }
      const window = pending.subarray(firstHigh, firstHigh + DECISION_WINDOW);
      choose(guessEncoding(window, firstHigh + DECISION_WINDOW >= pending.length));
    }
    const rest = decode(pending, true);
    if (rest !== '') yield rest;
  }

  const takeBom = (head: Uint8Array): Uint8Array => {
    const bom = encodingFromBom(head);
    if (!bom) return head;
    choose(bom.encoding);
    return head.subarray(bom.bomLength);
  };

  return { chunks: chunks(), encoding: () => chosen };
}

// Up to the first byte above 0x7f every candidate encoding reads the same, and a
// latin1 view (one character per byte) is the fastest way to look for that byte.
const NON_ASCII = /[\x80-\xff]/;

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}
