// The local mail catcher's mailbox: what Duly would have sent without an SMTP server.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getCaughtMail, listCaughtMail } from '../../store/caught-mail';
import { orgOf } from '../auth';
import type { ServerContext } from '../context';
import { caughtMail, caughtMailSummary, page, pageQuery } from '../contract';
import { sendNotFound } from '../problems';
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
};
