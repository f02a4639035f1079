// A small, strict, namespace-aware XML reader for the data files Duly imports (bank
// statements, e-invoices): elements, attributes, text, CDATA and namespaces; comments
// and processing instructions are skipped. The project carries no XML parser, and
// these formats need no more. A DOCTYPE is refused: none of them uses one, and entity
// definitions are how "billion laughs" files blow up a reader. Every element knows its
// path ("Faktura/Fa/P_15"), line and source offsets, so errors can name the place and
// raw text can be kept for audit.
import { FileFormatError } from '../file-format-error';
import { encodingFromBom } from '../text-decoding';

export type XmlElement = {
  /** Local name, without prefix. */
  name: string;
  /** Name as written, prefix included: "cbc:ID". */
  qualifiedName: string;
  /** Namespace URI ('' for none). */
  namespace: string;
  /** Where it is, by names as written: "Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount"; repeated siblings get [n] from the second on. */
  path: string;
  /** Line of its start tag. */
  line: number;
  /** Attributes by name as written ("currencyID", "xsi:schemaLocation"), namespace declarations left out. */
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (CDATA included, entities resolved), not that of its children. */
  text: string;
  /** Offsets in the source text: from its "<" to just after its end tag. */
  start: number;
  end: number;
};

/** What a syntax error is about, for readers that word errors in their own convention. */
export type XmlSyntaxProblem =
  /** The file ends before this element's end tag: it is cut off. */
  | { kind: 'unclosed-element'; element: XmlElement }
  /** An end tag that does not close the innermost open element. */
  | { kind: 'mismatched-end-tag'; element: XmlElement; found: string }
  | { kind: 'malformed'; reason: string };

export class XmlSyntaxError extends FileFormatError {
  constructor(
    message: string,
    line: number,
    readonly problem: XmlSyntaxProblem,
    /** The elements open where the error is, outermost first. */
    readonly openElements: readonly XmlElement[],
  ) {
    super(message, line);
  }
}

/**
 * Decodes the bytes of an XML file: a byte-order mark decides, else the encoding the
 * XML declaration names, else UTF-8. `encoding` is the WHATWG name ("utf-8", "windows-1250").
 */
export function decodeXml(bytes: Uint8Array): { text: string; encoding: string } {
  const bom = encodingFromBom(bytes);
  if (bom) return decodeStrictly(bytes.subarray(bom.bomLength), bom.encoding);
  // Without a mark, UTF-16 shows in the zero bytes around "<?" (XML 1.0, appendix F).
  if (bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] === 0x3f && bytes[3] === 0) return decodeStrictly(bytes, 'utf-16le');
  if (bytes[0] === 0 && bytes[1] === 0x3c && bytes[2] === 0 && bytes[3] === 0x3f) return decodeStrictly(bytes, 'utf-16be');
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([^"']*)["']/.exec(head)?.[1];
  if (declared === undefined) return decodeStrictly(bytes, 'utf-8');
  let encoding: string;
  try {
    encoding = new TextDecoder(declared).encoding;
  } catch {
    throw new FileFormatError(`line 1: the XML declaration names the encoding "${declared}", which is not known`, 1);
  }
  if (encoding.startsWith('utf-16')) {
    throw new FileFormatError(`line 1: the XML declaration says ${declared}, but the file is written one byte per character`, 1);
  }
  return decodeStrictly(bytes, encoding);
}

function decodeStrictly(bytes: Uint8Array, encoding: string): { text: string; encoding: string } {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    const lenient = new TextDecoder(encoding).decode(bytes);
    const line = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD'))).split('\n').length;
    const name = encoding.toUpperCase();
    throw new FileFormatError(
      `line ${line}: the file is not valid ${name} text; save it again as ${name}, or name its encoding in the XML declaration`,
      line,
    );
  }
}

