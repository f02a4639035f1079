// Signing in, organizations, their members, bank accounts and API tokens.
import { z } from 'zod';
import { isValidIban } from '../../domain/iban';
import { countryCode, currencyCode, languageCode, role, timeZoneName } from './common';

export const loginRequest = z.object({ email: z.email(), password: z.string().min(1) });

export const membershipSummary = z.object({
  id: z.uuid(),
  slug: z.string(),
  legalName: z.string(),
  role,
  baseCurrency: z.string(),
  defaultLanguage: z.string(),
});
export type MembershipSummary = z.infer<typeof membershipSummary>;

export const sessionInfo = z.object({
  user: z.object({ id: z.uuid(), email: z.string(), name: z.string(), language: z.string() }),
  organizations: z.array(membershipSummary),
});
export type SessionInfo = z.infer<typeof sessionInfo>;

export const setupStatus = z.object({ needsSetup: z.boolean() });

export const organizationInput = z.object({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,40}$/, 'lower-case letters, digits and dashes'),
  legalName: z.string().min(1).max(300),
  taxId: z.string().max(40).optional(),
  country: countryCode,
  baseCurrency: currencyCode,
  defaultLanguage: languageCode.default('pl'),
  timeZone: timeZoneName.default('Europe/Warsaw'),
});

export const userInput = z.object({
  email: z.email(),
  name: z.string().min(1).max(200),
  password: z.string().min(10, 'at least 10 characters'),
  language: languageCode.default('pl'),
});

export const setupRequest = z.object({ organization: organizationInput, admin: userInput });

export const bankAccount = z.object({
  id: z.uuid(),
  iban: z.string(),
  currency: z.string(),
  bankName: z.string().nullable(),
  isDefault: z.boolean(),
});
export type BankAccount = z.infer<typeof bankAccount>;

export const organization = z.object({
  id: z.uuid(),
  slug: z.string(),
  legalName: z.string(),
  taxId: z.string().nullable(),
  country: z.string(),
  baseCurrency: z.string(),
  defaultLanguage: z.string(),
  timeZone: z.string(),
  bankAccounts: z.array(bankAccount),
});
export type Organization = z.infer<typeof organization>;

export const organizationPatch = z.object({
  legalName: z.string().min(1).max(300).optional(),
  taxId: z.string().max(40).nullable().optional(),
  country: countryCode.optional(),
  baseCurrency: currencyCode.optional(),
  defaultLanguage: languageCode.optional(),
  timeZone: timeZoneName.optional(),
});

export const bankAccountInput = z.object({
  iban: z.string().max(50).refine(isValidIban, { message: 'not a valid IBAN (length or check digits)' }),
  currency: currencyCode,
  bankName: z.string().max(200).nullable().optional(),
  isDefault: z.boolean().default(false),
});

export const memberInput = z.object({
  email: z.email(),
  name: z.string().min(1).max(200).optional().describe('required when the user is new'),
  password: z.string().min(10, 'at least 10 characters').optional().describe('required when the user is new'),
  language: languageCode.optional(),
  role,
});

export const member = z.object({
  userId: z.uuid(),
  email: z.string(),
  name: z.string(),
  role,
  createdAt: z.string(),
});
export type Member = z.infer<typeof member>;

export const memberPatch = z.object({ role });

export const apiTokenInput = z.object({ name: z.string().min(1).max(100), role });

export const apiToken = z.object({
  id: z.uuid(),
  name: z.string(),
  role,
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiToken>;
