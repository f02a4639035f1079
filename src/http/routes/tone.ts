// The tone guard over HTTP: anyone in the organization may check a text; admins keep
// the organization's own rules, which every check adds to the shipped ones.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { checkMessageTone, loadOrganizationToneRules } from '../../app/check-message-tone';
import { setToneRules } from '../../app/set-tone-rules';
import { orgOf } from '../auth';
import type { ServerContext } from '../context';
import { toneCheckInput, toneCheckResult, toneRules, toneRulesInput } from '../contract';
import { sendProblem } from '../problems';
import { orgParams, problemResponses } from './shared-schemas';

const tags = ['messages'];

export const toneRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db, clock }) => {
  app.post(
    '/tone-check',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'Check a text for threats, insults, shouting and the like; forbidden findings block sending',
        params: orgParams,
        body: toneCheckInput,
        response: { 200: toneCheckResult, ...problemResponses },
      },
    },
    async (request, reply) => {
      const checked = await checkMessageTone(db, orgOf(request).id, request.body);
      return checked.ok ? checked.value : sendProblem(reply, checked);
    },
  );

  app.get(
    '/tone-rules',
    {
      config: { permission: 'read' },
      schema: { tags, summary: "The organization's own tone rules, added to the shipped ones", params: orgParams, response: { 200: toneRulesInput, ...problemResponses } },
    },
    async (request, reply) => {
      const rules = await loadOrganizationToneRules(db, orgOf(request).id);
      return rules.ok ? { rules: rules.value } : sendProblem(reply, rules);
    },
  );

  app.put(
    '/tone-rules',
    {
      config: { permission: 'admin' },
      schema: {
        tags,
        summary: "Replace the organization's own tone rules; a bad rule is refused naming its field",
        params: orgParams,
        body: toneRulesInput,
        response: { 200: toneRulesInput, ...problemResponses },
      },
    },
    async (request, reply) => {
      const saved = await setToneRules(db, orgOf(request).id, request.body.rules, clock());
      return saved.ok ? { rules: saved.value } : sendProblem(reply, saved);
    },
  );
};
