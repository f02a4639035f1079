import { describe, expect, it } from 'vitest';
import { htmlText } from './html-text';

describe('htmlText', () => {
  it('keeps what the reader sees, a blank line between blocks and a line break for <br>', () => {
    const html = '<html><head><title>Hidden</title><style>p { color: red }</style></head><body>' +
      '<p>Dzień dobry,</p><p>do zapłaty <b>1&nbsp;230,00&nbsp;zł</b>.</p><!-- note --><p>Z pozdrowieniami<br>Anna</p></body></html>';
    expect(htmlText(html)).toBe('Dzień dobry,\n\ndo zapłaty 1\u00a0230,00\u00a0zł.\n\nZ pozdrowieniami\nAnna');
  });

  it('reads a table cell by cell and decodes character references', () => {
    const html = '<table><tr><th>Faktura</th><th>Kwota</th></tr><tr><td>FV/1</td><td>&euro;&#160;10 &amp; &#x201E;Ko&rdquo; &lt;b&gt;</td></tr></table>';
    expect(htmlText(html)).toBe('Faktura Kwota\n\nFV/1 €\u00a010 & „Ko” <b>');
  });

  it('leaves a reference it does not know as written', () => {
    expect(htmlText('<p>a &bogus; b &#0; c</p>')).toBe('a &bogus; b &#0; c');
  });
});
