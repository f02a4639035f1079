// Bounces: the delivery status notification a mail server returns for an e-mail it
// could not deliver, posted whole (e.g. by the mail server's pipe to this address, or
// by a script reading the bounce mailbox). The address is marked unreachable, the
// message bounced, and a collector gets a task to find one that works.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordBounceMessage } from '../../app/record-bounce';
import { orgOf } from '../auth';
import type { ServerContext } from '../context';
import { bounceOutcome } from '../contract';
import { sendProblem } from '../problems';
import { orgParams, problemResponses } from './shared-schemas';

const tags = ['messages'];
// A bounce returns the headers of the message, sometimes the message itself.
const maxBounceBytes = 10 * 1024 * 1024;

export const bounceRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db, clock }) => {
  app.addContentTypeParser('message/rfc822', { parseAs: 'string', bodyLimit: maxBounceBytes }, (_request, body, done) => done(null, body));

  app.post(
    '/bounces',
    {
      config: { permission: 'record' },
      bodyLimit: maxBounceBytes,
      schema: {
        tags,
        summary: 'Record a bounce: the delivery status notification (RFC 3464) exactly as the mail server returned it, as message/rfc822 or text/plain',
        consumes: ['message/rfc822', 'text/plain'],
        params: orgParams,
        body: z.string().describe('the whole returned message'),
        response: { 200: bounceOutcome, ...problemResponses },
      },
    },
    async (request, reply) => {
      const recorded = await recordBounceMessage(db, orgOf(request).id, request.body, clock());
      return recorded.ok ? recorded.value : sendProblem(reply, recorded);
    },
  );
};
