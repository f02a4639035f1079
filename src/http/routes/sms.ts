// SMS texts before they are sent: encoding and message count for the template editor.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { smsEncoding, transliterateForGsm } from '../../domain/messages/sms-encoding';
import type { ServerContext } from '../context';
import { smsPreview, smsPreviewInput } from '../contract';
import { orgParams, problemResponses } from './shared-schemas';

export const smsRoutes: FastifyPluginAsyncZod<ServerContext> = async (app) => {
  app.post(
    '/sms/preview',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['messages'],
        summary: 'How an SMS text travels: GSM-7 or UCS-2, its length and the number of messages',
        params: orgParams,
        body: smsPreviewInput,
        response: { 200: smsPreview, ...problemResponses },
      },
    },
    async (request) => {
      const text = request.body.transliterate ? transliterateForGsm(request.body.text) : request.body.text;
      return { text, ...smsEncoding(text) };
    },
  );
};
