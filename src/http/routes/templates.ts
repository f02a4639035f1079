// Message templates: the list (shipped and changed), one template with its shipped
// original, the organization's own text (checked before it is stored), a reset to the
// shipped text, and a preview for a real customer. Everyone may read and preview;
// collectors and admins may change.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listTemplates } from '../../app/messages/list-templates';
import { paymentQrPng } from '../../app/messages/payment-qr-png';
import { previewTemplate } from '../../app/messages/preview-template';
import { resetTemplate } from '../../app/messages/reset-template';
import { saveTemplate } from '../../app/messages/save-template';
import { showTemplate } from '../../app/messages/show-template';
import { messageLanguages, templateChannels } from '../../domain/messages/message-types';
import { orgOf } from '../auth';
import type { ServerContext } from '../context';
import {
  renderedMessageView,
  savedTemplate,
  templateDetail,
  templateInput,
  templateKey,
  templatePreviewInput,
  templateProblem,
  templateSummary,
} from '../contract';
import { sendProblem } from '../problems';
import { noContent, orgParams, problemResponses } from './shared-schemas';

const tags = ['templates'];
const templateParams = orgParams.extend({
  key: templateKey,
  language: z.enum(messageLanguages),
  channel: z.enum(templateChannels),
});

export const templateRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db }) => {
  app.get(
    '/templates',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: "Every template the organization's procedures use, in every language and channel, each saying whether the organization changed it",
        params: orgParams,
        response: { 200: z.array(templateSummary), ...problemResponses },
      },
    },
    async (request) => listTemplates(db, orgOf(request).id),
  );

  app.get(
    '/templates/:key/:language/:channel',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'One template: the text in force and the shipped original',
        params: templateParams,
        response: { 200: templateDetail, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { key, language, channel } = request.params;
      const shown = await showTemplate(db, orgOf(request).id, { templateKey: key, language, channel });
      return shown.ok ? shown.value : sendProblem(reply, shown);
    },
  );

  app.put(
    '/templates/:key/:language/:channel',
    {
      config: { permission: 'write' },
      schema: {
        tags,
        summary:
          "Save the organization's own text. It must parse, render for a sample customer and pass the tone guard at the step's tone; each problem names the part and line, e.g. body.html, line 3. Forbidden phrases refuse the save (the problem carries every tone finding); warnings come back with the saved template.",
        params: templateParams,
        body: templateInput,
        response: {
          200: savedTemplate,
          '4XX': {
            description: 'a problem naming the parts concerned; refused by the tone guard, it carries the tone findings',
            content: { 'application/problem+json': { schema: templateProblem } },
          },
        },
      },
    },
    async (request, reply) => {
      const org = orgOf(request);
      const { key, language, channel } = request.params;
      const saved = await saveTemplate(db, org.id, { templateKey: key, language, channel }, request.body, org.actor);
      if (saved.ok) return saved.value;
      return sendProblem(reply, saved, 'toneFindings' in saved && saved.toneFindings ? { toneFindings: saved.toneFindings } : {});
    },
  );

  app.delete(
    '/templates/:key/:language/:channel',
    {
      config: { permission: 'write' },
      schema: {
        tags,
        summary: "Drop the organization's own text: the shipped one applies again",
        params: templateParams,
        response: { ...noContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { key, language, channel } = request.params;
      const reset = await resetTemplate(db, orgOf(request).id, { templateKey: key, language, channel });
      return reset.ok ? reply.code(204).send(undefined) : sendProblem(reply, reset);
    },
  );

  app.post(
    '/templates/:key/:language/:channel/preview',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: "Render the template (or a draft of it) for a customer and its open invoices, as it would leave today; inline images come base64-encoded",
        params: templateParams,
        body: templatePreviewInput,
        response: { 200: renderedMessageView, ...problemResponses },
      },
    },
    async (request, reply) => {
      const org = orgOf(request);
      const { key, language, channel } = request.params;
      const preview = await previewTemplate(db, org.id, { templateKey: key, language, channel }, request.body, org.today, { qrPng: paymentQrPng });
      if (!preview.ok) return sendProblem(reply, preview);
      const message = preview.value;
      return {
        ...message,
        attachments: message.attachments.map((a) => ({
          fileName: a.fileName,
          contentType: a.contentType,
          contentId: a.contentId ?? null,
          contentBase64: Buffer.from(a.content).toString('base64'),
        })),
      };
    },
  );
};
