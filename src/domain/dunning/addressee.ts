// Who is spoken to: while monitoring, the person officially responsible for payments;
// in collection, the person actually responsible; never the operational buyer unless
// a step names that role on purpose — that relationship is the one to protect (seed 003).
import type { AddresseeRole, Channel } from './procedure';
import type { SnapshotContact } from './snapshot';

export type AddresseeFound = { found: true; contact: SnapshotContact; role: AddresseeRole };
export type AddresseeMissing = { found: false; reason: 'optedOut' | 'noReachableContact' };

/** True when the contact has the means for the channel: an e-mail, a mobile, a phone, a postal address. */
export function canReach(contact: SnapshotContact, channel: Channel): boolean {
  switch (channel) {
    case 'email':
      return contact.hasEmail;
    case 'sms':
      return contact.hasMobile;
    case 'call':
      return contact.hasPhone || contact.hasMobile;
    case 'letter':
      return contact.hasPostalAddress;
    case 'internalTask':
      return false;
  }
}

/** Reachable on the channel and not opted out of it. */
export function mayContact(contact: SnapshotContact, channel: Channel): boolean {
  return canReach(contact, channel) && !contact.optedOutChannels.includes(channel);
}

const isBuyer = (contact: SnapshotContact) => contact.roles.includes('operational_buyer');

/**
 * The first contact along the step's roles that may be contacted on the channel;
 * within a role, people who are not also the operational buyer come first. Missing:
 * 'optedOut' when somebody was reachable but opted out of the channel.
 */
export function findAddressee(
  contacts: readonly SnapshotContact[],
  roles: readonly AddresseeRole[],
  channel: Channel,
): AddresseeFound | AddresseeMissing {
  const explicitBuyer = roles.length === 1 && roles[0] === 'operational_buyer';
  let optedOut = false;
  const buyersLast = contacts.some(isBuyer) ? [...contacts].sort((a, b) => Number(isBuyer(a)) - Number(isBuyer(b))) : contacts;
  for (const role of roles) {
    if (role === 'operational_buyer' && !explicitBuyer) continue;
    for (const contact of buyersLast) {
      if (!contact.roles.includes(role)) continue;
      if (!canReach(contact, channel)) continue;
      if (contact.optedOutChannels.includes(channel)) {
        optedOut = true;
        continue;
      }
      return { found: true, contact, role };
    }
  }
  return { found: false, reason: optedOut ? 'optedOut' : 'noReachableContact' };
}

/** True when some contact holds the payables role: otherwise someone should find one. */
export function hasPayablesContact(contacts: readonly SnapshotContact[]): boolean {
  return contacts.some((c) => c.roles.includes('payables'));
}
