// Files kept with a customer (contracts, transfer confirmations): the content lives
// in the row, with its SHA-256 and content type.
import { and, desc, eq } from 'drizzle-orm';
import type { Attachment } from '../http/contract';
import type { Db } from './database';
import { isoInstant } from './instants';
import { attachments } from './schema';

export type NewAttachmentValues = {
  customerId: string;
  invoiceId: string | null;
  activityId: string | null;
  fileName: string;
  contentType: string;
  sha256: string;
  content: Buffer;
  uploadedByUserId: string | null;
};

const listColumns = {
  id: attachments.id,
  customerId: attachments.customerId,
  invoiceId: attachments.invoiceId,
  activityId: attachments.activityId,
  fileName: attachments.fileName,
  contentType: attachments.contentType,
  sizeBytes: attachments.sizeBytes,
  sha256: attachments.sha256,
  createdAt: attachments.createdAt,
};

type AttachmentSelection = Omit<Attachment, 'createdAt'> & { createdAt: Date };

const toAttachment = (row: AttachmentSelection): Attachment => ({ ...row, createdAt: isoInstant(row.createdAt) });

/** Stores a file; returns it without its content. */
export async function insertAttachment(db: Db, orgId: string, values: NewAttachmentValues): Promise<Attachment> {
  const [row] = await db
    .insert(attachments)
    .values({ ...values, orgId, sizeBytes: values.content.length })
    .returning(listColumns);
  return toAttachment(row!);
}

/** The files of a customer, newest first, without their content. */
export async function listAttachments(db: Db, orgId: string, customerId: string): Promise<Attachment[]> {
  const rows = await db
    .select(listColumns)
    .from(attachments)
    .where(and(eq(attachments.orgId, orgId), eq(attachments.customerId, customerId)))
    .orderBy(desc(attachments.createdAt), desc(attachments.id));
  return rows.map(toAttachment);
}

/** A file with its content, or null when not the organization's. */
export async function findAttachmentContent(
  db: Db,
  orgId: string,
  attachmentId: string,
): Promise<(Attachment & { content: Buffer }) | null> {
  const [row] = await db
    .select({ ...listColumns, content: attachments.content })
    .from(attachments)
    .where(and(eq(attachments.orgId, orgId), eq(attachments.id, attachmentId)));
  return row ? { ...toAttachment(row), content: row.content } : null;
}
