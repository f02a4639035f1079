// Imported bank statement lines: the review queue, the count in each status, and a
// manual match (one invoice or a split). A manual allocation is undone through
// DELETE /allocations/{id}.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listStatementLines } from '../../app/list-statement-lines';
import { matchStatementLine } from '../../app/match-statement-line';
import { countStatementLines } from '../../store/statement-review';
import { orgOf } from '../auth';
import type { ServerContext } from '../context';
import { statementLine, statementLineCounts, statementLineMatch, statementLineMatchInput, statementLineQuery } from '../contract';
import { sendProblem } from '../problems';
import { idParams, orgParams, problemResponses } from './shared-schemas';

const tags = ['statements'];

export const statementLineRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db }) => {
  app.get(
    '/statement-lines',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'Imported bank statement lines, newest first, a page at a time; status=review is the review queue with the best suggestions',
        description: [
          'Paged by offset: limit lines (1–500, 100 when not given) after skipping offset lines (0 when not given).',
          'The order is fixed and total, so pages neither repeat nor skip a line while the list stands still:',
          'the newest booking date first; lines booked the same day statement by statement, each in the order of its file; the line id settles what is left.',
          'A line matched in the meantime leaves its status list, so the lines after it move one place forward.',
          'GET statement-lines/counts tells how many lines each status has, and so how many pages.',
          'A limit or offset that is not a whole number in range is a 400 problem naming query.limit or query.offset.',
        ].join(' '),
        params: orgParams,
        querystring: statementLineQuery,
        response: { 200: z.array(statementLine), ...problemResponses },
      },
    },
    async (request) => listStatementLines(db, orgOf(request).id, request.query),
  );

  app.get(
    '/statement-lines/counts',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'How many lines are in each status: review is the length of the review queue',
        params: orgParams,
        response: { 200: statementLineCounts, ...problemResponses },
      },
    },
    async (request) => countStatementLines(db, orgOf(request).id),
  );

  app.post(
    '/statement-lines/:id/match',
    {
      config: { permission: 'write' },
      schema: {
        tags,
        summary: 'Match a waiting credit line by hand: it becomes a payment allocated to the invoices given (same currency; together at most the line)',
        params: idParams,
        body: statementLineMatchInput,
        response: { 201: statementLineMatch, ...problemResponses },
      },
    },
    async (request, reply) => {
      const org = orgOf(request);
      const done = await matchStatementLine(db, org.id, request.params.id, request.body, org.actor, org.today);
      return done.ok ? reply.code(201).send(done.value) : sendProblem(reply, done);
    },
  );
};
