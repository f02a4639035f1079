import { describe, expect, it } from 'vitest';
import { attachedImages, previewHtml } from './preview-html';

const qr = { fileName: 'payment-qr.png', contentType: 'image/png', contentId: 'payment-qr', contentBase64: 'iVBORw0KGgo=' };
const pdf = { fileName: 'letter.pdf', contentType: 'application/pdf', contentId: null, contentBase64: 'JVBERi0=' };

describe('previewHtml', () => {
  it('inlines every image the HTML shows by its content id, and leaves other references alone', () => {
    const html = '<img src="cid:payment-qr" alt="QR"><p>cid:other</p><img src="cid:payment-qr">';
    expect(previewHtml(html, [qr, pdf])).toBe(
      '<img src="data:image/png;base64,iVBORw0KGgo=" alt="QR"><p>cid:other</p><img src="data:image/png;base64,iVBORw0KGgo=">',
    );
  });

  it('lists the attached images to show, not other files', () => {
    expect(attachedImages([qr, pdf])).toEqual([{ fileName: 'payment-qr.png', src: 'data:image/png;base64,iVBORw0KGgo=' }]);
  });
});
