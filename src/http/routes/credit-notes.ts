// Credit notes: list, record (allocated at once to the invoice they name), detail.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createCreditNote } from '../../app/create-credit-note';
import { getCreditNoteDetail, listCreditNotes } from '../../app/queries';
import { orgOf } from '../auth';
import type { ServerContext } from '../context';
import { creditNote, creditNoteDetail, creditNoteInput, creditNoteListQuery, page } from '../contract';
import { sendNotFound, sendProblem } from '../problems';
import { idParams, orgParams, problemResponses } from './shared-schemas';

const tags = ['credit notes'];

export const creditNoteRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db }) => {
  app.get(
    '/credit-notes',
    {
      config: { permission: 'read' },
      schema: { tags, summary: 'Credit notes, newest first', params: orgParams, querystring: creditNoteListQuery, response: { 200: page(creditNote), ...problemResponses } },
    },
    async (request) => {
      const { page: pageNumber, pageSize, ...filters } = request.query;
      const found = await listCreditNotes(db, orgOf(request).id, { ...filters, page: pageNumber, pageSize });
      return { ...found, page: pageNumber, pageSize };
    },
  );

  app.post(
    '/credit-notes',
    {
      config: { permission: 'write' },
      schema: {
        tags,
        summary: 'Record a credit note; with invoiceId it is allocated to that invoice up to what is open',
        params: orgParams,
        body: creditNoteInput,
        response: { 201: creditNoteDetail, ...problemResponses },
      },
    },
    async (request, reply) => {
      const org = orgOf(request);
      const created = await createCreditNote(db, org.id, request.body, org.source, org.actor);
      if (!created.ok) return sendProblem(reply, created);
      const detail = await getCreditNoteDetail(db, org.id, created.value.id);
      return detail ? reply.code(201).send(detail) : sendNotFound(reply, 'credit note');
    },
  );

  app.get(
    '/credit-notes/:id',
    {
      config: { permission: 'read' },
      schema: { tags, summary: 'A credit note with its allocations', params: idParams, response: { 200: creditNoteDetail, ...problemResponses } },
    },
    async (request, reply) => (await getCreditNoteDetail(db, orgOf(request).id, request.params.id)) ?? sendNotFound(reply, 'credit note'),
  );
};
