// Who works in the organization, with which role (admins only).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addUser } from '../../app/add-user';
import { changeMemberRole } from '../../app/change-member-role';
import { findMember, listMembers } from '../../app/queries';
import { removeMember } from '../../app/remove-member';
import { orgOf } from '../auth';
import type { ServerContext } from '../context';
import { member, memberInput, memberPatch, uuidParam } from '../contract';
import { sendNotFound, sendProblem } from '../problems';
import { noContent, orgParams, problemResponses } from './shared-schemas';

const userParams = orgParams.extend({ userId: uuidParam });

export const memberRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db }) => {
  app.get(
    '/members',
    {
      config: { permission: 'read' },
      schema: { tags: ['members'], summary: 'Members of the organization', params: orgParams, response: { 200: z.array(member), ...problemResponses } },
    },
    async (request) => listMembers(db, orgOf(request).id),
  );

  app.post(
    '/members',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['members'],
        summary: 'Add a user by e-mail with a role (creates the user, with name and password, when new)',
        params: orgParams,
        body: memberInput,
        response: { 201: member, ...problemResponses },
      },
    },
    async (request, reply) => {
      const org = orgOf(request);
      const { email, name, password, language, role } = request.body;
      const added = await addUser(db, { email, name: name ?? '', password, language, orgId: org.id, role });
      if (!added.ok) return sendProblem(reply, added);
      const created = await findMember(db, org.id, added.value.userId);
      return created ? reply.code(201).send(created) : sendNotFound(reply, 'member');
    },
  );

  app.patch(
    '/members/:userId',
    {
      config: { permission: 'admin' },
      schema: { tags: ['members'], summary: "Change a member's role", params: userParams, body: memberPatch, response: { 200: member, ...problemResponses } },
    },
    async (request, reply) => {
      const changed = await changeMemberRole(db, orgOf(request).id, request.params.userId, request.body.role);
      return changed.ok ? changed.value : sendProblem(reply, changed);
    },
  );

  app.delete(
    '/members/:userId',
    {
      config: { permission: 'admin' },
      schema: { tags: ['members'], summary: 'Remove a member from the organization', params: userParams, response: { ...noContent, ...problemResponses } },
    },
    async (request, reply) => {
      const removed = await removeMember(db, orgOf(request).id, request.params.userId);
      return removed.ok ? reply.code(204).send(undefined) : sendProblem(reply, removed);
    },
  );
};
