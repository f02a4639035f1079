// A customer's follow-up as its page shows it: procedure and why, the coming days,
// what is held back, and the records that shape it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getCustomerFollowUp } from '../../app/customer-follow-up';
import { orgOf } from '../auth';
import type { ServerContext } from '../context';
import { customerFollowUp, followUpQuery } from '../contract';
import { sendProblem } from '../problems';
import { idParams, problemResponses } from './shared-schemas';

export const followUpRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db }) => {
  app.get(
    '/customers/:id/follow-up',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['procedures'],
        summary:
          "Which procedure follows the customer up and why, the actions of the next days (30 unless asked), steps held back with the day they may run, and the open promises, running plans, open disputes and snoozes",
        params: idParams,
        querystring: followUpQuery,
        response: { 200: customerFollowUp, ...problemResponses },
      },
    },
    async (request, reply) => {
      const org = orgOf(request);
      const found = await getCustomerFollowUp(db, org.id, request.params.id, org.today, request.query.days);
      return found.ok ? found.value : sendProblem(reply, found);
    },
  );
};
