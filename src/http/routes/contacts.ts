// Contacts of a customer.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createContact } from '../../app/create-contact';
import { deleteContact } from '../../app/delete-contact';
import { findCustomer, listContacts } from '../../app/queries';
import { updateContact } from '../../app/update-contact';
import { orgOf } from '../auth';
import type { ServerContext } from '../context';
import { contact, contactInput, contactPatch } from '../contract';
import { sendNotFound, sendProblem } from '../problems';
import { idParams, noContent, problemResponses } from './shared-schemas';

const tags = ['contacts'];

export const contactRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db }) => {
  app.get(
    '/customers/:id/contacts',
    {
      config: { permission: 'read' },
      schema: { tags, summary: 'Contacts of a customer', params: idParams, response: { 200: z.array(contact), ...problemResponses } },
    },
    async (request, reply) => {
      const org = orgOf(request);
      if (!(await findCustomer(db, org.id, request.params.id))) return sendNotFound(reply, 'customer');
      return listContacts(db, org.id, request.params.id);
    },
  );

  app.post(
    '/customers/:id/contacts',
    {
      config: { permission: 'write' },
      schema: { tags, summary: 'Add a contact to a customer', params: idParams, body: contactInput, response: { 201: contact, ...problemResponses } },
    },
    async (request, reply) => {
      const created = await createContact(db, orgOf(request).id, request.params.id, request.body);
      return created.ok ? reply.code(201).send(created.value) : sendProblem(reply, created);
    },
  );

  app.patch(
    '/contacts/:id',
    {
      config: { permission: 'write' },
      schema: { tags, summary: 'Change a contact (only the fields sent)', params: idParams, body: contactPatch, response: { 200: contact, ...problemResponses } },
    },
    async (request, reply) => {
      const updated = await updateContact(db, orgOf(request).id, request.params.id, request.body);
      return updated.ok ? updated.value : sendProblem(reply, updated);
    },
  );

  app.delete(
    '/contacts/:id',
    {
      config: { permission: 'write' },
      schema: { tags, summary: 'Delete a contact', params: idParams, response: { ...noContent, ...problemResponses } },
    },
    async (request, reply) => {
      const deleted = await deleteContact(db, orgOf(request).id, request.params.id);
      return deleted.ok ? reply.code(204).send(undefined) : sendProblem(reply, deleted);
    },
  );
};
