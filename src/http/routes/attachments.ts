// Files kept with a customer: upload (multipart), list, download.
import type {} from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findAttachmentContent, findCustomer, listAttachments } from '../../app/queries';
import { maxAttachmentBytes, storeAttachment } from '../../app/store-attachment';
import { orgOf } from '../auth';
import type { ServerContext } from '../context';
import { attachment } from '../contract';
import { sendNotFound, sendProblem } from '../problems';
import { idParams, problemResponses } from './shared-schemas';

const tags = ['attachments'];
const optionalId = z.uuid().optional();

/** A Content-Disposition that downloads the file under its name, whatever characters it has. */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export const attachmentRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db }) => {
  app.post(
    '/customers/:id/attachments',
    {
      config: { permission: 'write' },
      schema: {
        tags,
        summary: 'Upload a file (multipart/form-data: file, optional invoiceId and activityId; at most 20 MB)',
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: attachment, ...problemResponses },
      },
    },
    async (request, reply) => {
      const fields: Record<string, string> = {};
      let file: { fileName: string; contentType: string; content: Buffer } | undefined;
      for await (const part of request.parts({ limits: { fileSize: maxAttachmentBytes, files: 1 } })) {
        if (part.type === 'file') {
          file = { fileName: part.filename, contentType: part.mimetype, content: await part.toBuffer() };
        } else if (typeof part.value === 'string') {
          fields[part.fieldname] = part.value;
        }
      }
      if (!file) return sendProblem(reply, { ok: false, code: 'invalid_input', message: 'body.file: required', issues: [{ field: 'body.file', message: 'required' }] });
      const ids = { invoiceId: optionalId.safeParse(fields.invoiceId || undefined), activityId: optionalId.safeParse(fields.activityId || undefined) };
      for (const [field, parsed] of Object.entries(ids)) {
        if (!parsed.success) return sendProblem(reply, { ok: false, code: 'invalid_input', message: `body.${field}: not a UUID`, issues: [{ field: `body.${field}`, message: 'not a UUID' }] });
      }
      const org = orgOf(request);
      const stored = await storeAttachment(
        db,
        org.id,
        request.params.id,
        { ...file, invoiceId: ids.invoiceId.data ?? null, activityId: ids.activityId.data ?? null },
        org.actor,
      );
      return stored.ok ? reply.code(201).send(stored.value) : sendProblem(reply, stored);
    },
  );

  app.get(
    '/customers/:id/attachments',
    {
      config: { permission: 'read' },
      schema: { tags, summary: "A customer's files, newest first", params: idParams, response: { 200: z.array(attachment), ...problemResponses } },
    },
    async (request, reply) => {
      const org = orgOf(request);
      if (!(await findCustomer(db, org.id, request.params.id))) return sendNotFound(reply, 'customer');
      return listAttachments(db, org.id, request.params.id);
    },
  );

  app.get(
    '/attachments/:id/content',
    {
      config: { permission: 'read' },
      schema: { tags, summary: 'Download a file', params: idParams, produces: ['application/octet-stream'] },
    },
    async (request, reply) => {
      const found = await findAttachmentContent(db, orgOf(request).id, request.params.id);
      if (!found) return sendNotFound(reply, 'attachment');
      // Uploaded files are never rendered as part of the app: always a download, never sniffed.
      return reply
        .header('content-type', found.contentType)
        .header('content-disposition', contentDisposition(found.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('x-checksum-sha256', found.sha256)
        .send(found.content);
    },
  );
};
