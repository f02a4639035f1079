// One contract, every SMS provider: each adapter must send the text as its provider
// documents, report segments and the provider's id, and classify every failure the
// same way, so the sender never needs to know which provider an organization uses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmsDeliveryError, type SmsProvider } from '../../src/app/send-sms';
import { smsProviderFor } from '../../src/channels/sms/sms-provider';
import { twilioProvider } from '../../src/channels/sms/twilio';
import { smsEncoding } from '../../src/domain/messages/sms-encoding';
import {
  baseUrlsOf,
  busyNumber,
  invalidNumber,
  providerSettings,
  smsapiToken,
  startFakeProviders,
  twilioSid,
  twilioToken,
  unsubscribedNumber,
  type FakeProviders,
  type ProviderRequest,
} from './sms-fake-providers';

const polishReminder =
  'Dzień dobry, przypominamy o płatności za fakturę FV/2026/04/17 na kwotę 1 230,00 zł, termin minął 2026-04-10. Prosimy o wpłatę lub kontakt. Dziękujemy za współpracę.';

async function failureOf(promise: Promise<unknown>): Promise<SmsDeliveryError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SmsDeliveryError);
  return error as SmsDeliveryError;
}

type Expectations = {
  /** Checks the request the provider got for a message to +48500100200. */
  checkRequest(request: ProviderRequest, text: string, sender: string): void;
  senderField: string;
};

const contract: Record<'smsapi' | 'twilio', Expectations> = {
  smsapi: {
    checkRequest(request, text, sender) {
      expect(request).toMatchObject({ method: 'POST', path: '/sms.do', authorization: `Bearer ${smsapiToken}` });
      expect(request.contentType).toBe('application/x-www-form-urlencoded');
      expect(Object.fromEntries(request.form)).toEqual({ to: '48500100200', message: text, from: sender, encoding: 'utf-8', format: 'json' });
    },
    senderField: 'from',
  },
  twilio: {
    checkRequest(request, text, sender) {
      expect(request).toMatchObject({
        method: 'POST',
        path: `/2010-04-01/Accounts/${twilioSid}/Messages.json`,
        authorization: `Basic ${Buffer.from(`${twilioSid}:${twilioToken}`).toString('base64')}`,
      });
      expect(request.contentType).toBe('application/x-www-form-urlencoded');
      expect(Object.fromEntries(request.form)).toEqual({ To: '+48500100200', Body: text, From: sender });
    },
    senderField: 'From',
  },
};

for (const name of ['smsapi', 'twilio'] as const) {
  describe(`SMS provider contract: ${name}`, () => {
    let fake: FakeProviders;
    let provider: SmsProvider;
    beforeAll(async () => {
      fake = await startFakeProviders();
      provider = smsProviderFor(providerSettings[name], { baseUrls: baseUrlsOf(fake) });
    });
    afterAll(() => fake.close());

    it('sends the text as the provider documents it and reports its id and segments', async () => {
      const defaultSender = name === 'smsapi' ? 'ACME' : '+48600700800';
      const accepted = await provider.send('+48500100200', polishReminder);
      expect(accepted.providerMessageId).toMatch(/^\S{16,}$/);
      expect(accepted.segments).toBe(smsEncoding(polishReminder).segments);
      expect(accepted.segments).toBe(3);
      contract[name].checkRequest(fake.requests.at(-1)!, polishReminder, defaultSender);
    });

    it('sends from the sender given for the message', async () => {
      await provider.send('+48500100200', 'Prosimy o kontakt.', 'WINDYKACJA');
      expect(fake.requests.at(-1)!.form.get(contract[name].senderField)).toBe('WINDYKACJA');
    });

    it('calls an invalid number a permanent problem of the recipient', async () => {
      const error = await failureOf(provider.send(invalidNumber, 'Prosimy o kontakt.'));
      expect(error).toMatchObject({ reason: 'invalid_recipient', permanent: true, providerCode: name === 'smsapi' ? '13' : '21211' });
    });

    it('calls refused credentials a configuration problem worth retrying once fixed', async () => {
      const settings = providerSettings[name];
      const wrong = smsProviderFor(settings.provider === 'smsapi' ? { ...settings, token: 'expired' } : { ...settings, authToken: '0'.repeat(32) }, {
        baseUrls: baseUrlsOf(fake),
      });
      const error = await failureOf(wrong.send('+48500100200', 'Prosimy o kontakt.'));
      expect(error).toMatchObject({ reason: 'configuration', permanent: false, providerCode: name === 'smsapi' ? '101' : '20003' });
    });

    it('calls a busy provider unavailable, to be tried again', async () => {
      const error = await failureOf(provider.send(busyNumber, 'Prosimy o kontakt.'));
      expect(error).toMatchObject({ reason: 'unavailable', permanent: false, providerCode: name === 'smsapi' ? '203' : '20429' });
    });

    it('calls an answer that is no JSON, or no answer at all, unavailable', async () => {
      expect(await failureOf(provider.send('+48500000502', 'Prosimy o kontakt.'))).toMatchObject({ reason: 'unavailable', permanent: false });
      const closed = await startFakeProviders();
      await closed.close();
      const unreachable = smsProviderFor(providerSettings[name], { baseUrls: baseUrlsOf(closed), timeoutMs: 2000 });
      expect(await failureOf(unreachable.send('+48500100200', 'Prosimy o kontakt.'))).toMatchObject({ reason: 'unavailable', permanent: false, providerCode: null });
    });
  });
}

describe('Twilio specifics', () => {
  let fake: FakeProviders;
  beforeAll(async () => {
    fake = await startFakeProviders();
  });
  afterAll(() => fake.close());

  it('sends through a Messaging Service and counts the segments itself while Twilio says 0', async () => {
    const provider = twilioProvider({ accountSid: twilioSid, authToken: twilioToken, messagingServiceSid: `MG${'0'.repeat(32)}`, baseUrl: `${fake.baseUrl}/twilio` });
    const accepted = await provider.send('+48500100200', 'Prosimy o kontakt.');
    expect(accepted.segments).toBe(1);
    expect(Object.fromEntries(fake.requests.at(-1)!.form)).toEqual({ To: '+48500100200', Body: 'Prosimy o kontakt.', MessagingServiceSid: `MG${'0'.repeat(32)}` });
  });

  it('calls a recipient who sent STOP opted out', async () => {
    const provider = smsProviderFor(providerSettings.twilio, { baseUrls: baseUrlsOf(fake) });
    expect(await failureOf(provider.send(unsubscribedNumber, 'Prosimy o kontakt.'))).toMatchObject({ reason: 'recipient_opted_out', permanent: true, providerCode: '21610' });
  });
});
