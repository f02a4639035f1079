// Letters: recording a registered letter's tracking number once it is posted.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { recordLetterTracking } from '../../app/record-letter-tracking';
import { orgOf } from '../auth';
import type { ServerContext } from '../context';
import { letterTracking, letterTrackingInput } from '../contract';
import { sendProblem } from '../problems';
import { idParams, problemResponses } from './shared-schemas';

const tags = ['letters'];

export const letterRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db }) => {
  app.put(
    '/sent-messages/:id/tracking',
    {
      config: { permission: 'record' },
      schema: {
        tags,
        summary: "Record a sent letter's postal tracking number; a changed number is noted on the timeline as a correction",
        params: idParams,
        body: letterTrackingInput,
        response: { 200: letterTracking, ...problemResponses },
      },
    },
    async (request, reply) => {
      const org = orgOf(request);
      const recorded = await recordLetterTracking(db, org.id, request.params.id, request.body, org.actor);
      return recorded.ok ? recorded.value : sendProblem(reply, recorded);
    },
  );
};
