// The organization's SMS provider, built from its settings. Base URLs can be pointed
// elsewhere (tests run the adapters against a local server).
import type { SmsSettings } from '../../app/message-settings';
import type { SmsProvider } from '../../app/send-sms';
import type { ProviderRequestOptions } from './provider-request';
import { smsapiProvider } from './smsapi';
import { twilioProvider } from './twilio';

export type { SmsProvider } from '../../app/send-sms';

export type SmsProviderOptions = ProviderRequestOptions & { baseUrls?: { smsapi?: string; twilio?: string } };

/** The adapter for the provider the settings name. */
export function smsProviderFor(settings: SmsSettings, options: SmsProviderOptions = {}): SmsProvider {
  switch (settings.provider) {
    case 'smsapi':
      return smsapiProvider({ ...options, token: settings.token, sender: settings.sender, baseUrl: options.baseUrls?.smsapi });
    case 'twilio':
      return twilioProvider({
        ...options,
        accountSid: settings.accountSid,
        authToken: settings.authToken,
        from: settings.from,
        messagingServiceSid: settings.messagingServiceSid,
        baseUrl: options.baseUrls?.twilio,
      });
  }
}
