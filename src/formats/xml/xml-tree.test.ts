import { describe, expect, it } from 'vitest';
import { childNamed, childrenNamed, decodeXml, find, parseXml, textAt, XmlSyntaxError } from './xml-tree';
import { formatError as thrown } from '../../../test/format-error';

const syntaxError = (source: string): XmlSyntaxError => {
  const error = thrown(() => parseXml(source));
  expect(error).toBeInstanceOf(XmlSyntaxError);
  return error as XmlSyntaxError;
};

describe('namespaces', () => {
  it('resolves a default namespace, prefixes, redeclarations and xmlns="" for elements', () => {
    const root = parseXml(
      '<Invoice xmlns="urn:inv" xmlns:cbc="urn:basic">' +
        '<cbc:ID>1</cbc:ID><Note/>' +
        '<Party xmlns="urn:party"><Name/><Plain xmlns=""/></Party>' +
        '<cbc:Outer xmlns:cbc="urn:other"><cbc:Inner/></cbc:Outer>' +
        '</Invoice>',
    );
    expect([root.name, root.qualifiedName, root.namespace]).toEqual(['Invoice', 'Invoice', 'urn:inv']);
    const [id, note, party, outer] = root.children;
    expect([id!.name, id!.qualifiedName, id!.namespace]).toEqual(['ID', 'cbc:ID', 'urn:basic']);
    expect(note!.namespace).toBe('urn:inv');
    expect(party!.namespace).toBe('urn:party');
    expect(party!.children.map((c) => c.namespace)).toEqual(['urn:party', '']);
    expect([outer!.namespace, outer!.children[0]!.namespace]).toEqual(['urn:other', 'urn:other']);
  });

  it('keeps attributes by name as written, leaves namespace declarations out and checks attribute prefixes', () => {
    const root = parseXml(
      `<a xmlns="urn:a" xmlns:xsi="urn:xsi" xsi:schemaLocation="urn:a a.xsd" xml:lang='pl' Ccy="PLN"/>`,
    );
    expect(root.attributes).toEqual({ 'xsi:schemaLocation': 'urn:a a.xsd', 'xml:lang': 'pl', Ccy: 'PLN' });
    expect(syntaxError('<a>\n<b q:x="1"/></a>').message).toBe(
      'line 2: the prefix "q" of attribute q:x in <b> is not bound to a namespace inside a',
    );
  });

  it('refuses an element whose prefix is not declared, also outside the declaring element', () => {
    expect(syntaxError('<p:a><b/></p:a>').message).toBe('line 1: the prefix "p" of <p:a> is not bound to a namespace');
    expect(syntaxError('<a><b xmlns:p="urn:p"/><p:c/></a>').message).toBe(
      'line 1: the prefix "p" of <p:c> is not bound to a namespace inside a',
    );
  });

  it('finds children by local name, in one namespace or in any', () => {
    const root = parseXml('<r xmlns="urn:r" xmlns:o="urn:o"><x>1</x><o:x>2</o:x><x>3</x><y><z> deep </z></y></r>');
    expect(childrenNamed(root, 'x').map((e) => e.text)).toEqual(['1', '2', '3']);
    expect(childrenNamed(root, 'x', 'urn:r').map((e) => e.text)).toEqual(['1', '3']);
    expect(childNamed(root, 'x', 'urn:o')?.text).toBe('2');
    expect(childNamed(root, 'x', 'urn:none')).toBeNull();
    expect(find(root, 'y/z')?.path).toBe('r/y/z');
    expect(find(root, 'y/z', 'urn:o')).toBeNull();
    expect(textAt(root, 'y/z')).toBe('deep');
    expect(textAt(root, 'y/missing')).toBeNull();
    expect(textAt(parseXml('<r><e>  </e></r>'), 'e')).toBeNull();
  });
});

