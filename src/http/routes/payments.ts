// Payments: list, record (with allocations), detail.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getPaymentDetail, listPayments } from '../../app/queries';
import { recordPayment } from '../../app/record-payment';
import { orgOf } from '../auth';
import type { ServerContext } from '../context';
import { page, payment, paymentDetail, paymentInput, paymentListQuery } from '../contract';
import { sendNotFound, sendProblem } from '../problems';
import { idParams, orgParams, problemResponses } from './shared-schemas';

const tags = ['payments'];

export const paymentRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db }) => {
  app.get(
    '/payments',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'Payments filtered by customer, unallocated rest and date range',
        params: orgParams,
        querystring: paymentListQuery,
        response: { 200: page(payment), ...problemResponses },
      },
    },
    async (request) => {
      const { page: pageNumber, pageSize, unallocated, ...filters } = request.query;
      const found = await listPayments(db, orgOf(request).id, {
        ...filters,
        unallocated: unallocated === undefined ? undefined : unallocated === 'true',
        page: pageNumber,
        pageSize,
      });
      return { ...found, page: pageNumber, pageSize };
    },
  );

  app.post(
    '/payments',
    {
      config: { permission: 'write' },
      schema: {
        tags,
        summary: 'Record a payment, optionally allocated to invoices at once (all or nothing)',
        params: orgParams,
        body: paymentInput,
        response: { 201: paymentDetail, ...problemResponses },
      },
    },
    async (request, reply) => {
      const org = orgOf(request);
      const recorded = await recordPayment(db, org.id, request.body, org.source, org.actor, org.today);
      if (!recorded.ok) return sendProblem(reply, recorded);
      const detail = await getPaymentDetail(db, org.id, recorded.value.id);
      return detail ? reply.code(201).send(detail) : sendNotFound(reply, 'payment');
    },
  );

  app.get(
    '/payments/:id',
    {
      config: { permission: 'read' },
      schema: { tags, summary: 'A payment with its allocations', params: idParams, response: { 200: paymentDetail, ...problemResponses } },
    },
    async (request, reply) => (await getPaymentDetail(db, orgOf(request).id, request.params.id)) ?? sendNotFound(reply, 'payment'),
  );
};
