// A sensible rhythm (seed 004): never many calls a day, never so often the customer
// cannot answer, never so rarely it forgets, and never only one channel without
// feedback — after unanswered e-mails the next message tries another way.
import { addDays, daysBetween, type IsoDate } from '../dates';
import type { HoldReason } from './actions';
import { mayContact } from './addressee';
import type { Channel, ProcedureVersion, RhythmRules } from './procedure';
import type { PastContact, SnapshotContact } from './snapshot';

/** Past contacts with the customer up to today, oldest first; internal tasks are not contacts. */
export function pastContacts(history: readonly PastContact[], today: IsoDate): PastContact[] {
  return history
    .map((contact, index) => ({ contact, index }))
    .filter(({ contact }) => contact.channel !== 'internalTask' && contact.date <= today)
    .sort((a, b) => (a.contact.date < b.contact.date ? -1 : a.contact.date > b.contact.date ? 1 : a.index - b.index))
    .map(({ contact }) => contact);
}

function contactsInWeekEnding(contacts: readonly PastContact[], day: IsoDate): number {
  const from = addDays(day, -6);
  return contacts.filter((c) => c.date >= from && c.date <= day).length;
}

/** The rhythm rule that forbids a contact on the channel today, or null when none does. */
export function rhythmHold(history: readonly PastContact[], rhythm: RhythmRules, channel: Channel, today: IsoDate): HoldReason | null {
  const contacts = pastContacts(history, today);
  if (channel === 'call') {
    const callsToday = contacts.filter((c) => c.date === today && c.channel === 'call').length;
    if (callsToday >= rhythm.maxCallAttemptsPerDay) return 'callAttemptToday';
  }
  const last = contacts.at(-1);
  // One conversation a day at most, whatever the minimum gap says.
  if (last && (last.date === today || daysBetween(last.date, today) < rhythm.minDaysBetweenContacts)) return 'tooSoonAfterLastContact';
  if (contactsInWeekEnding(contacts, today) >= rhythm.maxContactsPerWeek) return 'weeklyContactCap';
  return null;
}

/**
 * The first day after today when the rhythm allows a contact and `isOpenDay` holds
 * (a business day inside the send window's weekdays).
 */
export function nextAllowedDay(
  history: readonly PastContact[],
  rhythm: RhythmRules,
  today: IsoDate,
  isOpenDay: (day: IsoDate) => boolean,
): IsoDate {
  const contacts = pastContacts(history, today);
  const last = contacts.at(-1);
  const rhythmAllows = (day: IsoDate) =>
    (!last || daysBetween(last.date, day) >= Math.max(1, rhythm.minDaysBetweenContacts)) &&
    contactsInWeekEnding(contacts, day) < rhythm.maxContactsPerWeek;
  for (let i = 1; i <= 400; i++) {
    const day = addDays(today, i);
    if (rhythmAllows(day) && isOpenDay(day)) return day;
  }
  // A window without any open day, or rhythm numbers that never allow a contact
  // (validateProcedure refuses both): tomorrow, so the step is looked at again.
  return addDays(today, 1);
}

/**
 * The channel an e-mail step really uses: after `rotateAfterUnansweredEmails` e-mails
 * in a row without an answer, SMS when the addressee has a mobile, else a call task,
 * else e-mail after all. Only channels the procedure itself uses are rotated to: a
 * procedure written for e-mail and SMS never turns into phone calls.
 */
export function rotatedChannel(
  history: readonly PastContact[],
  procedure: Pick<ProcedureVersion, 'rhythm' | 'steps'>,
  channel: Channel,
  addressee: SnapshotContact,
  today: IsoDate,
): Channel {
  if (channel !== 'email') return channel;
  const { rhythm } = procedure;
  const usesChannel = (wanted: Channel) => procedure.steps.some((s) => s.channel === wanted);
  const recent = pastContacts(history, today).slice(-rhythm.rotateAfterUnansweredEmails);
  const unansweredEmails =
    recent.length === rhythm.rotateAfterUnansweredEmails && recent.every((c) => c.channel === 'email' && !c.answered);
  if (!unansweredEmails) return 'email';
  if (usesChannel('sms') && mayContact(addressee, 'sms')) return 'sms';
  if (usesChannel('call') && mayContact(addressee, 'call')) return 'call';
  return 'email';
}
