// The organizations a user works for, and opening a new one.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { startOrganization } from '../../app/start-organization';
import { findOrganization, getOrganization, listUserOrganizations } from '../../app/queries';
import { requireSessionUser } from '../auth';
import type { ServerContext } from '../context';
import { membershipSummary, organization, organizationInput } from '../contract';
import { sendNotFound, sendProblem } from '../problems';
import { problemResponses } from './shared-schemas';

export const organizationRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db }) => {
  app.get(
    '/orgs',
    { schema: { tags: ['organizations'], summary: 'My organizations, with my role in each', response: { 200: z.array(membershipSummary), ...problemResponses } } },
    async (request, reply) => {
      const principal = request.principal;
      if (!principal) return sendProblem(reply, { ok: false, code: 'unauthenticated', message: 'sign in first' });
      if (principal.kind === 'session') return listUserOrganizations(db, principal.userId);
      // A token sees only the organization it acts for.
      const org = await findOrganization(db, principal.orgId);
      return org
        ? [{ id: org.id, slug: org.slug, legalName: org.legalName, role: principal.role, baseCurrency: org.baseCurrency, defaultLanguage: org.defaultLanguage }]
        : [];
    },
  );

  app.post(
    '/orgs',
    {
      schema: {
        tags: ['organizations'],
        summary: 'Open a new organization; the signed-in user becomes its admin',
        body: organizationInput,
        response: { 201: organization, ...problemResponses },
      },
    },
    async (request, reply) => {
      const userId = requireSessionUser(request, reply);
      if (!userId) return reply;
      const created = await startOrganization(db, userId, request.body);
      if (!created.ok) return sendProblem(reply, created);
      const org = await getOrganization(db, created.value.id);
      return org ? reply.code(201).send(org) : sendNotFound(reply, 'organization');
    },
  );
};
