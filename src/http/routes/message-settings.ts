// The organization's sending settings: everyone reads them (secrets masked), admins replace them.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getMessageSettings, updateMessageSettings } from '../../app/message-settings';
import { orgOf } from '../auth';
import type { ServerContext } from '../context';
import { messageSettings, messageSettingsInput } from '../contract';
import { sendProblem } from '../problems';
import { orgParams, problemResponses } from './shared-schemas';

const tags = ['messages'];

export const messageSettingsRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db, clock }) => {
  app.get(
    '/message-settings',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'How the organization sends e-mail and SMS (passwords and tokens masked)',
        params: orgParams,
        response: { 200: messageSettings, ...problemResponses },
      },
    },
    async (request) => getMessageSettings(db, orgOf(request).id),
  );

  app.put(
    '/message-settings',
    {
      config: { permission: 'admin' },
      schema: {
        tags,
        summary: 'Replace the sending settings; a masked or missing password or token keeps the stored one',
        params: orgParams,
        body: messageSettingsInput,
        response: { 200: messageSettings, ...problemResponses },
      },
    },
    async (request, reply) => {
      const updated = await updateMessageSettings(db, orgOf(request).id, request.body, clock());
      return updated.ok ? updated.value : sendProblem(reply, updated);
    },
  );
};
