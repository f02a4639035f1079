// Disputes of invoices: an invoice's disputes, opening one (collectors, admins and
// account owners), and resolving it.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getDispute, listInvoiceDisputes } from '../../app/follow-up-queries';
import { openDispute } from '../../app/open-dispute';
import { resolveDispute } from '../../app/resolve-dispute';
import { orgOf } from '../auth';
import type { ServerContext } from '../context';
import { dispute, disputeInput, disputeResolution } from '../contract';
import { sendNotFound, sendProblem } from '../problems';
import { idParams, problemResponses } from './shared-schemas';

const tags = ['disputes'];

export const disputeRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db }) => {
  app.get(
    '/invoices/:id/disputes',
    {
      config: { permission: 'read' },
      schema: { tags, summary: "The invoice's disputes, newest first", params: idParams, response: { 200: z.array(dispute), ...problemResponses } },
    },
    async (request, reply) => (await listInvoiceDisputes(db, orgOf(request).id, request.params.id)) ?? sendNotFound(reply, 'invoice'),
  );

  app.post(
    '/invoices/:id/disputes',
    {
      config: { permission: 'record' },
      schema: {
        tags,
        summary: 'Open a dispute: the invoice gets no reminders until it is resolved (one open dispute per invoice)',
        params: idParams,
        body: disputeInput,
        response: { 201: dispute, ...problemResponses },
      },
    },
    async (request, reply) => {
      const org = orgOf(request);
      const opened = await openDispute(db, org.id, { invoiceId: request.params.id, reason: request.body.reason }, org.actor, org.today);
      if (!opened.ok) return sendProblem(reply, opened);
      const created = await getDispute(db, org.id, opened.value.id);
      return created ? reply.code(201).send(created) : sendNotFound(reply, 'dispute');
    },
  );

  app.post(
    '/disputes/:id/resolve',
    {
      config: { permission: 'write' },
      schema: { tags, summary: 'Resolve an open dispute with what was agreed', params: idParams, body: disputeResolution, response: { 200: dispute, ...problemResponses } },
    },
    async (request, reply) => {
      const org = orgOf(request);
      const resolved = await resolveDispute(db, org.id, request.params.id, request.body, org.actor, org.today);
      if (!resolved.ok) return sendProblem(reply, resolved);
      return (await getDispute(db, org.id, resolved.value.id)) ?? sendNotFound(reply, 'dispute');
    },
  );
};