describe('text', () => {
  it('resolves the predefined entities and character references, in text and attributes', () => {
    const root = parseXml('<a t="&quot;x&quot; &#x141;&#243;d&#378;">AT&amp;T &lt;b&gt; &apos;&#8364;&#X20AC;&#128512;</a>');
    expect(root.text).toBe("AT&T <b> '€€😀");
    expect(root.attributes['t']).toBe('"x" Łódź');
  });

  it('refuses a bare "&", unknown entities and references to no character, with their line', () => {
    expect(syntaxError('<a>\nAT&T</a>').message).toBe('line 2: a bare "&" must be written as "&amp;" inside a');
    expect(syntaxError('<a>&nbsp;</a>').message).toBe('line 1: unknown entity "&nbsp;" inside a');
    expect(syntaxError('<a>&#0;</a>').message).toContain('"&#0;" is not a valid character reference');
    expect(syntaxError('<a>&#xD800;</a>').message).toContain('"&#xD800;" is not a valid character reference');
    expect(syntaxError('<a>&#x110000;</a>').message).toContain('is not a valid character reference');
    expect(syntaxError('<a b="&bogus;"/>').message).toBe('line 1: unknown entity "&bogus;"');
  });

  it('keeps CDATA as written, joined with the text around it', () => {
    const root = parseXml('<a>x <![CDATA[<b>&amp;</b> ]]]]><![CDATA[>]]> y</a>');
    expect(root.text).toBe('x <b>&amp;</b> ]]> y');
    expect(root.children).toEqual([]);
    expect(syntaxError('<![CDATA[x]]><a/>').message).toBe('line 1: a CDATA section outside the root element');
  });

  it('gives each element only its own text', () => {
    const root = parseXml('<a>one<b>two</b>three</a>');
    expect(root.text).toBe('onethree');
    expect(root.children[0]!.text).toBe('two');
  });

  it('reads whitespace written in an attribute value as spaces, but not whitespace given by reference', () => {
    const root = parseXml('<a v="one\ttwo\r\nthree&#10;four"/>');
    expect(root.attributes['v']).toBe('one two three\nfour');
  });

  it('skips comments and processing instructions anywhere', () => {
    const root = parseXml(
      '\uFEFF<?xml version="1.0"?>\n<!-- before <a> -->\n<?pi data?><a>x<!-- <b/> -->y<?pi <c/> ?>z</a>\n<!-- after -->\n',
    );
    expect(root.text).toBe('xyz');
    expect(root.children).toEqual([]);
  });
});

describe('what is refused', () => {
  it('refuses a DOCTYPE and entity declarations', () => {
    const error = syntaxError('<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY x "xxxxxxxx">]>\n<a>&x;</a>');
    expect(error.message).toBe('line 2: DOCTYPE and entity declarations are not accepted in this file');
    expect(error.line).toBe(2);
    expect(syntaxError('<a><!ENTITY x "y"></a>').message).toContain('DOCTYPE and entity declarations are not accepted');
  });

  it('refuses text outside the root, a second root and an empty file', () => {
    expect(syntaxError('text<a/>').message).toBe('line 1: text outside the root element');
    expect(syntaxError('<a/>\ntail').message).toBe('line 2: text outside the root element');
    expect(syntaxError('<Invoice/><b/>').message).toBe('line 1: a second root element <b> after </Invoice>');
    const empty = syntaxError(' \n<!-- nothing -->\n');
    expect([empty.message, empty.line]).toEqual(['the file holds no XML element', 3]);
  });

  it('refuses malformed tags and attributes', () => {
    expect(syntaxError('<a>1 < 2</a>').message).toBe(
      'line 1: "<" does not start a valid element name (a "<" in text is written "&lt;") inside a',
    );
    expect(syntaxError('<1a/>').message).toContain('"<1a" does not start a valid element name');
    expect(syntaxError('<a>\n<b x="1" x="2"/></a>').message).toBe('line 2: attribute x appears twice in <b> inside a');
    expect(syntaxError('<a x="1"y="2"/>').message).toBe('line 1: attributes in <a> must be separated by spaces');
    expect(syntaxError('<a x=1/>').message).toBe('line 1: a malformed attribute in <a>');
    expect(syntaxError('<a x="<"/>').message).toBe('line 1: "<" inside the value of attribute x in <a>');
    expect(syntaxError('</a>').message).toBe('line 1: end tag </a> without a start tag');
  });
});

