// Bearer tokens for integrations (admins only); a token is shown once.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createApiToken } from '../../app/create-api-token';
import { listApiTokens } from '../../app/queries';
import { revokeApiToken } from '../../app/revoke-api-token';
import { orgOf } from '../auth';
import type { ServerContext } from '../context';
import { apiToken, apiTokenCreated, apiTokenInput } from '../contract';
import { sendProblem } from '../problems';
import { idParams, noContent, orgParams, problemResponses } from './shared-schemas';

export const apiTokenRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db, clock }) => {
  app.get(
    '/api-tokens',
    {
      config: { permission: 'admin' },
      schema: { tags: ['api tokens'], summary: 'API tokens of the organization (never the secrets)', params: orgParams, response: { 200: z.array(apiToken), ...problemResponses } },
    },
    async (request) => listApiTokens(db, orgOf(request).id),
  );

  app.post(
    '/api-tokens',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['api tokens'],
        summary: 'Create a token acting for this organization with a role; the token is shown only here',
        params: orgParams,
        body: apiTokenInput,
        response: { 201: apiTokenCreated, ...problemResponses },
      },
    },
    async (request, reply) => {
      const org = orgOf(request);
      const created = await createApiToken(db, org.id, request.body, org.actor.userId);
      return created.ok ? reply.code(201).send(created.value) : sendProblem(reply, created);
    },
  );

  app.delete(
    '/api-tokens/:id',
    {
      config: { permission: 'admin' },
      schema: { tags: ['api tokens'], summary: 'Revoke a token', params: idParams, response: { ...noContent, ...problemResponses } },
    },
    async (request, reply) => {
      const revoked = await revokeApiToken(db, orgOf(request).id, request.params.id, clock());
      return revoked.ok ? reply.code(204).send(undefined) : sendProblem(reply, revoked);
    },
  );
};
