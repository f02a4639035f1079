// The one-time setup of an empty installation.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { completeSetup, needsSetup } from '../../app/setup';
import { getSessionInfo, openSession } from '../../app/sign-in';
import type { ServerContext } from '../context';
import { sessionInfo, setupRequest, setupStatus } from '../contract';
import { sendProblem } from '../problems';
import { setSessionCookie } from '../session-cookie';
import { problemResponses } from './shared-schemas';

export const setupRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db, clock, secureCookies }) => {
  app.get(
    '/setup',
    { schema: { tags: ['setup'], summary: 'Whether the installation still needs its setup', response: { 200: setupStatus } } },
    async () => ({ needsSetup: await needsSetup(db) }),
  );

  app.post(
    '/setup',
    {
      schema: {
        tags: ['setup'],
        summary: 'Create the first organization and its admin, and sign in (only while no user exists)',
        body: setupRequest,
        response: { 201: sessionInfo, ...problemResponses },
      },
    },
    async (request, reply) => {
      const done = await completeSetup(db, request.body);
      if (!done.ok) return sendProblem(reply, done);
      const session = await openSession(db, done.value.userId, clock());
      setSessionCookie(reply, session.token, session.expiresAt, secureCookies);
      const info = await getSessionInfo(db, done.value.userId);
      return info.ok ? reply.code(201).send(info.value) : sendProblem(reply, info);
    },
  );
};
