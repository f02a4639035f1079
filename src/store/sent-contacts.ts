// What really reached the customer, as the rhythm rules count it at send time: the
// outbound entries of the timeline (messages the sender sent, calls and meetings a
// collector logged, e-mails written by hand), not the outbox's plans.
import { addDays, dateInZone, type IsoDate } from '../domain/dates';
import type { Channel } from '../domain/dunning/procedure';
import type { PastContact } from '../domain/dunning/snapshot';
import { queryRows, sql, type Db } from './database';

// The rhythm looks back a week and at the last few contacts.
const lookBackDays = 35;

const channelOfActivity: Record<string, Channel> = { email: 'email', sms: 'sms', call: 'call', meeting: 'call', letter: 'letter' };

/** The customer's outbound contacts of the last weeks, oldest first, each answered when the customer spoke after it. */
export async function loadSentContacts(db: Db, orgId: string, customerId: string, today: IsoDate, timeZone: string): Promise<PastContact[]> {
  const rows = await queryRows<{ type: string; direction: string; occurred_ms: number }>(
    db,
    sql`select type, direction, (extract(epoch from occurred_at) * 1000)::bigint as occurred_ms
          from activities
         where org_id = ${orgId} and customer_id = ${customerId}::uuid
           and occurred_at >= ${addDays(today, -lookBackDays)}::date
           and ((direction = 'outbound' and type in ('email', 'sms', 'call', 'meeting', 'letter'))
                or (direction = 'inbound' and type not in ('payment', 'import', 'system')))
         order by occurred_at`,
  );
  const lastInboundMs = rows.filter((r) => r.direction === 'inbound').reduce((latest, r) => Math.max(latest, Number(r.occurred_ms)), -Infinity);
  return rows
    .filter((r) => r.direction === 'outbound')
    .map((r) => ({
      date: dateInZone(new Date(Number(r.occurred_ms)), timeZone),
      channel: channelOfActivity[r.type]!,
      steps: [],
      answered: lastInboundMs >= Number(r.occurred_ms),
    }));
}
