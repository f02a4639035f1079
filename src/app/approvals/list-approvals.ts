// The approvals list: every contact the daily run holds for a person's approval, the
// earliest planned first, each with the message as it would leave today and what the
// tone guard says of it, so the decision is made on the text itself.
import type { IsoDate } from '../../domain/dates';
import type { ContactAction } from '../../domain/dunning/actions';
import { recordValuesOf } from '../../domain/messages/message-facts';
import type { ToneRule } from '../../domain/tone/tone-rule';
import type { ApprovalItem, ApprovalList, ApprovalPreview } from '../../http/contract';
import { findActionInvoices, listWaitingContacts, listWaitingEffects, type ActionInvoice, type WaitingContact } from '../../store/approvals';
import type { Db } from '../../store/database';
import { userNames, userRef } from '../../store/record-refs';
import { checkTextTone, loadOrganizationToneRules } from '../check-message-tone';
import { ok, type Result } from '../errors';
import { renderMessageWithFacts } from '../messages/render-message';
import { mayApprove, type Approver } from './approval-rights';
import { followsContact } from './waiting-effects';

/**
 * One page of the contacts waiting for approval, with previews written for `today`.
 * A message that cannot be written (everything paid since) says why in its preview;
 * invalid_input only when the organization's own tone rules are broken, since no
 * message should be approved unchecked.
 */
export async function listApprovals(
  db: Db,
  orgId: string,
  viewer: Approver,
  today: IsoDate,
  pageOptions: { page: number; pageSize: number },
): Promise<Result<ApprovalList>> {
  const toneRules = await loadOrganizationToneRules(db, orgId);
  if (!toneRules.ok) return toneRules;
  const { rows, total } = await listWaitingContacts(db, orgId, {
    limit: pageOptions.pageSize,
    offset: (pageOptions.page - 1) * pageOptions.pageSize,
  });
  const [effects, invoices, owners] = await Promise.all([
    listWaitingEffects(db, orgId, rows.map((r) => r.customerId)),
    findActionInvoices(db, orgId, rows.flatMap((r) => r.action.steps.map((s) => s.invoiceId))),
    userNames(db, rows.map((r) => r.accountOwnerUserId)),
  ]);
  const items: ApprovalItem[] = [];
  for (const row of rows) {
    const action = row.action as ContactAction;
    const rowEffects = effects.filter((effect) => followsContact(effect, row));
    items.push({
      id: row.id,
      kind: action.kind,
      channel: action.channel,
      plannedFor: row.plannedFor,
      customer: { id: row.customerId, name: row.customerName },
      contact: row.contactName === null ? null : { id: action.contactId, name: row.contactName },
      addresseeRole: action.addresseeRole,
      procedureKey: row.procedureKey,
      procedureVersion: row.procedureVersion,
      stepKeys: [...new Set(action.steps.map((s) => s.stepKey))],
      templateKey: action.templateKey,
      tone: action.tone,
      purpose: action.purpose,
      approval: action.approval === 'account_owner' ? 'account_owner' : 'collector',
      accountOwner: userRef(row.accountOwnerUserId, owners),
      mayApprove: mayApprove(action.approval, viewer, row.accountOwnerUserId),
      effects: [...new Set(rowEffects.map((e) => e.kind as ApprovalItem['effects'][number]))],
      invoices: invoicesOf(action, invoices),
      preview: await preview(db, orgId, row, action, today, toneRules.value),
    });
  }
  return ok({ asOf: today, items, total, page: pageOptions.page, pageSize: pageOptions.pageSize });
}

function invoicesOf(action: ContactAction, invoices: ReadonlyMap<string, ActionInvoice>): ApprovalItem['invoices'] {
  const ids = [...new Set(action.steps.map((s) => s.invoiceId))];
  return ids.flatMap((id) => {
    const invoice = invoices.get(id);
    return invoice ? [{ ...invoice, status: invoice.status as ApprovalItem['invoices'][number]['status'] }] : [];
  });
}

// The payment QR code is left out: a list of previews should not draw a code each, and
// the sender draws it when the message leaves. The tone guard reads what the sender's
// reads (subject and text, record values not judged), so a finding here is one there.
async function preview(
  db: Db,
  orgId: string,
  row: WaitingContact,
  action: ContactAction,
  today: IsoDate,
  toneRules: readonly ToneRule[],
): Promise<ApprovalPreview> {
  const rendered = await renderMessageWithFacts(db, orgId, {
    customerId: row.customerId,
    contactId: action.contactId,
    addresseeRole: action.addresseeRole,
    templateKey: action.templateKey,
    channel: action.channel,
    invoiceIds: action.steps.map((s) => s.invoiceId),
    tone: action.tone,
    today,
  });
  if (!rendered.ok) return { rendered: false, reason: rendered.message };
  const { message, facts } = rendered.value;
  return {
    rendered: true,
    language: message.language,
    subject: message.subject,
    html: message.html,
    text: message.text,
    tone: checkTextTone(
      { text: [message.subject, message.text].join('\n'), language: message.language, tone: action.tone, dataValues: recordValuesOf(facts) },
      toneRules,
    ),
  };
}
