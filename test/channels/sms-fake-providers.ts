// Local stand-ins for SMSAPI.pl and Twilio: one HTTP server that answers as each
// provider documents it, and keeps every request so tests can check method, path,
// authorization and form. Numbers ending in 013 are invalid; 0429 makes the provider
// busy; 0610 has unsubscribed (Twilio's STOP).
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SmsSettings } from '../../src/app/message-settings';
import { smsEncoding } from '../../src/domain/messages/sms-encoding';

export type ProviderRequest = { method: string; path: string; authorization: string; contentType: string; form: URLSearchParams };
type Answer = { status: number; body: unknown };

export const smsapiToken = 'smsapi-oauth-token-0123456789abcdef';
export const twilioSid = `AC${'1a2b3c4d'.repeat(4)}`;
export const twilioToken = 'f'.repeat(32);

export const invalidNumber = '+48500000013';
export const busyNumber = '+48500000429';
export const unsubscribedNumber = '+48500000610';

function smsapiAnswer(request: ProviderRequest): Answer {
  if (request.method !== 'POST' || request.path !== '/sms.do') return { status: 404, body: { error: 8, message: 'Error in request' } };
  if (request.authorization !== `Bearer ${smsapiToken}`) return { status: 401, body: { error: 101, message: 'Authorization failed' } };
  const to = request.form.get('to') ?? '';
  const message = request.form.get('message') ?? '';
  // SMSAPI reports errors in the JSON body; the HTTP status says 200.
  if (to.endsWith('013')) return { status: 200, body: { error: 13, message: 'No correct phone numbers' } };
  if (to.endsWith('0429')) return { status: 200, body: { error: 203, message: 'Too many requests' } };
  const parts = smsEncoding(message).segments;
  return {
    status: 200,
    body: {
      count: 1,
      list: [
        {
          id: randomBytes(12).toString('hex').toUpperCase(),
          points: 0.16 * parts,
          number: to,
          date_sent: 1776247205,
          submitted_number: to,
          status: 'QUEUE',
          error: null,
          idx: null,
          parts,
        },
      ],
      message,
      length: [...message].length,
      parts,
    },
  };
}

const twilioError = (status: number, code: number, message: string): Answer => ({
  status,
  body: { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status },
});

function twilioAnswer(request: ProviderRequest): Answer {
  const accountPath = `/2010-04-01/Accounts/${twilioSid}/Messages.json`;
  const expectedAuth = `Basic ${Buffer.from(`${twilioSid}:${twilioToken}`).toString('base64')}`;
  if (request.authorization !== expectedAuth) return twilioError(401, 20003, 'Authenticate');
  if (request.method !== 'POST' || request.path !== accountPath) return twilioError(404, 20404, 'The requested resource was not found');
  const to = request.form.get('To') ?? '';
  const body = request.form.get('Body') ?? '';
  if (to.endsWith('013')) return twilioError(400, 21211, `The 'To' number ${to} is not a valid phone number.`);
  if (to.endsWith('0429')) return twilioError(429, 20429, 'Too Many Requests');
  if (to.endsWith('0610')) return twilioError(400, 21610, 'Attempt to send to unsubscribed recipient');
  const viaService = request.form.has('MessagingServiceSid');
  return {
    status: 201,
    body: {
      sid: `SM${randomBytes(16).toString('hex')}`,
      account_sid: twilioSid,
      to,
      from: request.form.get('From'),
      messaging_service_sid: request.form.get('MessagingServiceSid'),
      body,
      status: viaService ? 'accepted' : 'queued',
      // A Messaging Service has not picked a sender yet, so it cannot count segments.
      num_segments: viaService ? '0' : String(smsEncoding(body).segments),
      direction: 'outbound-api',
      api_version: '2010-04-01',
      error_code: null,
      error_message: null,
      uri: `${accountPath.replace('.json', '')}/SM.json`,
    },
  };
}

async function formOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export type FakeProviders = { baseUrl: string; requests: ProviderRequest[]; close(): Promise<void> };

/** Starts the stand-in on a free port: SMSAPI under /smsapi, Twilio under /twilio. */
export async function startFakeProviders(): Promise<FakeProviders> {
  const requests: ProviderRequest[] = [];
  const server: Server = createServer(async (incoming, response) => {
    const url = new URL(incoming.url ?? '/', 'http://localhost');
    const [, provider, ...rest] = url.pathname.split('/');
    const request: ProviderRequest = {
      method: incoming.method ?? '',
      path: `/${rest.join('/')}`,
      authorization: incoming.headers.authorization ?? '',
      contentType: incoming.headers['content-type'] ?? '',
      form: new URLSearchParams(await formOf(incoming)),
    };
    requests.push(request);
    if (request.form.get('to')?.endsWith('0502') || request.form.get('To')?.endsWith('0502')) {
      response.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad Gateway</html>');
      return;
    }
    const answer = provider === 'smsapi' ? smsapiAnswer(request) : twilioAnswer(request);
    response.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Settings for each provider, as an organization would save them. */
export const providerSettings: Record<'smsapi' | 'twilio', SmsSettings> = {
  smsapi: { provider: 'smsapi', token: smsapiToken, sender: 'ACME', transliterate: false },
  twilio: { provider: 'twilio', accountSid: twilioSid, authToken: twilioToken, from: '+48600700800', messagingServiceSid: null, transliterate: false },
};

/** Base URLs pointing the adapters at the stand-in. */
export const baseUrlsOf = (fake: FakeProviders) => ({ smsapi: `${fake.baseUrl}/smsapi`, twilio: `${fake.baseUrl}/twilio` });
