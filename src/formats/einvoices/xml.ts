// A small, namespace-aware XML reader for e-invoices. The project carries no XML
// parser of its own, and invoices need only elements, attributes, text and
// namespaces. DOCTYPE declarations are refused: no e-invoice schema uses them, and
// entity definitions are how "billion laughs" files blow up a reader. Every element
// knows its path ("Faktura/Fa/P_15") and line, so errors can name the place.
import { FileFormatError } from '../file-format-error';

export type XmlElement = {
  /** Namespace URI ('' when none). */
  ns: string;
  /** Local name, without prefix. */
  name: string;
  /** Where it is, as written: "Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount"; repeated siblings get [n]. */
  path: string;
  line: number;
  /** Attributes by their name as written (prefix kept). */
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (CDATA included), not that of its children. */
  text: string;
};

const NAME = /^[\p{L}_][\p{L}\p{N}_.\-]*(?::[\p{L}_][\p{L}\p{N}_.\-]*)?$/u;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Decodes the bytes of an XML file: a BOM or the declared encoding decides, UTF-8 by default. */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strictDecode(bytes.subarray(3), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strictDecode(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strictDecode(bytes.subarray(2), 'utf-16be');
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._\-]+)["']/.exec(head)?.[1] ?? 'utf-8';
  let label: string;
  try {
    label = new TextDecoder(declared).encoding;
  } catch {
    throw new FileFormatError(`the XML declaration names the encoding "${declared}", which is not known`, 1);
  }
  return strictDecode(bytes, label);
}

function strictDecode(bytes: Uint8Array, label: string): string {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    throw new FileFormatError(`the file is not valid ${label.toUpperCase()} text`);
  }
}

type Open = { element: XmlElement; qname: string; scope: Map<string, string>; counts: Map<string, number> };

