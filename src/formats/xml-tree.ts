// A small, strict XML reader for the data files Duly imports (bank statements,
// e-invoices): elements, attributes, text, CDATA, comments, namespaces. It keeps each
// element's place in the source, so errors can name a line and raw text can be kept
// for audit. A DOCTYPE is refused: these formats never need one, and entity
// definitions are how hostile files blow up parsers.
import { FileFormatError } from './file-format-error';

export type XmlElement = {
  /** Local name, without prefix. */
  name: string;
  /** Namespace URI ('' for none). */
  namespace: string;
  /** Attributes by local name (namespace declarations left out). */
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (not its children's), entities resolved. */
  text: string;
  line: number;
  /** Offsets of the element in the source text: from "<" to after its end tag. */
  start: number;
  end: number;
};

type Open = { element: XmlElement; qualifiedName: string; namespaces: Map<string, string> };

const NAME = /[A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?/y;

/** Parses a whole document; throws FileFormatError with the line and the open element path. */
export function parseXml(source: string): XmlElement {
  const stack: Open[] = [];
  let root: XmlElement | null = null;
  let at = 0;
  let line = 1;

  const advance = (to: number) => {
    for (let i = at; i < to; i++) if (source.charCodeAt(i) === 10) line++;
    at = to;
  };
  const path = () => stack.map((open) => open.element.name).join('/');
  const fail = (message: string): never => {
    throw new FileFormatError(stack.length > 0 ? `${path()}: ${message}` : message, line);
  };
  const expectAhead = (marker: string, what: string) => {
    const end = source.indexOf(marker, at);
    if (end < 0) fail(`the file ends inside ${what}: it is cut off`);
    return end;
  };

  while (at < source.length) {
    const lt = source.indexOf('<', at);
    const textEnd = lt < 0 ? source.length : lt;
    if (textEnd > at) {
      const text = source.slice(at, textEnd);
      const current = stack[stack.length - 1];
      if (current) current.element.text += decodeEntities(text, fail);
      else if (text.trim() !== '') fail('text outside the root element');
      advance(textEnd);
      if (lt < 0) break;
    }
    if (source.startsWith('<!--', at)) {
      advance(expectAhead('-->', 'a comment') + 3);
    } else if (source.startsWith('<![CDATA[', at)) {
      const end = expectAhead(']]>', 'a CDATA section');
      const current = stack[stack.length - 1];
      if (!current) fail('CDATA outside the root element');
      current!.element.text += source.slice(at + 9, end);
      advance(end + 3);
    } else if (source.startsWith('<?', at)) {
      advance(expectAhead('?>', 'a processing instruction') + 2);
    } else if (source.startsWith('<!DOCTYPE', at) || source.startsWith('<!', at)) {
      fail('a DOCTYPE or entity declaration is not accepted in this file');
    } else if (source.startsWith('</', at)) {
      const end = expectAhead('>', 'an end tag');
      const name = source.slice(at + 2, end).trim();
      const open = stack.pop();
      if (!open) fail(`end tag </${name}> without a start tag`);
      if (open!.qualifiedName !== name) {
        stack.push(open!);
        fail(`end tag </${name}> where </${open!.qualifiedName}> was expected`);
      }
      advance(end + 1);
      open!.element.end = at;
      if (stack.length === 0) root = open!.element;
    } else {
      if (root) fail('a second root element');
      const start = at;
      const startLine = line;
      NAME.lastIndex = at + 1;
      const nameMatch = NAME.exec(source);
      if (!nameMatch) fail('"<" that starts no element (write &lt; in text)');
      const qualifiedName = nameMatch![0];
      let cursor = at + 1 + qualifiedName.length;
      const rawAttributes: [string, string][] = [];
      let selfClosing = false;
      for (;;) {
        while (/\s/.test(source[cursor] ?? '')) cursor++;
        if (cursor >= source.length) {
          advance(Math.min(cursor, source.length));
          fail(`the file ends inside the start tag <${qualifiedName}>: it is cut off`);
        }
        if (source.startsWith('/>', cursor)) {
          selfClosing = true;
          cursor += 2;
          break;
        }
        if (source[cursor] === '>') {
          cursor += 1;
          break;
        }
        NAME.lastIndex = cursor;
        const attribute = NAME.exec(source);
        const afterName = attribute ? cursor + attribute[0].length : cursor;
        const quote = /^\s*=\s*(["'])/.exec(source.slice(afterName, afterName + 20));
        if (!attribute || !quote) {
          advance(cursor);
          fail(`malformed attribute in <${qualifiedName}>`);
        }
        const valueStart = afterName + quote![0].length;
        const valueEnd = source.indexOf(quote![1]!, valueStart);
        if (valueEnd < 0) {
          advance(valueStart);
          fail(`the file ends inside an attribute of <${qualifiedName}>: it is cut off`);
        }
        rawAttributes.push([attribute![0], decodeEntities(source.slice(valueStart, valueEnd), fail)]);
        cursor = valueEnd + 1;
      }
      const namespaces = new Map(stack[stack.length - 1]?.namespaces ?? []);
      for (const [name, value] of rawAttributes) {
        if (name === 'xmlns') namespaces.set('', value);
        else if (name.startsWith('xmlns:')) namespaces.set(name.slice(6), value);
      }
      const resolve = (qualified: string, useDefault: boolean) => {
        const colon = qualified.indexOf(':');
        const prefix = colon < 0 ? '' : qualified.slice(0, colon);
        if (prefix === 'xml') return 'http://www.w3.org/XML/1998/namespace';
        const uri = namespaces.get(prefix);
        if (uri === undefined && prefix !== '') fail(`the prefix "${prefix}" of <${qualified}> is not declared`);
        return prefix === '' && !useDefault ? '' : (uri ?? '');
      };
      const attributes: Record<string, string> = {};
      for (const [name, value] of rawAttributes) {
        if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
        resolve(name, false);
        attributes[name.slice(name.indexOf(':') + 1)] = value;
      }
      const element: XmlElement = {
        name: qualifiedName.slice(qualifiedName.indexOf(':') + 1),
        namespace: resolve(qualifiedName, true),
        attributes,
        children: [],
        text: '',
        line: startLine,
        start,
        end: cursor,
      };
      stack[stack.length - 1]?.element.children.push(element);
      advance(cursor);
      if (selfClosing) {
        if (stack.length === 0) root = element;
      } else {
        stack.push({ element, qualifiedName, namespaces });
      }
    }
  }
  if (stack.length > 0) fail('the file ends before this element is closed: it is cut off');
  if (!root) throw new FileFormatError('the file holds no XML element', line);
  return root;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string, fail: (message: string) => never): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([^;\s&]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) return fail(`"&" must be written &amp; in XML text`);
    if (name in NAMED) return NAMED[name]!;
    const code = /^#x([0-9a-f]+)$/i.exec(name)?.[1] ?? /^#(\d+)$/.exec(name)?.[1];
    if (code !== undefined) {
      const point = name.startsWith('#x') || name.startsWith('#X') ? parseInt(code, 16) : Number(code);
      if (point > 0 && point <= 0x10ffff) return String.fromCodePoint(point);
    }
    return fail(`unknown entity &${name};`);
  });
}

/** The child elements with this local name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** The first element along a path of local names ("RltdPties/Dbtr/Nm"), or null. */
export function find(element: XmlElement, path: string): XmlElement | null {
  let current: XmlElement | undefined = element;
  for (const name of path.split('/')) {
    current = current?.children.find((child) => child.name === name);
    if (!current) return null;
  }
  return current ?? null;
}

/** The trimmed text at a path, or null when the element is missing or empty. */
export function textAt(element: XmlElement, path: string): string | null {
  const found = find(element, path);
  const text = found?.text.trim();
  return text ? text : null;
}
