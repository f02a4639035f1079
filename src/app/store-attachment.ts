// Keeping a file with a customer (and optionally one of its invoices or timeline
// entries), with the SHA-256 of its content.
import { createHash } from 'node:crypto';
import type { Attachment } from '../http/contract';
import { activityOfCustomer } from '../store/activities';
import { insertAttachment } from '../store/attachments';
import type { Db } from '../store/database';
import { findCustomer } from '../store/customers';
import { findInvoiceRow } from '../store/invoices';
import type { Actor } from './actor';
import { fail, ok, type Result } from './errors';

/** The largest file kept, in bytes. */
export const maxAttachmentBytes = 20 * 1024 * 1024;

export type AttachmentUpload = {
  fileName: string;
  contentType: string;
  content: Buffer;
  invoiceId?: string | null;
  activityId?: string | null;
};

/** A file name safe to keep and to offer for download: no folders, no control characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 200);
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'file' : cleaned;
}

/** Stores the file; not_found for another organization's customer, invalid_input for a foreign invoice or entry. */
export async function storeAttachment(
  db: Db,
  orgId: string,
  customerId: string,
  upload: AttachmentUpload,
  actor: Actor,
): Promise<Result<Attachment>> {
  if (!(await findCustomer(db, orgId, customerId))) return fail('not_found', 'no such customer');
  if (upload.content.length > maxAttachmentBytes) {
    return fail('invalid_input', 'file: larger than 20 MB', [{ field: 'file', message: 'larger than 20 MB' }]);
  }
  if (upload.invoiceId) {
    const invoice = await findInvoiceRow(db, orgId, upload.invoiceId);
    if (!invoice || invoice.customerId !== customerId) {
      return fail('invalid_input', 'invoiceId: not an invoice of this customer', [{ field: 'invoiceId', message: 'not an invoice of this customer' }]);
    }
  }
  if (upload.activityId && !(await activityOfCustomer(db, orgId, customerId, upload.activityId))) {
    return fail('invalid_input', 'activityId: not an entry of this customer', [{ field: 'activityId', message: 'not an entry of this customer' }]);
  }
  const attachment = await insertAttachment(db, orgId, {
    customerId,
    invoiceId: upload.invoiceId ?? null,
    activityId: upload.activityId ?? null,
    fileName: safeFileName(upload.fileName),
    contentType: upload.contentType || 'application/octet-stream',
    sha256: createHash('sha256').update(upload.content).digest('hex'),
    content: upload.content,
    uploadedByUserId: actor.userId,
  });
  return ok(attachment);
}
