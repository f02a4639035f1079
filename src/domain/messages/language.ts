// Which language a customer is written to: its own when Duly writes that language,
// else the organization's, else English — a message nobody can read does not get paid.
import { messageLanguages, type MessageLanguage } from './message-types';

/** The message language a stored language tag names ("pl", "PL", "de-AT" → de), or null. */
export function asMessageLanguage(tag: string | null | undefined): MessageLanguage | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (messageLanguages as readonly string[]).includes(primary) ? (primary as MessageLanguage) : null;
}

/** The customer's language if Duly writes it, else the organization's default, else English. */
export function pickMessageLanguage(customerLanguage: string | null | undefined, organizationLanguage: string | null | undefined): MessageLanguage {
  return asMessageLanguage(customerLanguage) ?? asMessageLanguage(organizationLanguage) ?? 'en';
}
