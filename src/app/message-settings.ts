// The organization's sending settings. Admins read them with the secrets masked and
// replace them whole; the sender reads them with the secrets, to build its channels.
// A secret (the SMTP password, an SMS token) that comes back masked or not at all is
// kept, but only while it still goes to the same server and account: pointing the
// settings somewhere else needs the secret typed again, so nobody can send a stored
// password to a server of their choosing without knowing it.
import type { MessageLanguage } from '../domain/messages/message-types';
import { secretMask, type MessageSettings, type MessageSettingsInput } from '../http/contract';
import type { Db } from '../store/database';
import { findMessageSettings, saveMessageSettings, type MessageSettingsRow } from '../store/message-settings';
import { fail, ok, type Result } from './errors';

export type SmsapiSettings = { provider: 'smsapi'; token: string; sender: string | null; transliterate: boolean };
export type TwilioSettings = {
  provider: 'twilio';
  accountSid: string;
  authToken: string;
  from: string | null;
  messagingServiceSid: string | null;
  transliterate: boolean;
};
export type SmsSettings = SmsapiSettings | TwilioSettings;

/** Everything about how the organization sends, secrets included: never hand this to a client. */
export type SendingSettings = {
  senderName: string | null;
  senderEmail: string | null;
  replyTo: string | null;
  smtpUrl: string | null;
  signatures: Partial<Record<MessageLanguage, string>>;
  customerPageBaseUrl: string | null;
  sms: SmsSettings | null;
  statementFreshnessDays: number;
  updatedAt: Date | null;
};

const defaultStatementFreshnessDays = 2;

function textField(json: Record<string, unknown>, key: string): string | null {
  const value = json[key];
  return typeof value === 'string' && value !== '' ? value : null;
}

function smsOfRow(row: MessageSettingsRow): SmsSettings | null {
  const json = (row.smsSettings ?? {}) as Record<string, unknown>;
  const transliterate = json.transliterate === true;
  if (row.smsProvider === 'smsapi') {
    const token = textField(json, 'token');
    return token ? { provider: 'smsapi', token, sender: textField(json, 'sender'), transliterate } : null;
  }
  if (row.smsProvider === 'twilio') {
    const accountSid = textField(json, 'accountSid');
    const authToken = textField(json, 'authToken');
    if (!accountSid || !authToken) return null;
    return {
      provider: 'twilio',
      accountSid,
      authToken,
      from: textField(json, 'from'),
      messagingServiceSid: textField(json, 'messagingServiceSid'),
      transliterate,
    };
  }
  return null;
}

/** The organization's settings with their secrets; the defaults when none were saved. */
export async function loadSendingSettings(db: Db, orgId: string): Promise<SendingSettings> {
  const row = await findMessageSettings(db, orgId);
  if (!row) {
    return {
      senderName: null,
      senderEmail: null,
      replyTo: null,
      smtpUrl: null,
      signatures: {},
      customerPageBaseUrl: null,
      sms: null,
      statementFreshnessDays: defaultStatementFreshnessDays,
      updatedAt: null,
    };
  }
  return {
    senderName: row.senderName,
    senderEmail: row.senderEmail,
    replyTo: row.replyTo,
    smtpUrl: row.smtpUrl,
    signatures: (row.signatures ?? {}) as SendingSettings['signatures'],
    customerPageBaseUrl: row.customerPageBaseUrl,
    sms: smsOfRow(row),
    statementFreshnessDays: row.statementFreshnessDays,
    updatedAt: row.updatedAt,
  };
}

/** A secret as answers show it: only its last four characters, and those only of a long one. */
export function maskSecret(secret: string): string {
  return secret.length >= 16 ? `${secretMask}${secret.slice(-4)}` : secretMask;
}

/** The SMTP URL with its password masked. */
export function maskSmtpUrl(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  if (url.password !== '') url.password = secretMask;
  return url.toString();
}

/** The settings as the API shows them: secrets masked. */
export function messageSettingsView(settings: SendingSettings): MessageSettings {
  const sms = settings.sms;
  return {
    senderName: settings.senderName,
    senderEmail: settings.senderEmail,
    replyTo: settings.replyTo,
    smtpUrl: settings.smtpUrl === null ? null : maskSmtpUrl(settings.smtpUrl),
    signatures: settings.signatures,
    customerPageBaseUrl: settings.customerPageBaseUrl,
    sms:
      sms === null
        ? null
        : sms.provider === 'smsapi'
          ? { provider: 'smsapi', token: maskSecret(sms.token), sender: sms.sender, transliterate: sms.transliterate }
          : {
              provider: 'twilio',
              accountSid: sms.accountSid,
              authToken: maskSecret(sms.authToken),
              from: sms.from,
              messagingServiceSid: sms.messagingServiceSid,
              transliterate: sms.transliterate,
            },
    statementFreshnessDays: settings.statementFreshnessDays,
    updatedAt: settings.updatedAt === null ? null : settings.updatedAt.toISOString(),
  };
}

