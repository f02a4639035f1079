// Payment plans: a customer's plans, agreeing one, its schedule, and calling it off.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { cancelPaymentPlan } from '../../app/cancel-payment-plan';
import { createPaymentPlan } from '../../app/create-payment-plan';
import { getPaymentPlan, listCustomerPaymentPlans } from '../../app/follow-up-queries';
import { orgOf } from '../auth';
import type { ServerContext } from '../context';
import { paymentPlan, paymentPlanInput } from '../contract';
import { sendNotFound, sendProblem } from '../problems';
import { idParams, problemResponses } from './shared-schemas';

const tags = ['payment plans'];

export const paymentPlanRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db }) => {
  app.get(
    '/customers/:id/payment-plans',
    {
      config: { permission: 'read' },
      schema: { tags, summary: "The customer's payment plans with their schedules, newest first", params: idParams, response: { 200: z.array(paymentPlan), ...problemResponses } },
    },
    async (request, reply) => {
      const org = orgOf(request);
      return (await listCustomerPaymentPlans(db, org.id, request.params.id, org.today)) ?? sendNotFound(reply, 'customer');
    },
  );

  app.post(
    '/customers/:id/payment-plans',
    {
      config: { permission: 'write' },
      schema: {
        tags,
        summary: 'Agree a payment plan: instalments on increasing days adding up to what the invoices (one currency) still owe',
        params: idParams,
        body: paymentPlanInput,
        response: { 201: paymentPlan, ...problemResponses },
      },
    },
    async (request, reply) => {
      const org = orgOf(request);
      const created = await createPaymentPlan(db, org.id, { ...request.body, customerId: request.params.id }, org.actor);
      if (!created.ok) return sendProblem(reply, created);
      const plan = await getPaymentPlan(db, org.id, created.value.id, org.today);
      return plan ? reply.code(201).send(plan) : sendNotFound(reply, 'payment plan');
    },
  );

  app.get(
    '/payment-plans/:id',
    {
      config: { permission: 'read' },
      schema: { tags, summary: 'A payment plan with its schedule: due date, amount, paid, and paid / due / late', params: idParams, response: { 200: paymentPlan, ...problemResponses } },
    },
    async (request, reply) => {
      const org = orgOf(request);
      return (await getPaymentPlan(db, org.id, request.params.id, org.today)) ?? sendNotFound(reply, 'payment plan');
    },
  );

  app.post(
    '/payment-plans/:id/cancel',
    {
      config: { permission: 'write' },
      schema: { tags, summary: 'Call off a running plan: its invoices go back to the reminders', params: idParams, response: { 200: paymentPlan, ...problemResponses } },
    },
    async (request, reply) => {
      const org = orgOf(request);
      const cancelled = await cancelPaymentPlan(db, org.id, request.params.id, org.actor, org.today);
      if (!cancelled.ok) return sendProblem(reply, cancelled);
      return (await getPaymentPlan(db, org.id, cancelled.value.id, org.today)) ?? sendNotFound(reply, 'payment plan');
    },
  );
};
