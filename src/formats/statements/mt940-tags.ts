// The SWIFT layer of an MT940/MT942 file: messages made of `:NN:` tags whose text may
// run over several lines. Banks wrap the messages differently — bare tags, a SOH/ETX
// pair around each message (mBank), `{1:…}{2:…}{4:` envelopes closed by `-}`, or a
// few header lines of their own (ABN AMRO, ING) — and all of that is peeled off here,
// with the file's line numbers kept for errors.
import { FileFormatError } from '../file-format-error';

export type Mt940Tag = {
  /** "20", "28C", "60F", "61", "86", … */
  tag: string;
  /** The text after the tag marker, then each continuation line. */
  lines: string[];
  /** Line of the file where the tag starts. */
  line: number;
};

export type Mt940Message = {
  tags: Mt940Tag[];
  line: number;
  /** Ended by a "-" line or by the next message, not by the end of the file. */
  terminated: boolean;
};

const TAG_START = /^:(\d{2}[A-Z]?|NS):(.*)$/;
// A known tag whose closing colon is missing (":61 1701…", ":28C1/1"): the file is
// damaged, and reading on would glue the tag into the previous one's text.
const KNOWN_TAGS = ['13D', '13', '20', '21', '25', '28C', '28', '34F', '60F', '60M', '61', '62F', '62M', '64', '65', '86', '90D', '90C'];
const UNTERMINATED_TAG = new RegExp(`^:(${KNOWN_TAGS.join('|')})(?=[\\s\\d,]|$)`);
const MESSAGE_END = /^-(?:\}.*|[A-Z]*)\s*$/;

/** The tags of each message in the file, in order. */
export function splitMt940Messages(text: string): Mt940Message[] {
  const lines = text.replace(/[\x01\x03]/g, '').split(/\r\n|\r|\n/);
  const messages: Mt940Message[] = [];
  let message: Mt940Message | null = null;
  let openEnvelopeLine: number | null = null;

  const close = (terminated: boolean) => {
    if (message) messages.push({ ...message, terminated });
    message = null;
  };

  lines.forEach((original, index) => {
    const lineNumber = index + 1;
    let line = original;
    const envelope = line.indexOf('{4:');
    if (envelope >= 0 && /^\{1:/.test(line)) {
      close(true);
      openEnvelopeLine = lineNumber;
      line = line.slice(envelope + 3);
      if (line.trim() === '') return;
    }
    if (MESSAGE_END.test(line)) {
      if (line.startsWith('-}')) openEnvelopeLine = null;
      close(true);
      return;
    }
    if (/^\{5:/.test(line)) return;
    const tag = TAG_START.exec(line);
    if (tag) {
      const id = tag[1]!;
      if (id === '20') {
        close(true);
        message = { tags: [], line: lineNumber, terminated: false };
      }
      if (!message) {
        throw new FileFormatError(`tag :${id}: comes before the statement's reference :20:`, lineNumber);
      }
      message.tags.push({ tag: id, lines: [tag[2]!], line: lineNumber });
      return;
    }
    const unterminated = UNTERMINATED_TAG.exec(line);
    if (unterminated) {
      throw new FileFormatError(`tag :${unterminated[1]} is not closed with ":" (expected :${unterminated[1]}:)`, lineNumber);
    }
    if (line.trim() === '') return;
    const current: Mt940Message | null = message;
    // Lines outside a message are a bank's own header ("ABNANL2A", "940"); inside one
    // they continue the last tag.
    if (current) current.tags[current.tags.length - 1]!.lines.push(line);
  });
  if (openEnvelopeLine !== null) {
    throw new FileFormatError('the message block "{4:" is never closed with "-}": the file is cut off', openEnvelopeLine);
  }
  close(false);
  return messages;
}

/** The tag as it stands in the file, for audit. */
export function rawTag(tag: Mt940Tag): string {
  return [`:${tag.tag}:${tag.lines[0]}`, ...tag.lines.slice(1)].join('\n');
}
