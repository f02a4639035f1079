// Reads a delivery status notification (RFC 3464), the "undeliverable" message a mail
// server sends back: which recipients failed, the status code and the server's words,
// and the Message-ID of the message that bounced, from its returned headers.
import { findPart, parseHeaderBlock, parseMime, splitHeaderAndBody, type MimePart } from './mime-parts';

/** One recipient's fate in a delivery status notification. */
export type DeliveryRecipientStatus = {
  /** The address the message was sent to (Original-Recipient, else Final-Recipient). */
  address: string;
  /** Where delivery was last tried, after any forwarding. */
  finalAddress: string;
  /** failed, delayed, delivered, relayed or expanded. */
  action: string;
  /** The enhanced status code, e.g. "5.1.1"; null when the report gives none. */
  status: string | null;
  /** The receiving server's own words, e.g. "550 5.1.1 User unknown". */
  diagnostic: string | null;
};

/** A delivery status notification as read from the returned e-mail. */
export type DeliveryReport = {
  reportingMta: string | null;
  /** The Message-ID of the message that bounced, from its returned headers. */
  originalMessageId: string | null;
  recipients: DeliveryRecipientStatus[];
};


const statusTypes = new Set(['message/delivery-status', 'message/global-delivery-status']);
const returnedTypes = new Set(['message/rfc822', 'text/rfc822-headers', 'message/global', 'message/global-headers']);

/** "rfc822; jan@klient.pl" → "jan@klient.pl"; null for another address type. */
function addressOf(value: string | undefined): string | null {
  if (!value) return null;
  const semicolon = value.indexOf(';');
  const type = semicolon < 0 ? 'rfc822' : value.slice(0, semicolon).trim().toLowerCase();
  if (type !== 'rfc822' && type !== 'utf-8') return null;
  const address = (semicolon < 0 ? value : value.slice(semicolon + 1)).trim().replace(/^<|>$/g, '');
  return address === '' ? null : address;
}

/** "smtp; 550 5.1.1 <jan@…>: User unknown" → "550 5.1.1 <jan@…>: User unknown". */
function diagnosticOf(value: string | undefined): string | null {
  if (!value) return null;
  const text = value.replace(/^\s*[a-z-]+\s*;\s*/i, '').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

// The status fields are header-like blocks: one for the message, then one per recipient.
function fieldBlocks(body: string): Map<string, string>[] {
  return body
    .split(/\r?\n[ \t]*\r?\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map(parseHeaderBlock);
}

function recipientOf(fields: Map<string, string>): DeliveryRecipientStatus | null {
  const finalAddress = addressOf(fields.get('final-recipient'));
  if (!finalAddress) return null;
  const status = /\b([245])\.(\d{1,3})\.(\d{1,3})\b/.exec(fields.get('status') ?? '');
  return {
    address: addressOf(fields.get('original-recipient')) ?? finalAddress,
    finalAddress,
    action: (fields.get('action') ?? '').trim().toLowerCase(),
    status: status ? status[0] : null,
    diagnostic: diagnosticOf(fields.get('diagnostic-code')),
  };
}

function returnedMessageId(report: MimePart): string | null {
  const returned = report.parts.find((part) => returnedTypes.has(part.contentType));
  if (!returned) return null;
  const headers = parseHeaderBlock(splitHeaderAndBody(returned.body).header);
  return headers.get('message-id')?.trim() || null;
}

/** The report in a delivery status notification; null when the message is no such report. */
export function parseDeliveryStatus(raw: string): DeliveryReport | null {
  const root = parseMime(raw);
  const report = findPart(
    root,
    (part) => part.contentType === 'multipart/report' && (part.params.get('report-type') ?? '').toLowerCase() === 'delivery-status',
  );
  if (!report) return null;
  const status = report.parts.find((part) => statusTypes.has(part.contentType));
  if (!status) return null;
  // The first block is about the message, the rest about one recipient each; a block
  // is taken by what it holds, so a report missing its message block still reads.
  const blocks = fieldBlocks(status.body);
  return {
    reportingMta: mtaName(blocks.find((fields) => fields.has('reporting-mta'))?.get('reporting-mta')),
    originalMessageId: returnedMessageId(report),
    recipients: blocks.map(recipientOf).filter((recipient) => recipient !== null),
  };
}

/** "dns; mail.example.com" → "mail.example.com". */
function mtaName(value: string | undefined): string | null {
  if (!value) return null;
  return value.replace(/^\s*[a-z-]+\s*;\s*/i, '').trim() || null;
}
