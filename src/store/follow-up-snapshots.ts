// Everything the follow-up engine needs about a batch of customers, read with a
// handful of set-based queries (one per kind of fact, `customer_id = any($ids)`), never
// one query per customer: the daily run reads a million invoices this way.
//
// The snapshot is the customer as it stood at the start of `date`: actions and ladder
// steps recorded on that day or later are left out, so a rerun of the same day (or one
// after a crash) decides exactly what the first run decided and finds it stored.
import { addDays, dateInZone, type IsoDate } from '../domain/dates';
import type { AddresseeRole, Channel } from '../domain/dunning/procedure';
import type {
  CustomerSnapshot,
  PastContact,
  SnapshotContact,
  SnapshotInvoice,
  SnapshotPlan,
  SnapshotPromise,
} from '../domain/dunning/snapshot';
import type { StoredSteps } from './follow-up-actions';
import { queryRows, sql, uuidArray, type Db, type SQL } from './database';
import { loadLadders, type CustomerLadder } from './follow-up-ladders';
import { unsettledStatuses } from './customers';

/** What routing needs beyond the snapshot; amounts in the organization's base currency. */
export type RoutingInputs = {
  manualProcedureKey: string | null;
  segment: string | null;
  tags: string[];
  /** Issue date of the customer's first invoice, paid or not. */
  firstInvoiceOn: IsoDate | null;
  /** Invoiced in the base currency over the twelve months up to the day loaded. */
  revenue12mMinor: number;
  /** Promises broken within the last twelve months. */
  brokenPromises: number;
};

export type LoadedCustomer = {
  snapshot: CustomerSnapshot;
  routing: RoutingInputs;
  /** Keys of contacts already stored for the day loaded: an earlier run of the same day made them. */
  contactKeysOnDate: string[];
  /** Outbox keys of every action already stored for the day loaded, whatever its kind or status. */
  actionKeysOnDate: string[];
  /** Ladder steps already recorded on or after the day loaded, as `ladderStepId` gives them. */
  stepsRecordedOnDate: string[];
  /** The customer's stored ladders, one per procedure it has been on, as they are now. */
  ladders: CustomerLadder[];
  /** Keys of the collector's once-per-situation tasks already stored (e.g. "find a payables contact"). */
  storedTaskKeys: string[];
};

export type OrganizationDefaults = { baseCurrency: string; timeZone: string; defaultLanguage: string };

// The rhythm looks back a week and a few contacts, and a ladder's steps are weeks apart;
// older contacts only fix the ladder position, which follow_up_ladders holds.
const historyWindowDays = 120;
// A broken promise marks a customer as unreliable for a year, then it is forgiven.
const brokenPromiseMemoryDays = 365;

const ids = uuidArray;

/** The unsettled statuses as an SQL list, for `status in (…)`. */
const unsettledStatusList = () => sql.join(unsettledStatuses.map((s) => sql`${s}`), sql`, `);

/**
 * The next customers (by id, after `afterId`) that have something unsettled: keyset
 * pagination for the run. Walking customers and asking whether each has an unsettled
 * invoice stops at the first one found, in the index of unsettled invoices alone;
 * walking invoices read every one of them.
 */
export async function pageCustomersWithUnsettledInvoices(
  db: Db,
  orgId: string,
  afterId: string | null,
  limit: number,
): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(db, customersWithUnsettledInvoicesPage(orgId, afterId, limit));
  return rows.map((row) => row.id);
}

/** The statement of pageCustomersWithUnsettledInvoices. */
export function customersWithUnsettledInvoicesPage(orgId: string, afterId: string | null, limit: number): SQL {
  return sql`select c.id
               from customers c
              where c.org_id = ${orgId}
                ${afterId ? sql`and c.id > ${afterId}::uuid` : sql``}
                and exists (select 1 from invoices i
                             where i.org_id = c.org_id and i.customer_id = c.id
                               and i.status in (${unsettledStatusList()}))
              order by c.id
              limit ${limit}`;
}

type CustomerRow = {
  id: string;
  country: string;
  language: string | null;
  time_zone: string | null;
  segment: string | null;
  tags: string[];
  credit_hold: boolean;
  do_not_contact: boolean;
  procedure_key: string | null;
};

// An unsettled invoice as the ledger query sends it: a JSON array per invoice, not a
// row, so a batch's ten thousand invoices arrive as a thousand rows of parsed JSON.
type OpenInvoiceTuple = [id: string, dueDate: string, currency: string, openAmountMinor: number];

