// What the message pieces hand each other: the templates render a message, the tone
// guard checks its text, a channel delivers it, the sender ties them together. Each
// piece lives in its own module; these types are the seams between them.

/** The languages Duly writes to customers in. */
export const messageLanguages = ['pl', 'en', 'ru', 'de'] as const;
export type MessageLanguage = (typeof messageLanguages)[number];

/** The channels a template is written for (a call's "message" is the collector's script). */
export const templateChannels = ['email', 'sms', 'letter', 'call'] as const;
export type TemplateChannel = (typeof templateChannels)[number];

/** A file that goes with a message: the payment QR code as PNG, a letter as PDF. */
export type MessageAttachment = {
  fileName: string;
  contentType: string;
  content: Uint8Array;
  /** Set for an image the HTML shows inline (`<img src="cid:…">`). */
  contentId?: string;
};

/** A message as it will leave, rendered from its template for one customer and addressee. */
export type RenderedMessage = {
  channel: TemplateChannel;
  language: MessageLanguage;
  templateKey: string;
  /** E-mail subject, letter heading; empty for SMS and calls. */
  subject: string;
  /** E-mail body as HTML; empty for SMS, letters and calls. */
  html: string;
  /** Plain text: the e-mail's text part, the SMS, the letter's body, the call script. */
  text: string;
  attachments: MessageAttachment[];
  /** The invoices the message is about. */
  invoiceIds: string[];
};