/** The settings as an admin sees them, secrets masked. */
export async function getMessageSettings(db: Db, orgId: string): Promise<MessageSettings> {
  return messageSettingsView(await loadSendingSettings(db, orgId));
}

const invalid = (field: string, message: string) => fail('invalid_input', `${field}: ${message}`, [{ field, message }]);

/** True when the client sent no secret, or the mask it was shown, meaning "keep the stored one". */
const keepsSecret = (given: string | undefined, stored: string | null) =>
  given === undefined || given === secretMask || (stored !== null && given === maskSecret(stored));

/** The SMTP URL to store: the given one, with the stored password where the client kept it. */
function resolveSmtpUrl(given: string | null, stored: string | null): Result<string | null> {
  if (given === null) return ok(null);
  const url = new URL(given);
  // The mask's asterisks are not percent-encoded in a URL, so the raw password compares as is.
  const password = url.password;
  if (password !== '' && password !== secretMask) return ok(given);
  if (url.username === '') {
    return password === secretMask ? invalid('smtpUrl', 'a masked password needs the user it belongs to') : ok(given);
  }
  const previous = stored === null ? null : new URL(stored);
  const sameServer =
    previous !== null &&
    previous.password !== '' &&
    previous.protocol === url.protocol &&
    previous.hostname === url.hostname &&
    previous.port === url.port &&
    previous.username === url.username;
  if (!sameServer) return invalid('smtpUrl', 'type the password: there is none stored for this server and user');
  url.password = previous.password;
  return ok(url.toString());
}

/** The SMS settings to store: the given ones, with stored tokens where the client kept them. */
function resolveSms(given: MessageSettingsInput['sms'], stored: SmsSettings | null): Result<SmsSettings | null> {
  if (given === null) return ok(null);
  if (given.provider === 'smsapi') {
    const previous = stored?.provider === 'smsapi' ? stored.token : null;
    const token = keepsSecret(given.token, previous) ? previous : given.token!;
    if (token === null) return invalid('sms.token', 'the OAuth token of the SMSAPI account is required');
    return ok({ provider: 'smsapi', token, sender: given.sender, transliterate: given.transliterate });
  }
  const previous = stored?.provider === 'twilio' && stored.accountSid === given.accountSid ? stored.authToken : null;
  const authToken = keepsSecret(given.authToken, previous) ? previous : given.authToken!;
  if (authToken === null) return invalid('sms.authToken', 'the Auth Token of this Twilio account is required');
  if (given.from === null && given.messagingServiceSid === null) {
    return invalid('sms.from', 'give the number or sender name to send from, or a messagingServiceSid');
  }
  return ok({
    provider: 'twilio',
    accountSid: given.accountSid,
    authToken,
    from: given.from,
    messagingServiceSid: given.messagingServiceSid,
    transliterate: given.transliterate,
  });
}

function smsColumns(sms: SmsSettings | null): Pick<MessageSettingsRow, 'smsProvider' | 'smsSettings'> {
  if (sms === null) return { smsProvider: null, smsSettings: {} };
  const { provider, ...settings } = sms;
  return { smsProvider: provider, smsSettings: settings };
}

/** Replaces the settings (the tone guard's rules stay); invalid_input names the field of a missing secret. */
export async function updateMessageSettings(
  db: Db,
  orgId: string,
  input: MessageSettingsInput,
  now: Date,
): Promise<Result<MessageSettings>> {
  const stored = await loadSendingSettings(db, orgId);
  const smtpUrl = resolveSmtpUrl(input.smtpUrl, stored.smtpUrl);
  if (!smtpUrl.ok) return smtpUrl;
  const sms = resolveSms(input.sms, stored.sms);
  if (!sms.ok) return sms;
  await saveMessageSettings(
    db,
    orgId,
    {
      senderName: input.senderName,
      senderEmail: input.senderEmail,
      replyTo: input.replyTo,
      smtpUrl: smtpUrl.value,
      signatures: input.signatures,
      customerPageBaseUrl: input.customerPageBaseUrl,
      ...smsColumns(sms.value),
      statementFreshnessDays: input.statementFreshnessDays,
    },
    now,
  );
  return ok(await getMessageSettings(db, orgId));
}
