// The script of a call task: the step's call template rendered for the customer, with
// the items and amounts the call is about, as the task stores it.
import { callScript, type CallScript } from '../../domain/messages/call-script';
import type { Db } from '../../store/database';
import { ok, type Result } from '../errors';
import { renderMessageWithFacts, type RenderMessageInput } from './render-message';

/** The call script for an action (its channel is the call); failures as renderMessage's. */
export async function renderCallScript(db: Db, orgId: string, input: Omit<RenderMessageInput, 'channel'>): Promise<Result<CallScript>> {
  const rendered = await renderMessageWithFacts(db, orgId, { ...input, channel: 'call' });
  if (!rendered.ok) return rendered;
  const { message, facts } = rendered.value;
  return ok(callScript(input.templateKey, message.text, facts));
}