describe('where errors are', () => {
  it('reports a mismatched end tag with both lines, the path and the open elements', () => {
    const error = syntaxError('<Faktura>\n  <Fa>\n    <P_15>1</P_16>\n  </Fa>\n</Faktura>');
    expect(error.message).toBe('line 3: expected </P_15> (opened on line 3), found </P_16> inside Faktura/Fa/P_15');
    expect(error.line).toBe(3);
    expect(error.problem).toMatchObject({ kind: 'mismatched-end-tag', found: 'P_16', element: { path: 'Faktura/Fa/P_15' } });
    expect(error.openElements.map((e) => e.name)).toEqual(['Faktura', 'Fa', 'P_15']);
  });

  it('reports a file cut off after a start tag at its last line, naming the element left open', () => {
    const error = syntaxError('<c:Document xmlns:c="urn:c">\n<c:Stmt>\n<c:Ntry>\n<c:Amt>1.00</c:Amt>\n');
    expect(error.message).toBe('the file ends before <c:Ntry> (line 3, c:Document/c:Stmt/c:Ntry) is closed');
    expect(error.line).toBe(5);
    expect(error.problem).toMatchObject({ kind: 'unclosed-element', element: { name: 'Ntry', line: 3 } });
    expect(error.openElements.map((e) => e.name)).toEqual(['Document', 'Stmt', 'Ntry']);
  });

  it('reports a file cut off inside a tag, a value, a comment, a CDATA section or an instruction', () => {
    expect(syntaxError('<a>\n<b><c:D').message).toBe('line 2: the file ends inside the start tag <c:D>: it is cut off inside a/b');
    expect(syntaxError('<a>\n<b x="1').message).toBe(
      'line 2: the file ends inside the value of attribute x in <b>: it is cut off inside a',
    );
    expect(syntaxError('<a></a').message).toBe('line 1: the file ends inside an end tag: it is cut off inside a');
    expect(syntaxError('<a>\n<!-- x').message).toBe('line 2: the file ends inside a comment: it is cut off inside a');
    expect(syntaxError('<a><![CDATA[x').message).toContain('the file ends inside a CDATA section: it is cut off');
    expect(syntaxError('<?xml version="1.0"').message).toBe('line 1: the file ends inside a processing instruction: it is cut off');
    expect(syntaxError('<a>\n<b><c:D').problem).toEqual({
      kind: 'malformed',
      reason: 'the file ends inside the start tag <c:D>: it is cut off',
    });
  });
});

describe('where elements are', () => {
  const source = [
    '<?xml version="1.0"?>',
    '<Invoice xmlns:cac="urn:cac">',
    '  <cac:Line><ID>1</ID></cac:Line>',
    '  <cac:Line><ID>2</ID></cac:Line>',
    '  <cac:Line/>',
    '  <Note/>',
    '</Invoice>',
  ].join('\n');

  it('gives every element its path by names as written, numbering repeated siblings, and its line', () => {
    const root = parseXml(source);
    const all = [root, ...root.children, ...root.children.flatMap((c) => c.children)];
    expect(all.map((e) => [e.path, e.line])).toEqual([
      ['Invoice', 2],
      ['Invoice/cac:Line', 3],
      ['Invoice/cac:Line[2]', 4],
      ['Invoice/cac:Line[3]', 5],
      ['Invoice/Note', 6],
      ['Invoice/cac:Line/ID', 3],
      ['Invoice/cac:Line[2]/ID', 4],
    ]);
  });

  it('gives every element its offsets in the source, end tag included', () => {
    const root = parseXml(source);
    const markup = (i: number) => source.slice(root.children[i]!.start, root.children[i]!.end);
    expect(markup(1)).toBe('<cac:Line><ID>2</ID></cac:Line>');
    expect(markup(2)).toBe('<cac:Line/>');
    expect(source.slice(root.start, root.end)).toBe(source.slice(source.indexOf('<Invoice'), source.length));
    const withBom = parseXml('\uFEFF<a>\n<b> x </b></a>');
    expect(withBom.children[0]).toMatchObject({ start: 5, end: 15, line: 2 });
  });
});

