// The HTML of a rendered message made to stand alone in a sandboxed frame: images the
// message carries as attachments (the payment QR code, cid:…) become data: URLs.
import type { RenderedMessageView } from '../../../src/http/contract';

type Attachment = RenderedMessageView['attachments'][number];

/** The message's HTML with every cid: image it carries inlined. */
export function previewHtml(html: string, attachments: readonly Attachment[]): string {
  let inlined = html;
  for (const attachment of attachments) {
    if (!attachment.contentId) continue;
    const dataUrl = `data:${attachment.contentType};base64,${attachment.contentBase64}`;
    inlined = inlined.split(`cid:${attachment.contentId}`).join(dataUrl);
  }
  return inlined;
}

/** The images among the attachments, as data: URLs to show. */
export function attachedImages(attachments: readonly Attachment[]): { fileName: string; src: string }[] {
  return attachments
    .filter((attachment) => /^image\/(png|jpeg|gif|webp)$/.test(attachment.contentType))
    .map((attachment) => ({ fileName: attachment.fileName, src: `data:${attachment.contentType};base64,${attachment.contentBase64}` }));
}
