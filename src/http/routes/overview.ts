// The overview: open and overdue per currency, aging buckets, top overdue customers.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getOverview } from '../../app/queries';
import { orgOf } from '../auth';
import type { ServerContext } from '../context';
import { asOfQuery, overview } from '../contract';
import { orgParams, problemResponses } from './shared-schemas';

export const overviewRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db }) => {
  app.get(
    '/overview',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['overview'],
        summary: 'Open and overdue totals per currency, aging buckets and the top 10 overdue customers',
        params: orgParams,
        querystring: asOfQuery,
        response: { 200: overview, ...problemResponses },
      },
    },
    async (request) => {
      const org = orgOf(request);
      return getOverview(db, org.id, request.query.asOf ?? org.today);
    },
  );
};
