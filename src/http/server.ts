// The HTTP server: the JSON API under /api/v1, its OpenAPI document and reference
// page, and (when built) the web app with a single-page fallback.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../store/database';
import { guardOrganization, registerAuthentication } from './auth';
import type { ServerContext } from './context';
import { handleError, sendProblem } from './problems';
import { activityRoutes } from './routes/activities';
import { allocationRoutes } from './routes/allocations';
import { approvalRoutes } from './routes/approvals';
import { apiTokenRoutes } from './routes/api-tokens';
import { attachmentRoutes } from './routes/attachments';
import { bounceRoutes } from './routes/bounces';
import { caughtMailRoutes } from './routes/caught-mail';
import { contactRoutes } from './routes/contacts';
import { creditNoteRoutes } from './routes/credit-notes';
import { customerRoutes } from './routes/customers';
import { disputeRoutes } from './routes/disputes';
import { followUpRoutes } from './routes/follow-up';
import { importRoutes, maxImportBytes } from './routes/imports';
import { invoiceRoutes } from './routes/invoices';
import { letterRoutes } from './routes/letters';
import { memberRoutes } from './routes/members';
import { messageSettingsRoutes } from './routes/message-settings';
import { organizationSettingsRoutes } from './routes/organization-settings';
import { organizationRoutes } from './routes/organizations';
import { overviewRoutes } from './routes/overview';
import { paymentPlanRoutes } from './routes/payment-plans';
import { paymentRoutes } from './routes/payments';
import { procedureRoutes } from './routes/procedures';
import { promiseRoutes } from './routes/promises';
import { routingRuleRoutes } from './routes/routing-rules';
import { sessionRoutes } from './routes/session';
import { setupRoutes } from './routes/setup';
import { smsRoutes } from './routes/sms';
import { snoozeRoutes } from './routes/snoozes';
import { statementLineRoutes } from './routes/statement-lines';
import { taskRoutes } from './routes/tasks';
import { templateRoutes } from './routes/templates';
import { toneRoutes } from './routes/tone';

export type ServerOptions = {
  database: Database;
  logger?: boolean | object;
  /** The built web app; served at / when it holds an index.html. */
  webRoot?: string | null;
  clock?: () => Date;
  secureCookies?: boolean;
};

const orgScopedRoutes = [
  organizationSettingsRoutes,
  memberRoutes,
  apiTokenRoutes,
  customerRoutes,
  contactRoutes,
  invoiceRoutes,
  creditNoteRoutes,
  paymentRoutes,
  allocationRoutes,
  activityRoutes,
  attachmentRoutes,
  overviewRoutes,
  importRoutes,
  statementLineRoutes,
  promiseRoutes,
  paymentPlanRoutes,
  disputeRoutes,
  snoozeRoutes,
  procedureRoutes,
  routingRuleRoutes,
  followUpRoutes,
  letterRoutes,
  bounceRoutes,
  messageSettingsRoutes,
  caughtMailRoutes,
  smsRoutes,
  toneRoutes,
  templateRoutes,
  approvalRoutes,
  taskRoutes,
];

/** Builds the server with every route registered; call listen() or inject() on it. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const context: ServerContext = {
    db: options.database.db,
    clock: options.clock ?? (() => new Date()),
    secureCookies: options.secureCookies ?? false,
  };
  const app = Fastify({ logger: options.logger ?? false }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);

  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fileSize: maxImportBytes, files: 1, fields: 20 } });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Duly API',
        version: '1',
        description:
          'Accounts receivable: customers, invoices, payments, allocations and the customer timeline. Errors are application/problem+json.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'duly_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  registerAuthentication(app, context);

  await app.register(
    async (api) => {
      await api.register(sessionRoutes, context);
      await api.register(setupRoutes, context);
      await api.register(organizationRoutes, context);
      await api.register(
        async (scope) => {
          scope.addHook('onRequest', guardOrganization(context));
          for (const routes of orgScopedRoutes) await scope.register(routes, context);
        },
        { prefix: '/orgs/:org' },
      );
    },
    { prefix: '/api/v1' },
  );

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const webRoot = options.webRoot ? resolve(options.webRoot) : null;
  const servesWeb = webRoot !== null && existsSync(join(webRoot, 'index.html'));
  if (servesWeb) await app.register(fastifyStatic, { root: webRoot, wildcard: true });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (servesWeb && request.method === 'GET' && path !== '/api' && !path.startsWith('/api/')) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return sendProblem(reply, { ok: false, code: 'not_found', message: `no route ${request.method} ${path}` });
  });
  return app;
}
