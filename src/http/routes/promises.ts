// Promises to pay: a customer's list, recording one (collectors, admins and account
// owners), and cancelling an open one.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { cancelPromise } from '../../app/cancel-promise';
import { getPromise, listCustomerPromises } from '../../app/follow-up-queries';
import { recordPromise } from '../../app/record-promise';
import { orgOf } from '../auth';
import type { ServerContext } from '../context';
import { promiseInput, promiseToPay } from '../contract';
import { sendNotFound, sendProblem } from '../problems';
import { idParams, problemResponses } from './shared-schemas';

const tags = ['promises'];

export const promiseRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db, clock }) => {
  app.get(
    '/customers/:id/promises',
    {
      config: { permission: 'read' },
      schema: { tags, summary: "The customer's promises to pay, latest promised day first", params: idParams, response: { 200: z.array(promiseToPay), ...problemResponses } },
    },
    async (request, reply) => {
      const org = orgOf(request);
      return (await listCustomerPromises(db, org.id, request.params.id, org.today)) ?? sendNotFound(reply, 'customer');
    },
  );

  app.post(
    '/customers/:id/promises',
    {
      config: { permission: 'record' },
      schema: {
        tags,
        summary: 'Record a promise to pay: a day and an amount are both required; it pauses the reminders of its invoices until its day plus grace',
        params: idParams,
        body: promiseInput,
        response: { 201: promiseToPay, ...problemResponses },
      },
    },
    async (request, reply) => {
      const org = orgOf(request);
      const recorded = await recordPromise(db, org.id, { ...request.body, customerId: request.params.id }, org.actor, org.today, clock());
      if (!recorded.ok) return sendProblem(reply, recorded);
      const created = await getPromise(db, org.id, recorded.value.id, org.today);
      return created ? reply.code(201).send(created) : sendNotFound(reply, 'promise');
    },
  );

  app.post(
    '/promises/:id/cancel',
    {
      config: { permission: 'record' },
      schema: { tags, summary: 'Cancel an open promise: the reminders it paused resume', params: idParams, response: { 200: promiseToPay, ...problemResponses } },
    },
    async (request, reply) => {
      const org = orgOf(request);
      const cancelled = await cancelPromise(db, org.id, request.params.id, org.actor, org.today);
      if (!cancelled.ok) return sendProblem(reply, cancelled);
      return (await getPromise(db, org.id, cancelled.value.id, org.today)) ?? sendNotFound(reply, 'promise');
    },
  );
};
