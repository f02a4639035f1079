// Snoozes: a customer's pauses (of it or of one invoice), pausing, and ending early.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { endSnooze } from '../../app/end-snooze';
import { getSnooze, listCustomerSnoozes } from '../../app/follow-up-queries';
import { snooze as snoozeCustomer } from '../../app/snooze';
import { orgOf } from '../auth';
import type { ServerContext } from '../context';
import { snooze, snoozeInput } from '../contract';
import { sendNotFound, sendProblem } from '../problems';
import { idParams, problemResponses } from './shared-schemas';

const tags = ['snoozes'];

export const snoozeRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db, clock }) => {
  app.get(
    '/customers/:id/snoozes',
    {
      config: { permission: 'read' },
      schema: { tags, summary: "The customer's snoozes, of it and of its invoices, newest first", params: idParams, response: { 200: z.array(snooze), ...problemResponses } },
    },
    async (request, reply) => {
      const org = orgOf(request);
      return (await listCustomerSnoozes(db, org.id, request.params.id, org.today)) ?? sendNotFound(reply, 'customer');
    },
  );

  app.post(
    '/customers/:id/snoozes',
    {
      config: { permission: 'write' },
      schema: {
        tags,
        summary: 'Pause the follow-up of the customer, or of one of its invoices, for a reason to a day after today',
        params: idParams,
        body: snoozeInput,
        response: { 201: snooze, ...problemResponses },
      },
    },
    async (request, reply) => {
      const org = orgOf(request);
      const created = await snoozeCustomer(db, org.id, { ...request.body, customerId: request.params.id }, org.actor, org.today);
      if (!created.ok) return sendProblem(reply, created);
      const view = await getSnooze(db, org.id, created.value.id, org.today);
      return view ? reply.code(201).send(view) : sendNotFound(reply, 'snooze');
    },
  );

  app.post(
    '/snoozes/:id/end',
    {
      config: { permission: 'write' },
      schema: { tags, summary: 'End a snooze before its last day: the follow-up resumes', params: idParams, response: { 200: snooze, ...problemResponses } },
    },
    async (request, reply) => {
      const org = orgOf(request);
      const ended = await endSnooze(db, org.id, request.params.id, org.actor, clock(), org.today);
      if (!ended.ok) return sendProblem(reply, ended);
      return (await getSnooze(db, org.id, ended.value.id, org.today)) ?? sendNotFound(reply, 'snooze');
    },
  );
};