describe('decodeXml', () => {
  const bytes = (...parts: (string | number[])[]) =>
    new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));
  const utf16 = (text: string, endian: 'le' | 'be') => {
    const le = [...Buffer.from(text, 'utf16le')];
    if (endian === 'le') return le;
    const be: number[] = [];
    for (let i = 0; i < le.length; i += 2) be.push(le[i + 1]!, le[i]!);
    return be;
  };

  it('reads UTF-8 by default and with a byte-order mark', () => {
    const text = '<a>Łódź €</a>';
    expect(decodeXml(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeXml(bytes([0xef, 0xbb, 0xbf], [...new TextEncoder().encode(text)]))).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads the encoding the declaration names: Windows-1250 and ISO-8859-2 differ in Ś', () => {
    const body = (encoding: string) => `<?xml version="1.0" encoding="${encoding}"?><a>`;
    // 0x8C is Ś in Windows-1250; ISO-8859-2 has it at 0xA6.
    expect(decodeXml(bytes(body('windows-1250'), [0x8c, 0xa3, 0xf3, 0x9f], '</a>'))).toEqual({
      text: `${body('windows-1250')}ŚŁóź</a>`,
      encoding: 'windows-1250',
    });
    expect(decodeXml(bytes(body('ISO-8859-2'), [0xa6, 0xa3, 0xf3, 0xbc], '</a>'))).toEqual({
      text: `${body('ISO-8859-2')}ŚŁóź</a>`,
      encoding: 'iso-8859-2',
    });
    expect(decodeXml(bytes("<?xml version='1.0' encoding='cp1250'?><a/>")).encoding).toBe('windows-1250');
  });

  it('reads UTF-16 in both byte orders, with a byte-order mark or without one', () => {
    const text = '<?xml version="1.0" encoding="UTF-16"?><a>Łódź</a>';
    expect(decodeXml(bytes([0xff, 0xfe], utf16(text, 'le')))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeXml(bytes([0xfe, 0xff], utf16(text, 'be')))).toEqual({ text, encoding: 'utf-16be' });
    expect(decodeXml(bytes(utf16(text, 'le')))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeXml(bytes(utf16(text, 'be')))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('names the line where the bytes stop being the declared encoding', () => {
    const error = thrown(() => decodeXml(bytes('<?xml version="1.0" encoding="UTF-8"?>\n<a>\n', [0xa3, 0xf3], '</a>')));
    expect(error.message).toBe(
      'line 3: the file is not valid UTF-8 text; save it again as UTF-8, or name its encoding in the XML declaration',
    );
    expect(error.line).toBe(3);
  });

  it('refuses an unknown encoding and UTF-16 declared in a file of single bytes', () => {
    expect(thrown(() => decodeXml(bytes('<?xml version="1.0" encoding="x-klingon"?><a/>'))).message).toBe(
      'line 1: the XML declaration names the encoding "x-klingon", which is not known',
    );
    expect(thrown(() => decodeXml(bytes('<?xml version="1.0" encoding="UTF-16"?><a/>'))).message).toBe(
      'line 1: the XML declaration says UTF-16, but the file is written one byte per character',
    );
  });
});