/** Parses a whole XML document into its root element; throws FileFormatError naming the line and place. */
export function parseXml(text: string): XmlElement {
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlines.push(i);
  const lineAt = (pos: number) => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  const stack: Open[] = [];
  let root: XmlElement | null = null;
  const where = () => (stack.length > 0 ? ` inside ${stack[stack.length - 1]!.element.path}` : '');
  const fail = (pos: number, message: string): never => {
    throw new FileFormatError(`line ${lineAt(pos)}: ${message}${where()}`, lineAt(pos));
  };
  const expectEnd = (from: number, marker: string, what: string) => {
    const end = text.indexOf(marker, from);
    if (end < 0) fail(from, `${what} is not closed (no "${marker}")`);
    return end;
  };
  const decodeEntities = (raw: string, pos: number) =>
    raw.replace(/&([^;&<\s]*);?/g, (match, ref: string) => {
      if (!match.endsWith(';')) fail(pos, `a bare "&" must be written as "&amp;"`);
      if (ref.startsWith('#')) {
        const code = /^#x[0-9a-f]+$/i.test(ref) ? parseInt(ref.slice(2), 16) : /^#\d+$/.test(ref) ? Number(ref.slice(1)) : NaN;
        if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff) fail(pos, `"&${ref};" is not a valid character reference`);
        return String.fromCodePoint(code);
      }
      const value = PREDEFINED[ref];
      if (value === undefined) fail(pos, `unknown entity "&${ref};"`);
      return value!;
    });

  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    const chunk = text.slice(pos, lt < 0 ? text.length : lt);
    if (chunk.length > 0) {
      const open = stack[stack.length - 1];
      if (open) open.element.text += decodeEntities(chunk, pos);
      else if (chunk.trim() !== '') fail(pos, 'text outside the root element');
    }
    if (lt < 0) break;
    pos = lt;
    if (text.startsWith('<?', pos)) {
      pos = expectEnd(pos, '?>', 'a processing instruction') + 2;
    } else if (text.startsWith('<!--', pos)) {
      pos = expectEnd(pos + 4, '-->', 'a comment') + 3;
    } else if (text.startsWith('<![CDATA[', pos)) {
      const end = expectEnd(pos + 9, ']]>', 'a CDATA section');
      const open = stack[stack.length - 1];
      if (!open) fail(pos, 'a CDATA section outside the root element');
      open!.element.text += text.slice(pos + 9, end);
      pos = end + 3;
    } else if (text.startsWith('<!', pos)) {
      fail(pos, 'DOCTYPE and entity declarations are not accepted in an e-invoice');
    } else if (text.startsWith('</', pos)) {
      const end = expectEnd(pos, '>', 'an end tag');
      const qname = text.slice(pos + 2, end).trim();
      const open = stack.pop();
      if (!open) fail(pos, `end tag </${qname}> without a start tag`);
      if (open!.qname !== qname) {
        stack.push(open!);
        fail(pos, `expected </${open!.qname}> (opened on line ${open!.element.line}), found </${qname}>`);
      }
      pos = end + 1;
    } else {
      pos = readStartTag(pos);
    }
  }
  if (stack.length > 0) {
    const open = stack[stack.length - 1]!;
    throw new FileFormatError(
      `the file ends before <${open.qname}> (line ${open.element.line}, ${open.element.path}) is closed`,
      lineAt(text.length),
    );
  }
  if (!root) throw new FileFormatError('the file holds no XML element');
  return root;

  function readStartTag(start: number): number {
    let i = start + 1;
    const nameMatch = /^[^\s/>]+/.exec(text.slice(i, i + 200));
    const qname = nameMatch?.[0] ?? '';
    if (!NAME.test(qname)) fail(start, `"<${qname}" does not start a valid element name`);
    i += qname.length;
    const raw: [string, string][] = [];
    for (;;) {
      while (/\s/.test(text[i] ?? '')) i++;
      if (i >= text.length) fail(start, `the start tag <${qname}> is not closed`);
      if (text.startsWith('/>', i) || text[i] === '>') break;
      const attr = /^([^\s=/>]+)\s*=\s*(["'])/.exec(text.slice(i, i + 300));
      if (!attr || !NAME.test(attr[1]!)) fail(i, `a malformed attribute in <${qname}>`);
      const valueStart = i + attr![0].length;
      const valueEnd = text.indexOf(attr![2]!, valueStart);
      if (valueEnd < 0) fail(i, `the value of attribute ${attr![1]} in <${qname}> is not closed`);
      const value = text.slice(valueStart, valueEnd);
      if (value.includes('<')) fail(i, `"<" inside the value of attribute ${attr![1]} in <${qname}>`);
      if (raw.some(([n]) => n === attr![1])) fail(i, `attribute ${attr![1]} appears twice in <${qname}>`);
      raw.push([attr![1]!, decodeEntities(value, i).replace(/[\t\n\r]/g, ' ')]);
      i = valueEnd + 1;
      if (!/[\s/>]/.test(text[i] ?? '')) fail(i, `attributes in <${qname}> must be separated by spaces`);
    }
    const selfClosing = text[i] === '/';
    const parent = stack[stack.length - 1];
    if (!parent && root) fail(start, `a second root element <${qname}> after </${root.path}>`);
    const scope = new Map(parent?.scope ?? [['xml', XML_NS]]);
    const attributes: Record<string, string> = {};
    for (const [name, value] of raw) {
      if (name === 'xmlns') scope.set('', value);
      else if (name.startsWith('xmlns:')) scope.set(name.slice(6), value);
      attributes[name] = value;
    }
    const colon = qname.indexOf(':');
    const prefix = colon < 0 ? '' : qname.slice(0, colon);
    const ns = scope.get(prefix);
    if (ns === undefined && prefix !== '') fail(start, `the prefix "${prefix}" of <${qname}> is not bound to a namespace`);
    const count = (parent?.counts.get(qname) ?? 0) + 1;
    parent?.counts.set(qname, count);
    const step = count > 1 ? `${qname}[${count}]` : qname;
    const element: XmlElement = {
      ns: ns ?? '',
      name: colon < 0 ? qname : qname.slice(colon + 1),
      path: parent ? `${parent.element.path}/${step}` : step,
      line: lineAt(start),
      attributes,
      children: [],
      text: '',
    };
    if (parent) parent.element.children.push(element);
    else root = element;
    if (!selfClosing) stack.push({ element, qname, scope, counts: new Map() });
    return i + (selfClosing ? 2 : 1);
  }
}

/** The children of an element with this namespace and local name. */
export function childrenNamed(element: XmlElement, ns: string, name: string): XmlElement[] {
  return element.children.filter((c) => c.ns === ns && c.name === name);
}

/** The first child with this namespace and local name, or null. */
export function childNamed(element: XmlElement, ns: string, name: string): XmlElement | null {
  return element.children.find((c) => c.ns === ns && c.name === name) ?? null;
}
