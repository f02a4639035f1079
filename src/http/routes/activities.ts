// The customer timeline: read it, and add notes, calls, e-mails, letters, meetings.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { findCustomer, getActivity, listActivities } from '../../app/queries';
import { recordActivity } from '../../app/record-activity';
import { orgOf } from '../auth';
import type { ServerContext } from '../context';
import { activity, activityInput, activityListQuery, page } from '../contract';
import { sendNotFound, sendProblem } from '../problems';
import { idParams, problemResponses } from './shared-schemas';

const tags = ['timeline'];

export const activityRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db, clock }) => {
  app.get(
    '/customers/:id/activities',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: "A customer's timeline, newest first",
        params: idParams,
        querystring: activityListQuery,
        response: { 200: page(activity), ...problemResponses },
      },
    },
    async (request, reply) => {
      const org = orgOf(request);
      if (!(await findCustomer(db, org.id, request.params.id))) return sendNotFound(reply, 'customer');
      const { page: pageNumber, pageSize, type } = request.query;
      const found = await listActivities(db, org.id, request.params.id, { type, page: pageNumber, pageSize });
      return { ...found, page: pageNumber, pageSize };
    },
  );

  app.post(
    '/customers/:id/activities',
    {
      config: { permission: 'record' },
      schema: {
        tags,
        summary: 'Add a note, call, e-mail, letter or meeting to the timeline (never changed afterwards)',
        params: idParams,
        body: activityInput,
        response: { 201: activity, ...problemResponses },
      },
    },
    async (request, reply) => {
      const org = orgOf(request);
      const recorded = await recordActivity(db, org.id, request.params.id, request.body, org.actor, clock());
      if (!recorded.ok) return sendProblem(reply, recorded);
      const created = await getActivity(db, org.id, recorded.value.id);
      return created ? reply.code(201).send(created) : sendNotFound(reply, 'activity');
    },
  );
};
