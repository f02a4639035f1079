// One contact action at send time: looked at again (checkBeforeSending), written for
// the invoices still due, checked by the tone guard with the record's own values
// masked, handed to its channel, and recorded — the message as it went, a timeline
// entry, the outbox row — in one transaction. A call becomes a task with its script.
import { dateInZone } from '../../domain/dates';
import type { ContactAction } from '../../domain/dunning/actions';
import type { CustomerSnapshot } from '../../domain/dunning/snapshot';
import { recordValuesOf } from '../../domain/messages/message-facts';
import { checkBeforeSending } from '../../domain/sending/send-check';
import { blocksSending, checkTone } from '../../domain/tone/check-tone';
import { insertActivity } from '../../store/activities';
import { findContact } from '../../store/contacts';
import { endClaimedAction } from '../../store/outbox-sending';
import { loadSentContacts } from '../../store/sent-contacts';
import { insertSentMessage } from '../../store/sent-messages';
import { insertTask } from '../../store/tasks';
import { renderCallScript } from '../messages/render-call-script';
import { paymentQrPng } from '../messages/payment-qr-png';
import { renderMessageWithFacts } from '../messages/render-message';
import { deliverEmail } from './deliver-email';
import { deliverLetter } from './deliver-letter';
import { deliverSms } from './deliver-sms';
import type { DeliveryOutcome } from './delivery';
import type { SendingContext } from './sending-context';

/** What became of the action: the sender ends or postpones its outbox row accordingly. */
export type ActionResult =
  /** Sent and recorded, the outbox row already ended with the record. */
  | { result: 'sent'; channel: string }
  | { result: 'task'; kind: 'call' | 'internal' }
  | { result: 'effect'; kind: string }
  | { result: 'held'; reason: string; until: Date }
  | { result: 'cancelled'; reason: string }
  | { result: 'retry'; reason: string }
  | { result: 'failed'; reason: string };

// A contact put off to "now" would be claimed again in the same pass.
const minimumWaitMs = 60_000;

export async function sendContact(ctx: SendingContext, actionId: string, action: ContactAction, snapshot: CustomerSnapshot | undefined): Promise<ActionResult> {
  if (!snapshot) return { result: 'cancelled', reason: 'customerGone' };
  const procedure = ctx.procedure(action.procedureKey, action.procedureVersion);
  if (!procedure) return { result: 'failed', reason: `procedure ${action.procedureKey} version ${action.procedureVersion} is gone` };
  const { customer } = snapshot;
  const today = dateInZone(ctx.now, customer.timeZone);
  const verdict = checkBeforeSending({
    action,
    snapshot,
    procedure,
    sentContacts: await loadSentContacts(ctx.db, ctx.org.id, customer.id, today, customer.timeZone),
    statements: ctx.statements,
    now: ctx.now,
    today,
  });
  if (verdict.verdict === 'cancel') return { result: 'cancelled', reason: verdict.reason };
  if (verdict.verdict === 'wait') {
    return { result: 'held', reason: verdict.reason, until: new Date(Math.max(verdict.until.getTime(), ctx.now.getTime() + minimumWaitMs)) };
  }
  const contact = await findContact(ctx.db, ctx.org.id, action.contactId);
  if (!contact) return { result: 'cancelled', reason: 'noAddressee' };
  const request = {
    customerId: customer.id,
    contactId: contact.id,
    addresseeRole: action.addresseeRole,
    templateKey: action.templateKey,
    invoiceIds: verdict.invoiceIds,
    tone: action.tone,
    today,
  };

  if (action.kind === 'createCallTask') {
    const script = await renderCallScript(ctx.db, ctx.org.id, request);
    if (!script.ok) return { result: 'failed', reason: `call script: ${script.message}` };
    await insertTask(ctx.db, ctx.org.id, {
      customerId: customer.id,
      kind: 'call',
      title: `Call ${contact.name} about ${script.value.items.map((i) => i.number).join(', ')}`,
      actionId,
      contactId: contact.id,
      invoiceIds: verdict.invoiceIds,
      script: script.value,
      dueOn: today,
    });
    return { result: 'task', kind: 'call' };
  }

  const rendered = await renderMessageWithFacts(ctx.db, ctx.org.id, { ...request, channel: action.channel }, { qrPng: paymentQrPng });
  if (!rendered.ok) return { result: 'failed', reason: `the message could not be written: ${rendered.message}` };
  const { message, facts } = rendered.value;
  const findings = checkTone([message.subject, message.text].join('\n'), {
    language: message.language,
    tone: action.tone,
    extraRules: ctx.toneRules,
    dataValues: recordValuesOf(facts),
  });
  if (blocksSending(findings)) {
    const phrases = findings.filter((f) => f.severity === 'forbidden').map((f) => `"${f.phrase}" (${f.ruleId})`);
    return { result: 'failed', reason: `the tone guard stopped the message: ${phrases.join(', ')}` };
  }

  const delivery = await deliver();
  switch (delivery.outcome) {
    case 'refused':
      return { result: 'cancelled', reason: delivery.reason };
    case 'failed':
      return { result: 'failed', reason: delivery.reason };
    case 'retry':
      return { result: 'retry', reason: delivery.reason };
    case 'notSetUp':
      return { result: 'held', reason: 'channelNotSetUp', until: new Date(ctx.now.getTime() + 60 * minimumWaitMs) };
    case 'delivered':
      break;
  }
  await ctx.db.transaction(async (txn) => {
    const tx = txn as unknown as typeof ctx.db;
    const sentMessageId = await insertSentMessage(tx, ctx.org.id, {
      customerId: customer.id,
      actionId,
      contactId: contact.id,
      channel: action.channel as 'email' | 'sms' | 'letter',
      language: message.language,
      templateKey: message.templateKey,
      invoiceIds: verdict.invoiceIds,
      status: 'sent',
      sentAt: ctx.now,
      ...delivery.message,
      text: delivery.message.text,
    });
    await insertActivity(tx, ctx.org.id, {
      customerId: customer.id,
      type: action.channel as 'email' | 'sms' | 'letter',
      channel: action.channel as 'email' | 'sms' | 'letter',
      direction: 'outbound',
      occurredAt: ctx.now,
      userId: null,
      summary: delivery.message.summary,
      body: delivery.message.text,
      invoiceIds: verdict.invoiceIds,
      sentMessageId,
    });
    if (delivery.followUpTask) {
      await insertTask(tx, ctx.org.id, { customerId: customer.id, kind: 'internal', title: delivery.followUpTask, actionId, contactId: contact.id, invoiceIds: verdict.invoiceIds, dueOn: today });
    }
    // With the record, in one transaction: a sender killed before this commit leaves the
    // row claimed and unrecorded, and the next sender sends it again (the same Message-ID).
    // Losing the claim takes longer than any carrier's timeout, so it is a bug, not a race.
    if (!(await endClaimedAction(tx, ctx.org.id, actionId, ctx.claimant, { status: 'sent', reason: null }, ctx.now))) {
      throw new Error(`the claim on outbox action ${actionId} was lost while it was being sent`);
    }
  });
  return { result: 'sent', channel: action.channel };

  function deliver(): Promise<DeliveryOutcome> {
    switch (action.channel) {
      case 'email':
        return deliverEmail(ctx, actionId, contact!, message);
      case 'sms':
        return deliverSms(ctx, customer.country, contact!, message);
      case 'letter':
        return deliverLetter(ctx, customer.id, contact!, message, facts);
      case 'call':
        throw new Error('a call is a task, not a message');
    }
  }
}
