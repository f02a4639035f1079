// Contacts held for approval: the list with each message as it would leave today, and
// approving or rejecting one. Anyone may read the list; whether a person may decide
// depends on the step (a collector's approval, or the customer's account owner's).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { approveAction } from '../../app/approvals/approve-action';
import { listApprovals } from '../../app/approvals/list-approvals';
import { rejectAction } from '../../app/approvals/reject-action';
import { orgOf, type OrgContext } from '../auth';
import type { ServerContext } from '../context';
import { approvalDecision, approvalList, approvalListQuery, rejectionInput } from '../contract';
import { sendProblem } from '../problems';
import { idParams, orgParams, problemResponses } from './shared-schemas';

const tags = ['approvals'];
const approverOf = (org: OrgContext) => ({ userId: org.actor.userId, role: org.role });

export const approvalRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db, clock }) => {
  app.get(
    '/approvals',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary:
          'Contacts waiting for approval, the earliest planned first: addressee, step, invoices with what is open, the message as it would leave today with the tone findings, and whether you may decide',
        params: orgParams,
        querystring: approvalListQuery,
        response: { 200: approvalList, ...problemResponses },
      },
    },
    async (request, reply) => {
      const org = orgOf(request);
      const listed = await listApprovals(db, org.id, approverOf(org), org.today, request.query);
      return listed.ok ? listed.value : sendProblem(reply, listed);
    },
  );

  app.post(
    '/approvals/:id/approve',
    {
      config: { permission: 'record' },
      schema: {
        tags,
        summary:
          "Approve a waiting contact: it goes to the sender with the waiting effects of its steps (credit hold, handover). A collector's step: collectors and admins; an account owner's: the customer's account owner or an admin",
        params: idParams,
        response: { 200: approvalDecision, ...problemResponses },
      },
    },
    async (request, reply) => {
      const org = orgOf(request);
      const approved = await approveAction(db, org.id, request.params.id, approverOf(org), clock());
      return approved.ok ? approved.value : sendProblem(reply, approved);
    },
  );

  app.post(
    '/approvals/:id/reject',
    {
      config: { permission: 'record' },
      schema: {
        tags,
        summary: 'Reject a waiting contact with a reason: it and the waiting effects of its steps are cancelled; the reason goes on the timeline',
        params: idParams,
        body: rejectionInput,
        response: { 200: approvalDecision, ...problemResponses },
      },
    },
    async (request, reply) => {
      const org = orgOf(request);
      const rejected = await rejectAction(db, org.id, request.params.id, request.body, approverOf(org), clock());
      return rejected.ok ? rejected.value : sendProblem(reply, rejected);
    },
  );
};
