// Allocating payments and credit notes to invoices, and undoing it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { allocate } from '../../app/allocate';
import { listAllocations } from '../../app/queries';
import { undoAllocation } from '../../app/undo-allocation';
import { orgOf } from '../auth';
import type { ServerContext } from '../context';
import { allocation, allocationInput } from '../contract';
import { sendNotFound, sendProblem } from '../problems';
import { idParams, noContent, orgParams, problemResponses } from './shared-schemas';

const tags = ['allocations'];

export const allocationRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db }) => {
  app.post(
    '/allocations',
    {
      config: { permission: 'write' },
      schema: {
        tags,
        summary: 'Allocate a payment or a credit note to an invoice (same currency; at most what is open and what is left)',
        params: orgParams,
        body: allocationInput,
        response: { 201: allocation, ...problemResponses },
      },
    },
    async (request, reply) => {
      const org = orgOf(request);
      const done = await allocate(db, org.id, request.body, org.actor, org.today);
      if (!done.ok) return sendProblem(reply, done);
      const [created] = await listAllocations(db, org.id, { allocationId: done.value.id });
      return created ? reply.code(201).send(created) : sendNotFound(reply, 'allocation');
    },
  );

  app.delete(
    '/allocations/:id',
    {
      config: { permission: 'write' },
      schema: { tags, summary: 'Undo an allocation', params: idParams, response: { ...noContent, ...problemResponses } },
    },
    async (request, reply) => {
      const org = orgOf(request);
      const undone = await undoAllocation(db, org.id, request.params.id, org.actor, org.today);
      return undone.ok ? reply.code(204).send(undefined) : sendProblem(reply, undone);
    },
  );
};
