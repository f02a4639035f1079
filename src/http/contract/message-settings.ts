// How an organization sends messages: its sender identity, its own SMTP server, its
// SMS provider, signatures and the customer page's address. Secrets (the SMTP
// password, SMS tokens) never leave the server: they come back masked, and a PUT that
// sends the masked value (or leaves a token out) keeps what is stored.
import { z } from 'zod';
import { isE164 } from '../../domain/messages/phone-numbers';

/** What stands in for a secret in answers; sent back unchanged, it keeps the stored secret. */
export const secretMask = '********';

/** True for smtp://[user[:password]@]host[:port] or smtps://…, which nodemailer reads. */
export function isSmtpUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '' && (url.pathname === '' || url.pathname === '/');
}

const headerText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[^\r\n]*$/, 'no line breaks');

export const smtpServerUrl = z
  .string()
  .trim()
  .max(500)
  .refine(isSmtpUrl, { message: 'expected smtp://user:password@host:587 or smtps://user:password@host:465' });

/** A sender an SMS shows: a phone number in E.164 or a registered name of up to 11 letters and digits. */
export const smsSender = z
  .string()
  .trim()
  .refine((text) => isE164(text) || /^(?=.*[A-Za-z])[A-Za-z0-9 .&-]{1,11}$/.test(text), {
    message: 'a phone number in E.164 form (+48…) or a sender name of up to 11 letters and digits',
  });

export const messageSignatures = z
  .object({
    pl: z.string().max(2000).optional(),
    en: z.string().max(2000).optional(),
    ru: z.string().max(2000).optional(),
    de: z.string().max(2000).optional(),
  })
  .describe('the signature under messages, per language');

const keptSecret = (what: string) =>
  z.string().trim().min(1).max(500).optional().describe(`${what}; leave out or send the masked value to keep the stored one`);

export const smsapiSettingsInput = z.object({
  provider: z.literal('smsapi'),
  token: keptSecret('the OAuth token of the SMSAPI account'),
  sender: smsSender.nullable().default(null).describe('a sender name registered at SMSAPI; none: the account default'),
  transliterate: z.boolean().default(false).describe('send ą as a, ł as l …: one message holds 160 characters instead of 70'),
});

export const twilioSettingsInput = z.object({
  provider: z.literal('twilio'),
  accountSid: z.string().trim().regex(/^AC[0-9a-fA-F]{32}$/, 'an Account SID: AC and 32 hexadecimal digits'),
  authToken: keptSecret('the Auth Token of the account'),
  from: smsSender.nullable().default(null).describe('a Twilio number or sender name; or give messagingServiceSid'),
  messagingServiceSid: z
    .string()
    .trim()
    .regex(/^MG[0-9a-fA-F]{32}$/, 'a Messaging Service SID: MG and 32 hexadecimal digits')
    .nullable()
    .default(null),
  transliterate: z.boolean().default(false),
});

export const smsSettingsInput = z.discriminatedUnion('provider', [smsapiSettingsInput, twilioSettingsInput]);

export const messageSettingsInput = z.object({
  senderName: headerText(200).nullable().default(null).describe("the From name; none: the organization's legal name"),
  senderEmail: z.email().nullable().default(null).describe('the From address; required before e-mail goes over SMTP'),
  replyTo: z.email().nullable().default(null).describe('where customers reply; none: the From address'),
  smtpUrl: smtpServerUrl
    .nullable()
    .default(null)
    .describe('the organization\'s own SMTP server; none: the server Duly is set up with, else the local mail catcher'),
  signatures: messageSignatures.default({}),
  customerPageBaseUrl: z.url({ protocol: /^https?$/ }).max(500).nullable().default(null),
  sms: smsSettingsInput.nullable().default(null).describe('the SMS provider; none: no SMS is sent'),
  statementFreshnessDays: z
    .number()
    .int()
    .min(0)
    .max(30)
    .default(2)
    .describe('post-due reminders wait while the newest bank statement is older than this many business days'),
});
export type MessageSettingsInput = z.infer<typeof messageSettingsInput>;

export const smsapiSettingsView = z.object({
  provider: z.literal('smsapi'),
  token: z.string().describe('masked'),
  sender: z.string().nullable(),
  transliterate: z.boolean(),
});

export const twilioSettingsView = z.object({
  provider: z.literal('twilio'),
  accountSid: z.string(),
  authToken: z.string().describe('masked'),
  from: z.string().nullable(),
  messagingServiceSid: z.string().nullable(),
  transliterate: z.boolean(),
});

export const messageSettings = z.object({
  senderName: z.string().nullable(),
  senderEmail: z.string().nullable(),
  replyTo: z.string().nullable(),
  smtpUrl: z.string().nullable().describe('with the password masked'),
  signatures: messageSignatures,
  customerPageBaseUrl: z.string().nullable(),
  sms: z.discriminatedUnion('provider', [smsapiSettingsView, twilioSettingsView]).nullable(),
  statementFreshnessDays: z.number().int(),
  updatedAt: z.string().nullable().describe('null until the settings are first saved'),
});
export type MessageSettings = z.infer<typeof messageSettings>;