type LedgerRow = {
  customer_id: string;
  first_invoice_on: string;
  revenue_minor: number;
  open_invoices: OpenInvoiceTuple[];
};

/** Snapshots and routing inputs of the given customers (of one organization) as they stood at the start of `date`. */
export async function loadFollowUpSnapshots(
  db: Db,
  orgId: string,
  customerIds: readonly string[],
  date: IsoDate,
  org: OrganizationDefaults,
): Promise<LoadedCustomer[]> {
  if (customerIds.length === 0) return [];
  const batch = ids(customerIds);
  // The bounds change nothing but the plan: a thousand ids in a list alone looked to
  // the planner like a reason to read the whole table (19 ms a batch at 100k customers,
  // 5 ms along the index). Canonical uuids in lower case compare as the database compares them.
  let first = customerIds[0]!.toLowerCase();
  let last = first;
  for (const id of customerIds) {
    const lower = id.toLowerCase();
    if (lower < first) first = lower;
    else if (lower > last) last = lower;
  }
  const customers = await queryRows<CustomerRow>(
    db,
    sql`select id, country, language, time_zone, segment, tags, credit_hold, do_not_contact, procedure_key
          from customers
         where org_id = ${orgId} and id = any(${batch}) and id between ${first}::uuid and ${last}::uuid
         order by id`,
  );
  const ledger = await loadLedger(db, orgId, batch, date, org.baseCurrency);
  // One after another: inside the run's transaction they share one connection anyway.
  const contacts = await loadContacts(db, orgId, batch);
  const marks = await loadInvoiceMarks(db, orgId, batch, date);
  const promises = await loadPromises(db, orgId, batch, date);
  const plans = await loadPlans(db, orgId, batch);
  const history = await loadActions(db, orgId, batch, date);
  const ladders = await loadLadders(db, orgId, customerIds);
  const inbound = await loadLastInbound(db, orgId, batch);
  const tasks = await loadOnceTaskKeys(db, orgId, batch);

  const group = <T extends { customer_id: string }>(rows: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const list = map.get(row.customer_id);
      if (list) list.push(row);
      else map.set(row.customer_id, [row]);
    }
    return map;
  };
  const contactsBy = group(contacts);
  const promisesBy = group(promises);
  const plansBy = group(plans);
  const actionsBy = group(history);
  const laddersBy = new Map<string, CustomerLadder[]>();
  for (const ladder of ladders) laddersBy.set(ladder.customerId, [...(laddersBy.get(ladder.customerId) ?? []), ladder]);
  const inboundBy = new Map(inbound.map((r) => [r.customer_id, r.last_inbound_ms]));
  const ledgerBy = new Map(ledger.map((r) => [r.customer_id, r]));
  const tasksBy = group(tasks);

  return customers.map((c) => {
    const timeZone = c.time_zone ?? org.timeZone;
    const lastInboundMs = inboundBy.get(c.id) ?? null;
    const actions = actionsBy.get(c.id) ?? [];
    const past = pastContacts(actions.filter((a) => a.status !== 'cancelled'), lastInboundMs, date);
    const ledgerRow = ledgerBy.get(c.id);
    const openInvoices: SnapshotInvoice[] = (ledgerRow?.open_invoices ?? []).map(([id, dueDate, currency, openAmountMinor]) => ({
      id,
      dueDate,
      currency,
      openAmountMinor,
      disputed: marks.disputed.has(id),
      snoozedUntil: marks.invoiceSnoozes.get(id) ?? null,
    }));
    const customerPromises = promisesBy.get(c.id) ?? [];
    const customerLadders = laddersBy.get(c.id) ?? [];
    const positions = ladderPositions(customerLadders, past.carried, date);
    // A credit hold set by today's own run is not part of the morning's state.
    const holdSetOnDate = actions.some((a) => a.kind === 'holdCredit' && a.planned_for >= date && a.status !== 'cancelled');
    const snapshot: CustomerSnapshot = {
      customer: {
        id: c.id,
        country: c.country,
        timeZone,
        language: c.language ?? org.defaultLanguage,
        doNotContact: c.do_not_contact,
        creditHold: c.credit_hold && !holdSetOnDate,
        snoozedUntil: marks.customerSnoozes.get(c.id) ?? null,
      },
      contacts: (contactsBy.get(c.id) ?? []).map(toSnapshotContact),
      openInvoices,
      promises: customerPromises.filter((p) => p.status === 'open' || p.status === 'broken').map(toSnapshotPromise),
      plans: (plansBy.get(c.id) ?? []).map((p) => p.plan),
      history: past.history,
      skippedSteps: positions.passed,
      lastInboundOn: lastInboundMs === null ? null : dateInZone(new Date(lastInboundMs), timeZone),
    };
    return {
      snapshot,
      routing: {
        manualProcedureKey: c.procedure_key,
        segment: c.segment,
        tags: c.tags,
        firstInvoiceOn: ledgerRow?.first_invoice_on ?? null,
        revenue12mMinor: ledgerRow?.revenue_minor ?? 0,
        brokenPromises: customerPromises.filter((p) => p.status === 'broken').length,
      },
      contactKeysOnDate: actions
        .filter((a) => a.planned_for === date && a.status !== 'cancelled' && (a.kind === 'sendMessage' || a.kind === 'createCallTask'))
        .map((a) => a.key),
      actionKeysOnDate: actions.filter((a) => a.planned_for === date).map((a) => a.key),
      stepsRecordedOnDate: positions.recordedOnDate,
      ladders: customerLadders,
      storedTaskKeys: (tasksBy.get(c.id) ?? []).map((t) => t.key),
    };
  });
}

