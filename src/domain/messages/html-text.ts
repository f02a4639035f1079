// The words of an HTML message as its reader sees them, for checks that read text
// (the tone guard): tags and what never shows (styles, scripts, the head) go, blocks
// and line breaks become line breaks, character references become characters.

const hiddenElements = /<(head|style|script|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const comments = /<!--[\s\S]*?-->/g;
// A block's end is a blank line, so the guard never reads the last words of one
// paragraph and the first of the next as one phrase; <br> only breaks the line.
const blockEnds = /<\/(?:p|div|h[1-6]|li|tr|table|blockquote|pre|section|article|header|footer)\s*>/gi;
const lineBreaks = /<br\s*\/?>/gi;
const cellEnds = /<\/(?:td|th)\s*>/gi;
const tags = /<\/?[A-Za-z][^>]*>/g;

const namedReferences: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  bdquo: '„',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  euro: '€',
  copy: '©',
};

function decodeReference(reference: string, name: string): string {
  if (name.startsWith('#x') || name.startsWith('#X')) return fromCodePoint(Number.parseInt(name.slice(2), 16), reference);
  if (name.startsWith('#')) return fromCodePoint(Number.parseInt(name.slice(1), 10), reference);
  return namedReferences[name] ?? reference;
}

function fromCodePoint(codePoint: number, reference: string): string {
  return Number.isInteger(codePoint) && codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : reference;
}

/** The visible text of an HTML fragment or document, one line per block. */
export function htmlText(html: string): string {
  return (
    html
      .replace(hiddenElements, ' ')
      .replace(comments, ' ')
      // Line breaks in the source are spaces to a browser; &nbsp; (decoded last) stays.
      .replace(/[ \t\r\n\f]+/g, ' ')
      .replace(blockEnds, '\n\n')
      .replace(lineBreaks, '\n')
      .replace(cellEnds, ' ')
      .replace(tags, '')
      .replace(/ *\n */g, '\n')
      .replace(/ {2,}/g, ' ')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/&(#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z]+);/g, decodeReference)
      .trim()
  );
}