const NAME = /^[\p{L}_][\p{L}\p{N}_.\-]*(?::[\p{L}_][\p{L}\p{N}_.\-]*)?$/u;
const TAG_NAME = /[^\s/>]*/y;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(["'])/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

type Open = { element: XmlElement; namespaces: Map<string, string>; siblings: Map<string, number> };

/** Parses a whole XML document into its root element; throws XmlSyntaxError naming the line and place. */
export function parseXml(source: string): XmlElement {
  const lineAt = lineCounter(source);
  const open: Open[] = [];
  let root: XmlElement | null = null;

  const syntaxError = (message: string, line: number, problem: XmlSyntaxProblem) =>
    new XmlSyntaxError(message, line, problem, open.map((o) => o.element));
  const placed = (at: number, reason: string) => {
    const inside = open.length > 0 ? ` inside ${open[open.length - 1]!.element.path}` : '';
    return `line ${lineAt(at)}: ${reason}${inside}`;
  };
  const fail = (at: number, reason: string): never => {
    throw syntaxError(placed(at, reason), lineAt(at), { kind: 'malformed', reason });
  };
  const closingMarker = (from: number, marker: string, what: string, at: number) => {
    const end = source.indexOf(marker, from);
    if (end < 0) fail(at, `the file ends inside ${what}: it is cut off`);
    return end;
  };
  const decodeEntities = (raw: string, at: number) =>
    raw.replace(/&([^;&<\s]*);?/g, (match, ref: string, offset: number) => {
      const where = at + offset;
      if (!match.endsWith(';')) fail(where, 'a bare "&" must be written as "&amp;"');
      if (ref.startsWith('#')) {
        const code = /^#x[0-9a-f]+$/i.test(ref) ? parseInt(ref.slice(2), 16) : /^#\d+$/.test(ref) ? Number(ref.slice(1)) : NaN;
        const isCharacter = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
        if (!isCharacter) fail(where, `"&${ref};" is not a valid character reference`);
        return String.fromCodePoint(code);
      }
      const value = PREDEFINED[ref];
      if (value === undefined) fail(where, `unknown entity "&${ref};"`);
      return value!;
    });

  let at = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (at < source.length) {
    const lt = source.indexOf('<', at);
    const textEnd = lt < 0 ? source.length : lt;
    if (textEnd > at) {
      const text = source.slice(at, textEnd);
      const current = open[open.length - 1];
      if (current) current.element.text += decodeEntities(text, at);
      else if (text.trim() !== '') fail(at + text.length - text.trimStart().length, 'text outside the root element');
    }
    if (lt < 0) break;
    at = lt;
    if (source.startsWith('<!--', at)) {
      at = closingMarker(at + 4, '-->', 'a comment', at) + 3;
    } else if (source.startsWith('<![CDATA[', at)) {
      const end = closingMarker(at + 9, ']]>', 'a CDATA section', at);
      const current = open[open.length - 1];
      if (!current) fail(at, 'a CDATA section outside the root element');
      current!.element.text += source.slice(at + 9, end);
      at = end + 3;
    } else if (source.startsWith('<?', at)) {
      at = closingMarker(at + 2, '?>', 'a processing instruction', at) + 2;
    } else if (source.startsWith('<!', at)) {
      fail(at, 'DOCTYPE and entity declarations are not accepted in this file');
    } else if (source.startsWith('</', at)) {
      at = readEndTag(at);
    } else {
      at = readStartTag(at);
    }
  }
  if (open.length > 0) {
    const element = open[open.length - 1]!.element;
    throw syntaxError(
      `the file ends before <${element.qualifiedName}> (line ${element.line}, ${element.path}) is closed`,
      lineAt(source.length),
      { kind: 'unclosed-element', element },
    );
  }
  if (!root) {
    const reason = 'the file holds no XML element';
    throw syntaxError(reason, lineAt(source.length), { kind: 'malformed', reason });
  }
  return root;

  function readEndTag(start: number): number {
    const end = closingMarker(start, '>', 'an end tag', start);
    const found = source.slice(start + 2, end).trim();
    const current = open[open.length - 1];
    if (!current) fail(start, `end tag </${found}> without a start tag`);
    const element = current!.element;
    if (element.qualifiedName !== found) {
      const reason = `expected </${element.qualifiedName}> (opened on line ${element.line}), found </${found}>`;
      throw syntaxError(placed(start, reason), lineAt(start), { kind: 'mismatched-end-tag', element, found });
    }
    open.pop();
    element.end = end + 1;
    return end + 1;
  }

  function readStartTag(start: number): number {
    TAG_NAME.lastIndex = start + 1;
    const qualifiedName = TAG_NAME.exec(source)![0];
    if (!NAME.test(qualifiedName)) {
      fail(start, `"<${qualifiedName}" does not start a valid element name (a "<" in text is written "&lt;")`);
    }
    const tag = `<${qualifiedName}>`;
    let i = start + 1 + qualifiedName.length;
    const written: [string, string][] = [];
    for (;;) {
      while (/\s/.test(source[i] ?? '')) i++;
      if (i >= source.length) fail(start, `the file ends inside the start tag ${tag}: it is cut off`);
      if (source.startsWith('/>', i) || source[i] === '>') break;
      ATTRIBUTE.lastIndex = i;
      const attribute = ATTRIBUTE.exec(source);
      const name = attribute?.[1] ?? '';
      if (!attribute || !NAME.test(name)) fail(i, `a malformed attribute in ${tag}`);
      const quote = attribute![2]!;
      const valueStart = i + attribute![0].length;
      const valueEnd = source.indexOf(quote, valueStart);
      if (valueEnd < 0) fail(i, `the file ends inside the value of attribute ${name} in ${tag}: it is cut off`);
      const raw = source.slice(valueStart, valueEnd);
      if (raw.includes('<')) fail(i, `"<" inside the value of attribute ${name} in ${tag}`);
      if (written.some(([other]) => other === name)) fail(i, `attribute ${name} appears twice in ${tag}`);
      // Whitespace written in a value reads as spaces; &#10; and the like stay what they say.
      written.push([name, decodeEntities(raw.replace(/\r\n|[\t\n\r]/g, ' '), valueStart)]);
      i = valueEnd + 1;
      if (i < source.length && !/[\s/>]/.test(source[i]!)) fail(i, `attributes in ${tag} must be separated by spaces`);
    }
    const selfClosing = source[i] === '/';
    const parent = open[open.length - 1];
    if (!parent && root) fail(start, `a second root element ${tag} after </${root.path}>`);

    const namespaces = new Map(parent?.namespaces ?? [['xml', XML_NAMESPACE]]);
    for (const [name, value] of written) {
      if (name === 'xmlns') namespaces.set('', value);
      else if (name.startsWith('xmlns:')) namespaces.set(name.slice(6), value);
    }
    const attributes: Record<string, string> = {};
    for (const [name, value] of written) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      const prefix = prefixOf(name);
      if (prefix !== '' && !namespaces.has(prefix)) {
        fail(start, `the prefix "${prefix}" of attribute ${name} in ${tag} is not bound to a namespace`);
      }
      attributes[name] = value;
    }
    const prefix = prefixOf(qualifiedName);
    const namespace = namespaces.get(prefix);
    if (namespace === undefined && prefix !== '') fail(start, `the prefix "${prefix}" of ${tag} is not bound to a namespace`);

    const count = (parent?.siblings.get(qualifiedName) ?? 0) + 1;
    parent?.siblings.set(qualifiedName, count);
    const step = count > 1 ? `${qualifiedName}[${count}]` : qualifiedName;
    const end = i + (selfClosing ? 2 : 1);
    const element: XmlElement = {
      name: qualifiedName.slice(prefix === '' ? 0 : prefix.length + 1),
      qualifiedName,
      namespace: namespace ?? '',
      path: parent ? `${parent.element.path}/${step}` : step,
      line: lineAt(start),
      attributes,
      children: [],
      text: '',
      start,
      end,
    };
    if (parent) parent.element.children.push(element);
    else root = element;
    if (!selfClosing) open.push({ element, namespaces, siblings: new Map() });
    return end;
  }
}

function prefixOf(qualifiedName: string): string {
  const colon = qualifiedName.indexOf(':');
  return colon < 0 ? '' : qualifiedName.slice(0, colon);
}

/** The line number (from 1) of an offset in the text. */
function lineCounter(text: string): (offset: number) => number {
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlines.push(i);
  return (offset) => {
    let low = 0;
    let high = newlines.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (newlines[middle]! < offset) low = middle + 1;
      else high = middle;
    }
    return low + 1;
  };
}

const matches = (element: XmlElement, name: string, namespace: string | undefined) =>
  element.name === name && (namespace === undefined || element.namespace === namespace);

/** The children with this local name, in `namespace` when one is given, else in any. */
export function childrenNamed(element: XmlElement, name: string, namespace?: string): XmlElement[] {
  return element.children.filter((child) => matches(child, name, namespace));
}

/** The first child with this local name (in `namespace` when given), or null. */
export function childNamed(element: XmlElement, name: string, namespace?: string): XmlElement | null {
  return element.children.find((child) => matches(child, name, namespace)) ?? null;
}

/** The first element along a path of local names ("RltdPties/Dbtr/Nm"), each in `namespace` when given, or null. */
export function find(element: XmlElement, path: string, namespace?: string): XmlElement | null {
  let current: XmlElement | null = element;
  for (const name of path.split('/')) {
    current = childNamed(current, name, namespace);
    if (!current) return null;
  }
  return current;
}

/** The trimmed text at a path, or null when the element is missing or empty. */
export function textAt(element: XmlElement, path: string, namespace?: string): string | null {
  const text = find(element, path, namespace)?.text.trim();
  return text ? text : null;
}
