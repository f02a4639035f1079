// Invoices: list with filters, detail with allocations, create, correct, write off,
// reopen, delete.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createInvoice } from '../../app/create-invoice';
import { deleteInvoice } from '../../app/delete-invoice';
import { getInvoiceDetail, listInvoices, parseStatusFilter } from '../../app/queries';
import { reopenInvoice } from '../../app/reopen-invoice';
import { updateInvoice } from '../../app/update-invoice';
import { writeOffInvoice } from '../../app/write-off-invoice';
import type { Result } from '../../app/errors';
import { orgOf } from '../auth';
import type { ServerContext } from '../context';
import { asOfQuery, invoice, invoiceDetail, invoiceInput, invoiceListQuery, invoicePatch, page } from '../contract';
import { sendNotFound, sendProblem } from '../problems';
import { idParams, noContent, orgParams, problemResponses } from './shared-schemas';
import type { FastifyReply, FastifyRequest } from 'fastify';

const tags = ['invoices'];

export const invoiceRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db, clock }) => {
  // After a change the invoice is shown as it now stands, aged on today.
  const respond = async (request: FastifyRequest, reply: FastifyReply, done: Result<{ id: string }>, status = 200) => {
    if (!done.ok) return sendProblem(reply, done);
    const org = orgOf(request);
    const detail = await getInvoiceDetail(db, org.id, done.value.id, org.today);
    return detail ? reply.code(status).send(detail) : sendNotFound(reply, 'invoice');
  };

  app.get(
    '/invoices',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'Invoices filtered by customer, status, currency, days overdue and due dates, sorted',
        params: orgParams,
        querystring: invoiceListQuery,
        response: { 200: page(invoice), ...problemResponses },
      },
    },
    async (request, reply) => {
      const org = orgOf(request);
      const { page: pageNumber, pageSize, asOf, status, ...filters } = request.query;
      const statuses = parseStatusFilter(status);
      if (!statuses.ok) return sendProblem(reply, statuses);
      const found = await listInvoices(db, org.id, { ...filters, statuses: statuses.value, asOf: asOf ?? org.today, page: pageNumber, pageSize });
      return { ...found, page: pageNumber, pageSize };
    },
  );

  app.post(
    '/invoices',
    {
      config: { permission: 'write' },
      schema: { tags, summary: 'Create an invoice', params: orgParams, body: invoiceInput, response: { 201: invoiceDetail, ...problemResponses } },
    },
    async (request, reply) => {
      const org = orgOf(request);
      return respond(request, reply, await createInvoice(db, org.id, request.body, org.source), 201);
    },
  );

  app.get(
    '/invoices/:id',
    {
      config: { permission: 'read' },
      schema: { tags, summary: 'An invoice with its allocations and credit notes', params: idParams, querystring: asOfQuery, response: { 200: invoiceDetail, ...problemResponses } },
    },
    async (request, reply) => {
      const org = orgOf(request);
      return (await getInvoiceDetail(db, org.id, request.params.id, request.query.asOf ?? org.today)) ?? sendNotFound(reply, 'invoice');
    },
  );

  app.patch(
    '/invoices/:id',
    {
      config: { permission: 'write' },
      schema: {
        tags,
        summary: 'Correct number, dates or total (not below what is already allocated)',
        params: idParams,
        body: invoicePatch,
        response: { 200: invoiceDetail, ...problemResponses },
      },
    },
    async (request, reply) => respond(request, reply, await updateInvoice(db, orgOf(request).id, request.params.id, request.body)),
  );

  app.post(
    '/invoices/:id/write-off',
    {
      config: { permission: 'write' },
      schema: { tags, summary: 'Write off what is open', params: idParams, response: { 200: invoiceDetail, ...problemResponses } },
    },
    async (request, reply) => {
      const org = orgOf(request);
      return respond(request, reply, await writeOffInvoice(db, org.id, request.params.id, org.actor, clock()));
    },
  );

  app.post(
    '/invoices/:id/reopen',
    {
      config: { permission: 'write' },
      schema: { tags, summary: 'Undo a write-off', params: idParams, response: { 200: invoiceDetail, ...problemResponses } },
    },
    async (request, reply) => {
      const org = orgOf(request);
      return respond(request, reply, await reopenInvoice(db, org.id, request.params.id, org.actor));
    },
  );

  app.delete(
    '/invoices/:id',
    {
      config: { permission: 'write' },
      schema: { tags, summary: 'Delete an invoice with nothing allocated to it', params: idParams, response: { ...noContent, ...problemResponses } },
    },
    async (request, reply) => {
      const deleted = await deleteInvoice(db, orgOf(request).id, request.params.id);
      return deleted.ok ? reply.code(204).send(undefined) : sendProblem(reply, deleted);
    },
  );
};
