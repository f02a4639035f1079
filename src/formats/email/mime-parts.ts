// A small MIME reader: enough to walk a delivery status notification (RFC 3464) down to
// its machine-readable part and the returned headers. It unfolds headers, splits
// multipart bodies by their boundary and undoes base64 and quoted-printable.

export type MimePart = {
  /** Header fields by lower-case name; the first occurrence of each. */
  headers: Map<string, string>;
  /** The media type in lower case, e.g. "multipart/report"; "text/plain" when none is given. */
  contentType: string;
  /** Content-Type parameters by lower-case name, unquoted. */
  params: Map<string, string>;
  /** The decoded body of a leaf part; empty for a multipart. */
  body: string;
  parts: MimePart[];
};

// Deeper nesting is no real report; it stops a crafted message from recursing forever.
const maxDepth = 8;

/** The header fields of a header block (unfolded), by lower-case name, first occurrence kept. */
export function parseHeaderBlock(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  const unfolded = block.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

/** Splits a message or part into its header block and body at the first empty line. */
export function splitHeaderAndBody(raw: string): { header: string; body: string } {
  const match = /\r?\n\r?\n/.exec(raw);
  if (!match) return { header: raw, body: '' };
  return { header: raw.slice(0, match.index), body: raw.slice(match.index + match[0].length) };
}

function parseContentType(value: string | undefined): { contentType: string; params: Map<string, string> } {
  const params = new Map<string, string>();
  if (!value) return { contentType: 'text/plain', params };
  const semicolon = value.indexOf(';');
  const contentType = (semicolon < 0 ? value : value.slice(0, semicolon)).trim().toLowerCase();
  const parameters = semicolon < 0 ? '' : value.slice(semicolon);
  for (const match of parameters.matchAll(/;\s*([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g)) {
    const raw = match[2]!.trim();
    params.set(match[1]!.toLowerCase(), raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw);
  }
  return { contentType: contentType || 'text/plain', params };
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const softBroken = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < softBroken.length; i += 1) {
    const char = softBroken[i]!;
    const hex = softBroken.slice(i + 1, i + 3);
    if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(char, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeBody(body: string, transferEncoding: string | undefined): string {
  switch ((transferEncoding ?? '').trim().toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    case 'quoted-printable':
      return decodeQuotedPrintable(body);
    default:
      return body;
  }
}

function splitMultipart(body: string, boundary: string): string[] {
  const lines = body.split(/\r?\n/);
  const parts: string[] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    const trimmed = line.trimEnd();
    if (trimmed === `--${boundary}--`) break;
    if (trimmed === `--${boundary}`) {
      if (current) parts.push(current.join('\r\n'));
      current = [];
    } else if (current) {
      current.push(line);
    }
  }
  if (current) parts.push(current.join('\r\n'));
  return parts;
}

/** The message as a tree of parts. */
export function parseMime(raw: string, depth = 0): MimePart {
  const { header, body } = splitHeaderAndBody(raw);
  const headers = parseHeaderBlock(header);
  const { contentType, params } = parseContentType(headers.get('content-type'));
  const boundary = params.get('boundary');
  if (contentType.startsWith('multipart/') && boundary && depth < maxDepth) {
    const parts = splitMultipart(body, boundary).map((part) => parseMime(part, depth + 1));
    return { headers, contentType, params, body: '', parts };
  }
  return { headers, contentType, params, body: decodeBody(body, headers.get('content-transfer-encoding')), parts: [] };
}

/** The first part, depth first, that satisfies the test. */
export function findPart(part: MimePart, test: (part: MimePart) => boolean): MimePart | null {
  if (test(part)) return part;
  for (const child of part.parts) {
    const found = findPart(child, test);
    if (found) return found;
  }
  return null;
}
