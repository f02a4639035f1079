// One organization's settings and bank accounts.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { addBankAccount } from '../../app/add-bank-account';
import { removeBankAccount } from '../../app/remove-bank-account';
import { updateOrganization } from '../../app/update-organization';
import { getOrganization } from '../../app/queries';
import { orgOf } from '../auth';
import type { ServerContext } from '../context';
import { bankAccount, bankAccountInput, organization, organizationPatch } from '../contract';
import { sendNotFound, sendProblem } from '../problems';
import { idParams, noContent, orgParams, problemResponses } from './shared-schemas';

export const organizationSettingsRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db }) => {
  app.get(
    '/',
    {
      config: { permission: 'read' },
      schema: { tags: ['organizations'], summary: 'The organization and its bank accounts', params: orgParams, response: { 200: organization, ...problemResponses } },
    },
    async (request, reply) => (await getOrganization(db, orgOf(request).id)) ?? sendNotFound(reply, 'organization'),
  );

  app.patch(
    '/',
    {
      config: { permission: 'admin' },
      schema: { tags: ['organizations'], summary: 'Change the organization settings', params: orgParams, body: organizationPatch, response: { 200: organization, ...problemResponses } },
    },
    async (request, reply) => {
      const updated = await updateOrganization(db, orgOf(request).id, request.body);
      return updated.ok ? updated.value : sendProblem(reply, updated);
    },
  );

  app.post(
    '/bank-accounts',
    {
      config: { permission: 'admin' },
      schema: { tags: ['organizations'], summary: 'Add a bank account (IBAN checked)', params: orgParams, body: bankAccountInput, response: { 201: bankAccount, ...problemResponses } },
    },
    async (request, reply) => {
      const added = await addBankAccount(db, orgOf(request).id, request.body);
      return added.ok ? reply.code(201).send(added.value) : sendProblem(reply, added);
    },
  );

  app.delete(
    '/bank-accounts/:id',
    {
      config: { permission: 'admin' },
      schema: { tags: ['organizations'], summary: 'Remove a bank account', params: idParams, response: { ...noContent, ...problemResponses } },
    },
    async (request, reply) => {
      const removed = await removeBankAccount(db, orgOf(request).id, request.params.id);
      return removed.ok ? reply.code(204).send(undefined) : sendProblem(reply, removed);
    },
  );
};
