// A registered letter's postal tracking number, recorded once the letter is posted:
// it is the proof of dispatch a formal step may need later, so it goes on the letter
// and, as a note, on the customer's timeline. Correcting a mistyped number is allowed
// and noted; recording the same number again changes nothing.
import type { LetterTracking, LetterTrackingInput } from '../http/contract';
import { insertActivity } from '../store/activities';
import type { Db } from '../store/database';
import { isoInstant } from '../store/instants';
import { findSentMessageForTracking, setLetterTrackingNumber } from '../store/letter-tracking';
import type { Actor } from './actor';
import { fail, ok, type Result } from './errors';
import { inTransaction } from './transaction';

/** A tracking number as carriers print it, without spaces, in capitals: "RR 123 456 785 PL" → "RR123456785PL". */
export function normalizeTrackingNumber(text: string): string {
  return text.replace(/[\s-]+/g, '').toUpperCase();
}

const s10Weights = [8, 6, 4, 2, 3, 5, 9, 7];

/**
 * Why the number cannot be a tracking number, or null when it can. Postal operators
 * use their own formats (Poczta Polska's domestic numbers have 20 digits), so any
 * 8 to 40 letters and digits pass; an international UPU S10 number ("RR123456785PL")
 * carries a check digit, which catches a mistyped digit.
 */
export function trackingNumberProblem(trackingNumber: string): string | null {
  if (!/^[A-Z0-9]{8,40}$/.test(trackingNumber)) return 'expected 8 to 40 letters and digits';
  const s10 = /^[A-Z]{2}(\d{8})(\d)[A-Z]{2}$/.exec(trackingNumber);
  if (s10) {
    const sum = [...s10[1]!].reduce((total, digit, i) => total + Number(digit) * s10Weights[i]!, 0);
    const check = 11 - (sum % 11);
    const expected = check === 10 ? 0 : check === 11 ? 5 : check;
    if (Number(s10[2]) !== expected) return 'the check digit does not match: a digit may be mistyped';
  }
  return null;
}

/** Records the tracking number of the organization's sent letter; not_found for no such message, invalid_input for a bad number or a message that is not a letter. */
export async function recordLetterTracking(
  db: Db,
  orgId: string,
  sentMessageId: string,
  input: LetterTrackingInput,
  actor: Actor,
): Promise<Result<LetterTracking>> {
  const trackingNumber = normalizeTrackingNumber(input.trackingNumber);
  const problem = trackingNumberProblem(trackingNumber);
  if (problem) return fail('invalid_input', `trackingNumber: ${problem}`, [{ field: 'trackingNumber', message: problem }]);

  return inTransaction(db, async (tx) => {
    const sent = await findSentMessageForTracking(tx, orgId, sentMessageId, { lock: true });
    if (!sent) return fail('not_found', 'no such sent message');
    if (sent.channel !== 'letter') {
      return fail('invalid_input', `only a letter has a tracking number; this message went by ${sent.channel}`);
    }
    const view = {
      id: sent.id,
      customerId: sent.customerId,
      recipient: sent.recipient,
      subject: sent.subject,
      sentAt: isoInstant(sent.sentAt),
      trackingNumber,
    };
    if (sent.trackingNumber === trackingNumber) return ok(view);

    await setLetterTrackingNumber(tx, orgId, sent.id, trackingNumber);
    const letter = sent.subject ? `the letter "${sent.subject}"` : 'the letter';
    await insertActivity(tx, orgId, {
      customerId: sent.customerId,
      type: 'note',
      channel: 'letter',
      direction: 'internal',
      userId: actor.userId,
      summary: sent.trackingNumber
        ? `Tracking number of ${letter} corrected from ${sent.trackingNumber} to ${trackingNumber}`
        : `Registered letter posted: ${letter}, tracking number ${trackingNumber}`,
      invoiceIds: sent.invoiceIds,
    });
    return ok(view);
  });
}
