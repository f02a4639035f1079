// The tone guard for people and programs that want their own text checked: the
// shipped rules of the language plus the organization's own (message settings).
import type { Tone } from '../domain/dunning/procedure';
import type { MessageLanguage } from '../domain/messages/message-types';
import { blocksSending, checkTone } from '../domain/tone/check-tone';
import type { ToneFinding, ToneRule } from '../domain/tone/tone-rule';
import { toneRules } from '../http/contract';
import type { Db } from '../store/database';
import { findMessageSettings } from '../store/message-settings';
import { fail, ok, type Result } from './errors';
import { validateInput } from './validate-input';

export type ToneCheckRequest = {
  text: string;
  language: MessageLanguage;
  tone?: Tone;
  /** Names and numbers filled in from records: not the writer's words, so not judged. */
  dataValues?: readonly string[];
};
export type ToneCheckOutcome = { findings: ToneFinding[]; blocked: boolean };

/** Checks a text against the shipped rules and `extraRules`; needs no organization. */
export function checkTextTone(request: ToneCheckRequest, extraRules: readonly ToneRule[] = []): ToneCheckOutcome {
  const findings = checkTone(request.text, { language: request.language, tone: request.tone, extraRules, dataValues: request.dataValues });
  return { findings, blocked: blocksSending(findings) };
}

/**
 * The organization's own tone rules. They were checked when saved; rules that no
 * longer pass the check (written around the API) fail loudly rather than silently
 * letting a message through unchecked.
 */
export async function loadOrganizationToneRules(db: Db, orgId: string): Promise<Result<ToneRule[]>> {
  const settings = await findMessageSettings(db, orgId);
  const parsed = validateInput(toneRules, settings?.toneRules ?? [], 'toneRules');
  // No issues list: the fields are in the stored settings, not in the caller's request.
  if (!parsed.ok) return fail('invalid_input', `the organization's own tone rules are broken (${parsed.message}); save them again`);
  return ok(parsed.value);
}

/** Checks a text against the shipped rules and the organization's own. */
export async function checkMessageTone(db: Db, orgId: string, request: ToneCheckRequest): Promise<Result<ToneCheckOutcome>> {
  const extraRules = await loadOrganizationToneRules(db, orgId);
  if (!extraRules.ok) return extraRules;
  return ok(checkTextTone(request, extraRules.value));
}
