// Customers: list with balances, detail, create, change, delete.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createCustomer } from '../../app/create-customer';
import { deleteCustomer } from '../../app/delete-customer';
import { getCustomerDetail, listCustomers, listSegments, listTags } from '../../app/queries';
import { updateCustomer } from '../../app/update-customer';
import { orgOf } from '../auth';
import type { ServerContext } from '../context';
import { z } from 'zod';
import { asOfQuery, customer, customerDetail, customerInput, customerListItem, customerListQuery, customerPatch, page } from '../contract';
import { sendNotFound, sendProblem } from '../problems';
import { idParams, noContent, orgParams, problemResponses } from './shared-schemas';

const tags = ['customers'];

export const customerRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db }) => {
  app.get(
    '/customers',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'Customers with what they owe per currency, filtered and sorted',
        params: orgParams,
        querystring: customerListQuery,
        response: { 200: page(customerListItem), ...problemResponses },
      },
    },
    async (request) => {
      const org = orgOf(request);
      const { page: pageNumber, pageSize, asOf, ...filters } = request.query;
      const found = await listCustomers(db, org.id, {
        ...filters,
        asOf: asOf ?? org.today,
        baseCurrency: org.baseCurrency,
        page: pageNumber,
        pageSize,
      });
      return { ...found, page: pageNumber, pageSize };
    },
  );

  app.get(
    '/segments',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'The segments customers are in, for filters',
        params: orgParams,
        response: { 200: z.object({ segments: z.array(z.string()) }), ...problemResponses },
      },
    },
    async (request) => ({ segments: await listSegments(db, orgOf(request).id) }),
  );

  app.get(
    '/tags',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'The tags customers carry, for filters and routing rules',
        params: orgParams,
        response: { 200: z.object({ tags: z.array(z.string()) }), ...problemResponses },
      },
    },
    async (request) => ({ tags: await listTags(db, orgOf(request).id) }),
  );

  app.post(
    '/customers',
    {
      config: { permission: 'write' },
      schema: { tags, summary: 'Create a customer', params: orgParams, body: customerInput, response: { 201: customer, ...problemResponses } },
    },
    async (request, reply) => {
      const created = await createCustomer(db, orgOf(request).id, request.body);
      return created.ok ? reply.code(201).send(created.value) : sendProblem(reply, created);
    },
  );

  app.get(
    '/customers/:id',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'A customer with contacts, balances and account owner',
        params: idParams,
        querystring: asOfQuery,
        response: { 200: customerDetail, ...problemResponses },
      },
    },
    async (request, reply) => {
      const org = orgOf(request);
      const detail = await getCustomerDetail(db, org.id, request.params.id, request.query.asOf ?? org.today);
      return detail ?? sendNotFound(reply, 'customer');
    },
  );

  app.patch(
    '/customers/:id',
    {
      config: { permission: 'write' },
      schema: { tags, summary: 'Change a customer (only the fields sent)', params: idParams, body: customerPatch, response: { 200: customer, ...problemResponses } },
    },
    async (request, reply) => {
      const updated = await updateCustomer(db, orgOf(request).id, request.params.id, request.body);
      return updated.ok ? updated.value : sendProblem(reply, updated);
    },
  );

  app.delete(
    '/customers/:id',
    {
      config: { permission: 'write' },
      schema: {
        tags,
        summary: 'Delete a customer that has no invoices, payments, credit notes or timeline',
        params: idParams,
        response: { ...noContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      const deleted = await deleteCustomer(db, orgOf(request).id, request.params.id);
      return deleted.ok ? reply.code(204).send(undefined) : sendProblem(reply, deleted);
    },
  );
};