/** The reachability of the given customers' contacts, per customer. */
export async function loadSnapshotContacts(db: Db, orgId: string, customerIds: readonly string[]): Promise<Map<string, SnapshotContact[]>> {
  const map = new Map<string, SnapshotContact[]>();
  if (customerIds.length === 0) return map;
  for (const row of await loadContacts(db, orgId, ids(customerIds))) {
    map.set(row.customer_id, [...(map.get(row.customer_id) ?? []), toSnapshotContact(row)]);
  }
  return map;
}

type ContactRow = {
  customer_id: string;
  id: string;
  name: string;
  roles: string[];
  has_email: boolean;
  has_mobile: boolean;
  has_phone: boolean;
  has_address: boolean;
  opted_out_channels: string[];
};

// Containment and a walk over the array, not JSON paths: the path engine took half of
// this query's time, which the daily run pays for two contacts a customer.
function loadContacts(db: Db, orgId: string, batch: ReturnType<typeof ids>) {
  return queryRows<ContactRow>(
    db,
    sql`select customer_id, id, name, roles, opted_out_channels,
               jsonb_array_length(emails) > 0 as has_email,
               phones @> '[{"kind": "mobile"}]' as has_mobile,
               exists (select from jsonb_array_elements(phones) as phone where phone->>'kind' <> 'mobile') as has_phone,
               jsonb_array_length(addresses) > 0 as has_address
          from contacts where org_id = ${orgId} and customer_id = any(${batch})
         order by customer_id, created_at, id`,
  );
}

// The contact form says "phone"; the engine's channel for a phone is a call.
const channelOfContactForm: Record<string, Channel> = { email: 'email', sms: 'sms', phone: 'call', letter: 'letter' };

function toSnapshotContact(row: ContactRow): SnapshotContact {
  return {
    id: row.id,
    name: row.name,
    roles: row.roles as AddresseeRole[],
    hasEmail: row.has_email,
    hasMobile: row.has_mobile,
    hasPhone: row.has_phone,
    hasPostalAddress: row.has_address,
    optedOutChannels: row.opted_out_channels.map((c) => channelOfContactForm[c]).filter((c): c is Channel => c !== undefined),
  };
}

async function loadInvoiceMarks(db: Db, orgId: string, batch: ReturnType<typeof ids>, date: IsoDate) {
  const disputes = await queryRows<{ invoice_id: string }>(
    db,
    sql`select distinct invoice_id from disputes
         where org_id = ${orgId} and customer_id = any(${batch}) and status = 'open'`,
  );
  const snoozes = await queryRows<{ customer_id: string; invoice_id: string | null; until: string }>(
    db,
    sql`select customer_id, invoice_id, max(until) as until from snoozes
         where org_id = ${orgId} and customer_id = any(${batch}) and ended_at is null and until >= ${date}::date
         group by customer_id, invoice_id`,
  );
  const invoiceSnoozes = new Map<string, IsoDate>();
  const customerSnoozes = new Map<string, IsoDate>();
  for (const s of snoozes) {
    if (s.invoice_id === null) customerSnoozes.set(s.customer_id, s.until);
    else invoiceSnoozes.set(s.invoice_id, s.until);
  }
  return { disputed: new Set(disputes.map((d) => d.invoice_id)), invoiceSnoozes, customerSnoozes };
}

