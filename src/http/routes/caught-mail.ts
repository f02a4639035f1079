// The local mail catcher's mailbox: what Duly would have sent without an SMTP server.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findCaughtMailAttachment, getCaughtMail, listCaughtMail } from '../../store/caught-mail';
import { orgOf } from '../auth';
import type { ServerContext } from '../context';
import { caughtMail, caughtMailSummary, page, pageQuery } from '../contract';
import { sendNotFound } from '../problems';
import { contentDisposition } from './attachments';
import { idParams, orgParams, problemResponses } from './shared-schemas';

const tags = ['messages'];

export const caughtMailRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db }) => {
  app.get(
    '/caught-mail',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'E-mail caught by the local mail catcher, newest first',
        params: orgParams,
        querystring: pageQuery,
        response: { 200: page(caughtMailSummary), ...problemResponses },
      },
    },
    async (request) => {
      const { page: pageNumber, pageSize } = request.query;
      const found = await listCaughtMail(db, orgOf(request).id, { page: pageNumber, pageSize });
      return { ...found, page: pageNumber, pageSize };
    },
  );

  app.get(
    '/caught-mail/:id',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'One caught e-mail as a mail client reads it: headers, text, HTML and attachments',
        params: idParams,
        response: { 200: caughtMail, ...problemResponses },
      },
    },
    async (request, reply) => (await getCaughtMail(db, orgOf(request).id, request.params.id)) ?? sendNotFound(reply, 'caught e-mail'),
  );

  app.get(
    '/caught-mail/:id/attachments/:index',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: "One attachment of a caught e-mail, by its place in the message's attachments (from 0), e.g. the payment QR code",
        params: idParams.extend({ index: z.coerce.number().int().min(0).max(999) }),
        produces: ['application/octet-stream'],
      },
    },
    async (request, reply) => {
      const found = await findCaughtMailAttachment(db, orgOf(request).id, request.params.id, request.params.index);
      if (!found) return sendNotFound(reply, 'attachment of a caught e-mail');
      // What a message carried is never run as part of the app: a download, never sniffed.
      // An <img> shows an image all the same.
      return reply
        .header('content-type', found.contentType)
        .header('content-disposition', contentDisposition(found.fileName ?? `attachment-${request.params.index + 1}`))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(found.content);
    },
  );
};
