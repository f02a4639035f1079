// Routing rules: which procedure follows up which customers, read and replaced whole.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { setRoutingRules } from '../../app/set-routing-rules';
import { listRoutingRules } from '../../store/routing-rules';
import { orgOf } from '../auth';
import type { ServerContext } from '../context';
import { routingRule, routingRulesInput } from '../contract';
import { sendProblem } from '../problems';
import { orgParams, problemResponses } from './shared-schemas';

const tags = ['procedures'];

export const routingRuleRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db }) => {
  app.get(
    '/routing-rules',
    {
      config: { permission: 'read' },
      schema: { tags, summary: 'The routing rules by priority: the first whose criteria all hold picks the procedure', params: orgParams, response: { 200: z.array(routingRule), ...problemResponses } },
    },
    async (request) => listRoutingRules(db, orgOf(request).id),
  );

  app.put(
    '/routing-rules',
    {
      config: { permission: 'write' },
      schema: {
        tags,
        summary: 'Replace the whole list of routing rules; each must name an existing procedure',
        params: orgParams,
        body: routingRulesInput,
        response: { 200: z.array(routingRule), ...problemResponses },
      },
    },
    async (request, reply) => {
      const replaced = await setRoutingRules(db, orgOf(request).id, request.body.rules);
      return replaced.ok ? replaced.value : sendProblem(reply, replaced);
    },
  );
};