type PromiseRow = {
  customer_id: string;
  id: string;
  invoice_ids: string[];
  promised_date: string;
  amount_minor: number;
  currency: string;
  status: 'open' | 'kept' | 'partlyKept' | 'broken' | 'cancelled';
  resolved_on: string | null;
};

function loadPromises(db: Db, orgId: string, batch: ReturnType<typeof ids>, date: IsoDate) {
  return queryRows<PromiseRow>(
    db,
    sql`select customer_id, id, invoice_ids, promised_date, amount_minor, currency, status, resolved_on
          from promises_to_pay
         where org_id = ${orgId} and customer_id = any(${batch})
           and (status = 'open'
                or (status = 'broken' and coalesce(resolved_on, promised_date) >= ${addDays(date, -brokenPromiseMemoryDays)}::date))
         order by promised_date, id`,
  );
}

function toSnapshotPromise(row: PromiseRow): SnapshotPromise {
  return {
    id: row.id,
    invoiceIds: row.invoice_ids,
    promisedDate: row.promised_date,
    amountMinor: row.amount_minor,
    currency: row.currency,
    status: row.status === 'broken' ? 'broken' : 'open',
    brokenOn: row.status === 'broken' ? row.resolved_on : null,
  };
}

type PlanInstalmentRow = {
  customer_id: string;
  plan_id: string;
  invoice_ids: string[];
  currency: string;
  status: SnapshotPlan['status'];
  due_date: string;
  amount_minor: number;
  paid_minor: number;
};

async function loadPlans(db: Db, orgId: string, batch: ReturnType<typeof ids>) {
  const rows = await queryRows<PlanInstalmentRow>(
    db,
    sql`select p.customer_id, p.id as plan_id, p.invoice_ids, p.currency, p.status, i.due_date, i.amount_minor, i.paid_minor
          from payment_plans p
          join plan_instalments i on i.org_id = p.org_id and i.plan_id = p.id
         where p.org_id = ${orgId} and p.customer_id = any(${batch}) and p.status in ('active', 'defaulted')
         order by p.id, i.sequence`,
  );
  const plans = new Map<string, { customer_id: string; plan: SnapshotPlan }>();
  for (const row of rows) {
    let entry = plans.get(row.plan_id);
    if (!entry) {
      entry = { customer_id: row.customer_id, plan: { id: row.plan_id, invoiceIds: row.invoice_ids, status: row.status, instalments: [] } };
      plans.set(row.plan_id, entry);
    }
    entry.plan.instalments.push({ dueDate: row.due_date, amountMinor: row.amount_minor, paidMinor: row.paid_minor, currency: row.currency });
  }
  return [...plans.values()];
}

type ActionRow = {
  customer_id: string;
  key: string;
  kind: string;
  status: string;
  channel: string | null;
  planned_for: string;
  procedure_key: string;
  steps: StoredSteps | null;
  reason: string | null;
  completed_ms: number | null;
};

function loadActions(db: Db, orgId: string, batch: ReturnType<typeof ids>, date: IsoDate) {
  return queryRows<ActionRow>(
    db,
    sql`select customer_id, key, kind, status, channel, planned_for, procedure_key,
               case when planned_for < ${date}::date then action->'steps' end as steps, action->>'reason' as reason,
               (extract(epoch from completed_at) * 1000)::bigint as completed_ms
          from follow_up_actions
         where org_id = ${orgId} and customer_id = any(${batch})
           and planned_for >= ${addDays(date, -historyWindowDays)}::date and planned_for <= ${date}::date
           and (planned_for = ${date}::date or kind in ('sendMessage', 'createCallTask', 'createInternalTask', 'holdCredit'))
         order by planned_for, key`,
  );
}

function loadOnceTaskKeys(db: Db, orgId: string, batch: ReturnType<typeof ids>) {
  return queryRows<{ customer_id: string; key: string }>(
    db,
    sql`select customer_id, key from follow_up_actions
         where org_id = ${orgId} and customer_id = any(${batch})
           and kind = 'createInternalTask' and action->>'reason' <> 'stepTask'`,
  );
}

// A transfer arriving is no answer: only the customer speaking (a reply, a call, the
// portal, a dispute or a promise) counts as getting in touch.
function loadLastInbound(db: Db, orgId: string, batch: ReturnType<typeof ids>) {
  return queryRows<{ customer_id: string; last_inbound_ms: number }>(
    db,
    sql`select customer_id, (extract(epoch from max(occurred_at)) * 1000)::bigint as last_inbound_ms
          from activities
         where org_id = ${orgId} and customer_id = any(${batch}) and direction = 'inbound'
           and type not in ('payment', 'import', 'system')
         group by customer_id`,
  );
}

