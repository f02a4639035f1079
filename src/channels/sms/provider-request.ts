// What both SMS adapters do alike: post a form to the provider, with a time limit,
// and read its JSON answer. A provider that cannot be reached is "unavailable": the
// sender tries again later.
import { SmsDeliveryError } from '../../app/send-sms';

export type ProviderRequestOptions = {
  fetch?: typeof fetch;
  /** How long to wait for the provider's answer. */
  timeoutMs?: number;
};

export type ProviderAnswer = { status: number; body: Record<string, unknown> | null };

/** Posts the form; network failures and timeouts become an unavailable SmsDeliveryError. */
export async function postForm(
  url: string,
  form: URLSearchParams,
  authorization: string,
  options: ProviderRequestOptions,
): Promise<ProviderAnswer> {
  const send = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await send(url, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form.toString(),
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
  } catch (error) {
    throw new SmsDeliveryError(`the provider could not be reached: ${(error as Error).message}`, 'unavailable', false);
  }
  const text = await response.text();
  let body: Record<string, unknown> | null = null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as Record<string, unknown>;
  } catch {
    body = null;
  }
  return { status: response.status, body };
}

/** The failure an HTTP status alone says, for answers without a readable error. */
export function failureOfStatus(status: number, provider: string): SmsDeliveryError {
  if (status === 401 || status === 403) return new SmsDeliveryError(`${provider} refused the credentials (HTTP ${status})`, 'configuration', false);
  if (status === 429 || status >= 500) return new SmsDeliveryError(`${provider} is busy or failing (HTTP ${status})`, 'unavailable', false);
  return new SmsDeliveryError(`${provider} refused the message (HTTP ${status})`, 'rejected', true);
}
