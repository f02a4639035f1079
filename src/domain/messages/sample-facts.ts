// A made-up customer to try templates on: a template about to be saved is rendered
// with these facts first, so a misspelt variable is found before any customer sees it.
import { addDays, type IsoDate } from '../dates';
import type { MessageFacts } from './message-facts';
import type { MessageLanguage } from './message-types';

const samples: Record<MessageLanguage, { customer: string; addressee: string; currency: string; country: string }> = {
  pl: { customer: 'Przykładowa Hurtownia sp. z o.o.', addressee: 'Anna Nowak', currency: 'PLN', country: 'PL' },
  en: { customer: 'Sample Trading Ltd', addressee: 'Jane Smith', currency: 'EUR', country: 'IE' },
  ru: { customer: 'ООО «Образец»', addressee: 'Ирина Петрова', currency: 'EUR', country: 'LT' },
  de: { customer: 'Muster Handel GmbH', addressee: 'Erika Mustermann', currency: 'EUR', country: 'DE' },
};

/** Sample facts in the language: two overdue invoices (one partly paid), a bank account, a signature. */
export function sampleMessageFacts(language: MessageLanguage, today: IsoDate, tone = 'reminder'): MessageFacts {
  const sample = samples[language];
  return {
    language,
    today,
    tone,
    customer: { name: sample.customer, taxId: '5260250274', country: sample.country },
    addressee: { name: sample.addressee, role: 'payables' },
    creditor: { name: 'Duly Demo sp. z o.o.', taxId: '1132853869', country: 'PL' },
    items: [
      {
        id: '00000000-0000-4000-8000-000000000001',
        number: 'FV/2026/0142',
        issueDate: addDays(today, -44),
        dueDate: addDays(today, -30),
        currency: sample.currency,
        grossTotalMinor: 246_000,
        openAmountMinor: 146_000,
      },
      {
        id: '00000000-0000-4000-8000-000000000002',
        number: 'FV/2026/0187',
        issueDate: addDays(today, -26),
        dueDate: addDays(today, -12),
        currency: sample.currency,
        grossTotalMinor: 98_400,
        openAmountMinor: 98_400,
      },
    ],
    bankAccounts: [{ iban: 'PL61109010140000071219812874', currency: sample.currency, bankName: 'Santander Bank Polska', isDefault: true }],
    signature: null,
    customerPageUrl: 'https://example.com/pay/sample',
  };
}