/**
 * Per customer, in one pass over its invoices: the unsettled ones (by due date and
 * number) and the routing totals, which count every invoice, paid or not. The engine
 * needs no more of an invoice than the tuple holds, and every field costs: building
 * the tuples is most of the query's time. Sorting in the aggregate is a fifth of it,
 * about 5 ms a batch; sorting in this process instead cost as much (3.4–4 µs a customer).
 */
function loadLedger(db: Db, orgId: string, batch: ReturnType<typeof ids>, date: IsoDate, baseCurrency: string) {
  return queryRows<LedgerRow>(
    db,
    sql`select customer_id, min(issue_date) as first_invoice_on,
               coalesce(sum(gross_total_minor) filter (
                 where currency = ${baseCurrency} and issue_date > ${addDays(date, -365)}::date and issue_date <= ${date}::date
               ), 0)::bigint as revenue_minor,
               coalesce(json_agg(json_build_array(id, due_date, currency, open_amount_minor) order by due_date, number)
                          filter (where status in (${unsettledStatusList()})), '[]') as open_invoices
          from invoices
         where org_id = ${orgId} and customer_id = any(${batch})
         group by customer_id`,
  );
}

/** Contacts and step tasks before `date`, as the rhythm and the ladder read them. */
function pastContacts(actions: readonly ActionRow[], lastInboundMs: number | null, date: IsoDate) {
  const history: PastContact[] = [];
  const carried = new Set<string>();
  for (const a of actions) {
    if (a.planned_for >= date) continue;
    const isContact = a.kind === 'sendMessage' || a.kind === 'createCallTask';
    const isStepTask = a.kind === 'createInternalTask' && a.reason === 'stepTask';
    if (!isContact && !isStepTask) continue;
    const steps: PastContact['steps'] = [];
    for (const [stepKey, invoiceIds] of a.steps ?? []) {
      for (const invoiceId of invoiceIds) {
        steps.push({ invoiceId, procedureKey: a.procedure_key, stepKey });
        carried.add(ladderStepId(invoiceId, a.procedure_key, stepKey));
      }
    }
    // Answered when the customer got in touch after it went out (or after its day, while unsent).
    const answered =
      lastInboundMs !== null &&
      (a.completed_ms !== null ? lastInboundMs >= a.completed_ms : new Date(lastInboundMs).toISOString().slice(0, 10) >= a.planned_for);
    history.push({ date: a.planned_for, channel: isContact ? ((a.channel ?? 'email') as Channel) : 'internalTask', steps, answered });
  }
  return { history, carried };
}

/** One invoice's step under one procedure, as a string for sets: "invoice|procedure|step". */
export const ladderStepId = (invoiceId: string, procedureKey: string, stepKey: string) => `${invoiceId}|${procedureKey}|${stepKey}`;

/**
 * The ladder steps as the engine reads them. Steps done by contacts older than the
 * history window (or cancelled) and steps passed over both hold the invoice's ladder
 * position: the engine reads them as passed steps (`passed`). Steps recorded on the day
 * loaded or later are not the morning's state; they tell a rerun what the day already
 * recorded (`recordedOnDate`).
 */
function ladderPositions(ladders: readonly CustomerLadder[], carried: ReadonlySet<string>, date: IsoDate) {
  const passed: NonNullable<CustomerSnapshot['skippedSteps']> = [];
  const recordedOnDate: string[] = [];
  for (const { procedureKey, groups } of ladders) {
    for (const { onDate, stepKey, invoiceIds } of groups) {
      for (const invoiceId of invoiceIds) {
        const id = ladderStepId(invoiceId, procedureKey, stepKey);
        if (onDate >= date) recordedOnDate.push(id);
        else if (!carried.has(id)) passed.push({ date: onDate, invoiceId, procedureKey, stepKey });
      }
    }
  }
  return { passed, recordedOnDate };
}

/** How many customers have something unsettled: the run's total, for progress bars. */
export async function countCustomersWithUnsettledInvoices(db: Db, orgId: string): Promise<number> {
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`select count(distinct customer_id)::int as count from invoices
         where org_id = ${orgId} and status in (${unsettledStatusList()})`,
  );
  return row?.count ?? 0;
}
