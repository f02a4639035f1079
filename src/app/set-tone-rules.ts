// An organization's own tone rules ("never call a customer's delay 'typical'", the
// names of competitors) are replaced as a whole list; the shipped rules always stay.
import type { ToneRule } from '../domain/tone/tone-rule';
import { toneRules } from '../http/contract';
import type { Db } from '../store/database';
import { saveMessageSettings } from '../store/message-settings';
import { ok, type Result } from './errors';
import { validateInput } from './validate-input';

/** Replaces the organization's own rules; invalid_input names the field of each bad rule (`rules.2.match.patterns.0`). */
export async function setToneRules(db: Db, orgId: string, rules: unknown, now: Date): Promise<Result<ToneRule[]>> {
  const valid = validateInput(toneRules, rules, 'rules');
  if (!valid.ok) return valid;
  await saveMessageSettings(db, orgId, { toneRules: valid.value }, now);
  return ok(valid.value);
}
