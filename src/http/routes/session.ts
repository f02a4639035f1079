// Signing in and out of the web app, and who the signed-in user is.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getSessionInfo, signIn, signOut } from '../../app/sign-in';
import { requireSessionUser, sessionCookie } from '../auth';
import type { ServerContext } from '../context';
import { loginRequest, sessionInfo } from '../contract';
import { sendProblem } from '../problems';
import { clearSessionCookie, setSessionCookie } from '../session-cookie';
import { noContent, problemResponses } from './shared-schemas';

export const sessionRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db, clock, secureCookies }) => {
  app.post(
    '/auth/login',
    { schema: { tags: ['session'], summary: 'Sign in with e-mail and password', body: loginRequest, response: { 200: sessionInfo, ...problemResponses } } },
    async (request, reply) => {
      const session = await signIn(db, request.body, clock());
      if (!session.ok) return sendProblem(reply, session);
      setSessionCookie(reply, session.value.token, session.value.expiresAt, secureCookies);
      const info = await getSessionInfo(db, session.value.userId);
      return info.ok ? info.value : sendProblem(reply, info);
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['session'], summary: 'Sign out', response: { ...noContent, ...problemResponses } } },
    async (request, reply) => {
      const token = request.cookies[sessionCookie];
      if (token) await signOut(db, token);
      clearSessionCookie(reply, secureCookies);
      return reply.code(204).send(undefined);
    },
  );

  app.get(
    '/auth/me',
    { schema: { tags: ['session'], summary: 'The signed-in user and their organizations', response: { 200: sessionInfo, ...problemResponses } } },
    async (request, reply) => {
      const userId = requireSessionUser(request, reply);
      if (!userId) return reply;
      const info = await getSessionInfo(db, userId);
      return info.ok ? info.value : sendProblem(reply, info);
    },
  );
};

