// A call task's script as the task stores it: the rendered script the collector reads,
// and the items and amounts it is about, so the call screen can show them as a table
// and record a promise against them.
import type { MessageFacts } from './message-facts';
import type { MessageLanguage } from './message-types';
import { messageVariables } from './message-variables';

export type CallScript = {
  language: MessageLanguage;
  templateKey: string;
  /** The rendered script: what to ask for, what to avoid, the items and amounts. */
  text: string;
  items: { invoiceId: string; number: string; dueDate: string; currency: string; openAmountMinor: number; openAmount: string; daysOverdue: number }[];
  totals: { currency: string; openAmountMinor: number; openAmount: string }[];
};

/** The script of a call task from its rendered text and the facts it was rendered from. */
export function callScript(templateKey: string, text: string, facts: MessageFacts): CallScript {
  const variables = messageVariables(facts, 'text', false);
  return {
    language: facts.language,
    templateKey,
    text,
    items: facts.items.map((item, index) => ({
      invoiceId: item.id,
      number: item.number,
      dueDate: item.dueDate,
      currency: item.currency,
      openAmountMinor: item.openAmountMinor,
      openAmount: variables.items[index]!.open_amount,
      daysOverdue: variables.items[index]!.days_overdue,
    })),
    totals: variables.totals.map((total) => ({
      currency: total.currency,
      openAmountMinor: facts.items.filter((i) => i.currency === total.currency).reduce((sum, i) => sum + i.openAmountMinor, 0),
      openAmount: total.open_amount,
    })),
  };
}
