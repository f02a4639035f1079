// The one schema of Duly, for PGlite and PostgreSQL alike.
// Every business row carries org_id, and org_id leads every index, so a query is
// always scoped to one organization and the tables can be distributed by tenant.
// Money is bigint minor units beside an ISO 4217 code; calendar dates are `date`.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  foreignKey,
  date,
  index,
  integer,
  json,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';

const id = () => uuid('id').primaryKey().defaultRandom();
const orgId = () =>
  uuid('org_id')
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' });
const minor = (name: string) => bigint(name, { mode: 'number' });
const calendarDate = (name: string) => date(name, { mode: 'string' });
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const createdAt = () => instant('created_at').notNull().defaultNow();
const updatedAt = () => instant('updated_at').notNull().defaultNow();

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

export const organizations = pgTable('organizations', {
  id: id(),
  slug: text('slug').notNull().unique(),
  legalName: text('legal_name').notNull(),
  taxId: text('tax_id'),
  country: text('country').notNull(),
  baseCurrency: text('base_currency').notNull(),
  defaultLanguage: text('default_language').notNull().default('pl'),
  timeZone: text('time_zone').notNull().default('Europe/Warsaw'),
  createdAt: createdAt(),
});

export const bankAccounts = pgTable(
  'bank_accounts',
  {
    id: id(),
    orgId: orgId(),
    iban: text('iban').notNull(),
    currency: text('currency').notNull(),
    bankName: text('bank_name'),
    isDefault: boolean('is_default').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('bank_accounts_org_iban').on(t.orgId, t.iban)],
);

// A user is a person who may work for several organizations: the identity is global,
// what it may do lives in memberships, which belong to an organization.
export const users = pgTable('users', {
  id: id(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  language: text('language').notNull().default('pl'),
  createdAt: createdAt(),
});

export const memberships = pgTable(
  'memberships',
  {
    orgId: orgId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['admin', 'collector', 'account_owner', 'viewer'] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.userId] }), index('memberships_user').on(t.userId)],
);

// Browser sessions: the token itself is never stored, only its SHA-256.
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: instant('expires_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

// Bearer tokens for integrations act for one organization with one role.
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    orgId: orgId(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    role: text('role', { enum: ['admin', 'collector', 'account_owner', 'viewer'] }).notNull(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    lastUsedAt: instant('last_used_at'),
    revokedAt: instant('revoked_at'),
    createdAt: createdAt(),
  },
  (t) => [index('api_tokens_org').on(t.orgId)],
);

export const customers = pgTable(
  'customers',
  {
    id: id(),
    orgId: orgId(),
    externalId: text('external_id'),
    name: text('name').notNull(),
    taxId: text('tax_id'), // NIP for Polish customers, digits only
    vatId: text('vat_id'), // EU VAT id with country prefix, e.g. DE123456789
    otherTaxId: text('other_tax_id'),
    country: text('country').notNull(),
    language: text('language'),
    timeZone: text('time_zone'),
    segment: text('segment'),
    paymentTermsDays: integer('payment_terms_days'),
    creditLimitMinor: minor('credit_limit_minor'),
    creditLimitCurrency: text('credit_limit_currency'),
    accountOwnerUserId: uuid('account_owner_user_id').references(() => users.id, { onDelete: 'set null' }),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    notes: text('notes'),
    creditHold: boolean('credit_hold').notNull().default(false),
    doNotContact: boolean('do_not_contact').notNull().default(false),
    /** A procedure chosen by hand for this customer; it wins over every routing rule. */
    procedureKey: text('procedure_key'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('customers_org_external').on(t.orgId, t.externalId),
    index('customers_org_tax').on(t.orgId, t.taxId),
    index('customers_org_vat').on(t.orgId, t.vatId),
    index('customers_org_name').on(t.orgId, t.name),
    index('customers_org_segment').on(t.orgId, t.segment),
    // An organization's customers in id order: the daily run pages through them. Unique
    // (as ids are) so the run's own tables can refer to a customer by (org_id, id).
    uniqueIndex('customers_org_id').on(t.orgId, t.id),
  ],
);

export type EmailAddress = { address: string; label?: string };
export type PhoneNumber = { number: string; kind: 'work' | 'mobile' | 'home' | 'other' };
export type PostalAddress = {
  label?: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
};

export const contacts = pgTable(
  'contacts',
  {
    id: id(),
    orgId: orgId(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    externalId: text('external_id'),
    kind: text('kind', { enum: ['person', 'function'] }).notNull().default('person'),
    name: text('name').notNull(),
    jobTitle: text('job_title'),
    roles: text('roles').array().notNull().default(sql`'{}'::text[]`),
    emails: jsonb('emails').$type<EmailAddress[]>().notNull().default([]),
    phones: jsonb('phones').$type<PhoneNumber[]>().notNull().default([]),
    addresses: jsonb('addresses').$type<PostalAddress[]>().notNull().default([]),
    preferredChannel: text('preferred_channel', { enum: ['email', 'sms', 'phone', 'letter'] }),
    optedOutChannels: text('opted_out_channels').array().notNull().default(sql`'{}'::text[]`),
    notes: text('notes'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('contacts_org_customer').on(t.orgId, t.customerId),
    uniqueIndex('contacts_org_external').on(t.orgId, t.externalId),
  ],
);

export const invoices = pgTable(
  'invoices',
  {
    id: id(),
    orgId: orgId(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    number: text('number').notNull(),
    externalId: text('external_id'),
    issueDate: calendarDate('issue_date').notNull(),
    dueDate: calendarDate('due_date').notNull(),
    currency: text('currency').notNull(),
    grossTotalMinor: minor('gross_total_minor').notNull(),
    // Kept equal to gross total minus allocations by the store, in the same
    // transaction as every allocation change; never written from outside it.
    openAmountMinor: minor('open_amount_minor').notNull(),
    status: text('status', { enum: ['open', 'partially_paid', 'paid', 'credited', 'written_off'] })
      .notNull()
      .default('open'),
    writtenOffAt: instant('written_off_at'),
    source: text('source', { enum: ['manual', 'file', 'api', 'einvoice'] }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('invoices_org_number').on(t.orgId, t.number),
    index('invoices_org_customer').on(t.orgId, t.customerId),
    // Whether a customer has anything unsettled, answered from the index alone: the daily
    // run asks it of every customer, and walking a customer's invoices in the index above
    // read every paid one from the table until an unsettled one came up.
    index('invoices_org_customer_unsettled')
      .on(t.orgId, t.customerId)
      .where(sql`${t.status} in ('open', 'partially_paid')`),
    index('invoices_org_status_due').on(t.orgId, t.status, t.dueDate),
    check('invoices_gross_positive', sql`${t.grossTotalMinor} > 0`),
  ],
);

export const creditNotes = pgTable(
  'credit_notes',
  {
    id: id(),
    orgId: orgId(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    number: text('number').notNull(),
    issueDate: calendarDate('issue_date').notNull(),
    currency: text('currency').notNull(),
    totalMinor: minor('total_minor').notNull(),
    invoiceId: uuid('invoice_id').references(() => invoices.id, { onDelete: 'set null' }),
    reason: text('reason'),
    source: text('source', { enum: ['manual', 'file', 'api', 'einvoice'] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('credit_notes_org_number').on(t.orgId, t.number),
    index('credit_notes_org_customer').on(t.orgId, t.customerId),
    check('credit_notes_total_positive', sql`${t.totalMinor} > 0`),
  ],
);

export const payments = pgTable(
  'payments',
  {
    id: id(),
    orgId: orgId(),
    customerId: uuid('customer_id').references(() => customers.id, { onDelete: 'restrict' }),
    // What makes a re-imported payment recognisable: the bank's id, or a hash of
    // date, amount, account and title when the file has none.
    fingerprint: text('fingerprint').notNull(),
    externalId: text('external_id'),
    paymentDate: calendarDate('payment_date').notNull(),
    amountMinor: minor('amount_minor').notNull(),
    currency: text('currency').notNull(),
    payerName: text('payer_name'),
    payerAccount: text('payer_account'),
    transferTitle: text('transfer_title'),
    unallocatedMinor: minor('unallocated_minor').notNull(),
    source: text('source', { enum: ['manual', 'file', 'api', 'statement'] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('payments_org_fingerprint').on(t.orgId, t.fingerprint),
    index('payments_org_customer').on(t.orgId, t.customerId),
    index('payments_org_date').on(t.orgId, t.paymentDate),
    check('payments_amount_positive', sql`${t.amountMinor} > 0`),
  ],
);

export const allocations = pgTable(
  'allocations',
  {
    id: id(),
    orgId: orgId(),
    invoiceId: uuid('invoice_id')
      .notNull()
      .references(() => invoices.id, { onDelete: 'cascade' }),
    paymentId: uuid('payment_id').references(() => payments.id, { onDelete: 'cascade' }),
    creditNoteId: uuid('credit_note_id').references(() => creditNotes.id, { onDelete: 'cascade' }),
    amountMinor: minor('amount_minor').notNull(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('allocations_org_invoice').on(t.orgId, t.invoiceId),
    index('allocations_org_payment').on(t.orgId, t.paymentId),
    index('allocations_org_credit_note').on(t.orgId, t.creditNoteId),
    check('allocations_amount_positive', sql`${t.amountMinor} > 0`),
    check(
      'allocations_one_source',
      sql`(${t.paymentId} is null) <> (${t.creditNoteId} is null)`,
    ),
  ],
);

export const activityTypes = [
  'note',
  'call',
  'email',
  'sms',
  'letter',
  'meeting',
  'payment',
  'promise',
  'dispute',
  'import',
  'system',
] as const;
export type ActivityType = (typeof activityTypes)[number];

// The customer timeline. Append-only: a database trigger refuses UPDATE and DELETE.
export const activities = pgTable(
  'activities',
  {
    id: id(),
    orgId: orgId(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    occurredAt: instant('occurred_at').notNull().defaultNow(),
    type: text('type', { enum: activityTypes }).notNull(),
    channel: text('channel', { enum: ['email', 'sms', 'phone', 'letter', 'meeting', 'portal', 'system'] }),
    direction: text('direction', { enum: ['inbound', 'outbound', 'internal'] }).notNull().default('internal'),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    summary: text('summary').notNull(),
    body: text('body'),
    invoiceIds: uuid('invoice_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** The message exactly as it went out, for an outbound e-mail, SMS or letter. */
    sentMessageId: uuid('sent_message_id'),
    createdAt: createdAt(),
  },
  (t) => [index('activities_org_customer_time').on(t.orgId, t.customerId, t.occurredAt)],
);

export const attachments = pgTable(
  'attachments',
  {
    id: id(),
    orgId: orgId(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    invoiceId: uuid('invoice_id').references(() => invoices.id, { onDelete: 'set null' }),
    activityId: uuid('activity_id').references(() => activities.id, { onDelete: 'set null' }),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedByUserId: uuid('uploaded_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('attachments_org_customer').on(t.orgId, t.customerId)],
);

// One row per import run: what came in, and what it changed.
export const importRuns = pgTable(
  'import_runs',
  {
    id: id(),
    orgId: orgId(),
    kind: text('kind', { enum: ['customers', 'contacts', 'invoices', 'payments', 'einvoices', 'statements'] }).notNull(),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    rowsRead: integer('rows_read').notNull(),
    created: integer('created').notNull(),
    updated: integer('updated').notNull(),
    unchanged: integer('unchanged').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('import_runs_org_time').on(t.orgId, t.createdAt)],
);

// Bank statements as imported: the statement's header, and each of its lines with what
// matching made of it. A line is known again by its fingerprint, so a statement
// imported twice (or two statements that overlap) records each transfer once.
export const bankStatements = pgTable(
  'bank_statements',
  {
    id: id(),
    orgId: orgId(),
    importRunId: uuid('import_run_id').references(() => importRuns.id, { onDelete: 'set null' }),
    accountIban: text('account_iban'),
    accountNumber: text('account_number').notNull(),
    currency: text('currency').notNull(),
    statementId: text('statement_id').notNull(),
    sequence: text('sequence'),
    format: text('format', { enum: ['mt940', 'mt942', 'camt.053', 'csv'] }).notNull(),
    openingDate: calendarDate('opening_date'),
    openingBalanceMinor: minor('opening_balance_minor'),
    closingDate: calendarDate('closing_date'),
    closingBalanceMinor: minor('closing_balance_minor'),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('bank_statements_org_account').on(t.orgId, t.accountNumber, t.statementId)],
);

export const statementLineStatuses = ['matched', 'review', 'unmatched', 'debit'] as const;
export type StatementLineStatus = (typeof statementLineStatuses)[number];

export const bankStatementLines = pgTable(
  'bank_statement_lines',
  {
    id: id(),
    orgId: orgId(),
    statementId: uuid('statement_id')
      .notNull()
      .references(() => bankStatements.id, { onDelete: 'cascade' }),
    lineIndex: integer('line_index').notNull(),
    bookingDate: calendarDate('booking_date').notNull(),
    valueDate: calendarDate('value_date').notNull(),
    amountMinor: minor('amount_minor').notNull(),
    currency: text('currency').notNull(),
    direction: text('direction', { enum: ['credit', 'debit'] }).notNull(),
    counterpartyName: text('counterparty_name'),
    counterpartyAccount: text('counterparty_account'),
    title: text('title').notNull(),
    creditorReference: text('creditor_reference'),
    endToEndId: text('end_to_end_id'),
    bankReference: text('bank_reference'),
    rawText: text('raw_text').notNull(),
    /** Account, booking date, amount, side and the bank's reference (or the title): the same transfer in any file. */
    fingerprint: text('fingerprint').notNull(),
    status: text('status', { enum: statementLineStatuses }).notNull(),
    paymentId: uuid('payment_id').references(() => payments.id, { onDelete: 'set null' }),
    /** The matcher's MatchDecision (src/domain/matching/types.ts) as decided at import, for the review queue. */
    proposals: jsonb('proposals'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('bank_statement_lines_org_fingerprint').on(t.orgId, t.fingerprint),
    index('bank_statement_lines_org_status').on(t.orgId, t.status, t.bookingDate),
    index('bank_statement_lines_org_statement').on(t.orgId, t.statementId, t.lineIndex),
    check('bank_statement_lines_amount_not_negative', sql`${t.amountMinor} >= 0`),
  ],
);

// ── Follow-up: procedures, routing, promises, plans, disputes, snoozes, outbox ──────

export const procedures = pgTable(
  'procedures',
  {
    id: id(),
    orgId: orgId(),
    key: text('key').notNull(),
    archivedAt: instant('archived_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('procedures_org_key').on(t.orgId, t.key)],
);

// Versions are never changed once written: an edit is a new version with the day it
// takes effect, so every action can name the exact steps that produced it.
export const procedureVersions = pgTable(
  'procedure_versions',
  {
    id: id(),
    orgId: orgId(),
    procedureKey: text('procedure_key').notNull(),
    version: integer('version').notNull(),
    effectiveFrom: calendarDate('effective_from').notNull(),
    /** The whole ProcedureVersion of src/domain/dunning/procedure.ts, as written. */
    definition: jsonb('definition').notNull(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('procedure_versions_org_key_version').on(t.orgId, t.procedureKey, t.version)],
);

export const routingRules = pgTable(
  'routing_rules',
  {
    id: id(),
    orgId: orgId(),
    priority: integer('priority').notNull(),
    name: text('name').notNull(),
    procedureKey: text('procedure_key').notNull(),
    /** The RoutingRule criteria of src/domain/routing.ts. */
    criteria: jsonb('criteria').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index('routing_rules_org_priority').on(t.orgId, t.priority)],
);

export const promisesToPay = pgTable(
  'promises_to_pay',
  {
    id: id(),
    orgId: orgId(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    /** Empty: the promise covers all the customer's open invoices in its currency. */
    invoiceIds: uuid('invoice_ids').array().notNull().default(sql`'{}'::uuid[]`),
    promisedDate: calendarDate('promised_date').notNull(),
    amountMinor: minor('amount_minor').notNull(),
    currency: text('currency').notNull(),
    graceDays: integer('grace_days').notNull(),
    status: text('status', { enum: ['open', 'kept', 'partlyKept', 'broken', 'cancelled'] }).notNull().default('open'),
    resolvedOn: calendarDate('resolved_on'),
    note: text('note'),
    recordedByUserId: uuid('recorded_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('promises_org_customer').on(t.orgId, t.customerId),
    index('promises_org_status').on(t.orgId, t.status),
    check('promises_amount_positive', sql`${t.amountMinor} > 0`),
  ],
);

export const paymentPlans = pgTable(
  'payment_plans',
  {
    id: id(),
    orgId: orgId(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    invoiceIds: uuid('invoice_ids').array().notNull(),
    currency: text('currency').notNull(),
    totalMinor: minor('total_minor').notNull(),
    status: text('status', { enum: ['active', 'completed', 'defaulted', 'cancelled'] }).notNull().default('active'),
    endedOn: calendarDate('ended_on'),
    note: text('note'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('payment_plans_org_customer').on(t.orgId, t.customerId)],
);

export const planInstalments = pgTable(
  'plan_instalments',
  {
    id: id(),
    orgId: orgId(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => paymentPlans.id, { onDelete: 'cascade' }),
    sequence: integer('sequence').notNull(),
    dueDate: calendarDate('due_date').notNull(),
    amountMinor: minor('amount_minor').notNull(),
    paidMinor: minor('paid_minor').notNull().default(0),
  },
  (t) => [
    uniqueIndex('plan_instalments_plan_sequence').on(t.orgId, t.planId, t.sequence),
    check('plan_instalments_amount_positive', sql`${t.amountMinor} > 0`),
  ],
);

export const disputes = pgTable(
  'disputes',
  {
    id: id(),
    orgId: orgId(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    invoiceId: uuid('invoice_id')
      .notNull()
      .references(() => invoices.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['open', 'resolved'] }).notNull().default('open'),
    openedOn: calendarDate('opened_on').notNull(),
    resolvedOn: calendarDate('resolved_on'),
    resolution: text('resolution'),
    openedByUserId: uuid('opened_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('disputes_org_invoice').on(t.orgId, t.invoiceId),
    index('disputes_org_customer').on(t.orgId, t.customerId),
  ],
);

// A manual pause: of a whole customer (no invoice) or of one invoice, to a last day.
export const snoozes = pgTable(
  'snoozes',
  {
    id: id(),
    orgId: orgId(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    invoiceId: uuid('invoice_id').references(() => invoices.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    until: calendarDate('until').notNull(),
    endedAt: instant('ended_at'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('snoozes_org_customer').on(t.orgId, t.customerId)],
);

// The outbox: what the daily run decided, one row per action. Its key is the
// engine's deterministic key, unique per organization, so a rerun or a crash half-way
// never stores an action twice; the sender claims rows with FOR UPDATE SKIP LOCKED.
export const followUpActions = pgTable(
  'follow_up_actions',
  {
    id: id(),
    orgId: orgId(),
    key: text('key').notNull(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    channel: text('channel'),
    plannedFor: calendarDate('planned_for').notNull(),
    status: text('status', {
      enum: ['pending', 'awaitingApproval', 'sending', 'sent', 'done', 'cancelled', 'failed'],
    }).notNull(),
    procedureKey: text('procedure_key').notNull(),
    procedureVersion: integer('procedure_version').notNull(),
    /**
     * The Action of src/domain/dunning/actions.ts, as decided, less what the columns hold,
     * its steps as runs of one step key (see src/store/follow-up-actions.ts). Plain json:
     * the run writes whole documents, and the few queries inside them read one field.
     */
    action: json('action').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: instant('next_attempt_at'),
    lastError: text('last_error'),
    /** Why the sender holds the action back for now (e.g. the bank statements are stale), with the rule's reason code. */
    heldReason: text('held_reason'),
    /** A sender working on the action owns it until then; past it, another sender may take it over. */
    claimedUntil: instant('claimed_until'),
    claimedBy: text('claimed_by'),
    approvedByUserId: uuid('approved_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    approvedAt: instant('approved_at'),
    completedAt: instant('completed_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('follow_up_actions_org_key').on(t.orgId, t.key),
    index('follow_up_actions_org_status_planned').on(t.orgId, t.status, t.plannedFor),
    index('follow_up_actions_org_customer_planned').on(t.orgId, t.customerId, t.plannedFor),
    // The collector's tasks, few among the contacts: the daily run asks for a batch's
    // once-per-situation tasks, which without it meant reading the whole outbox.
    index('follow_up_actions_org_customer_tasks').on(t.orgId, t.customerId).where(sql`${t.kind} = 'createInternalTask'`),
  ],
);

/**
 * The daily run's own tables refer to their customer by (org_id, customer_id): one
 * foreign key, checked once per row written, where an organization key and a customer
 * key were two (the run writes a row per customer, and the checks were over half of
 * those inserts' time). It also holds every row to a customer of its own organization,
 * and deleting the customer, or the organization with its customers, deletes the rows.
 */
function customerOfOrganization(table: string, t: { orgId: AnyPgColumn; customerId: AnyPgColumn }) {
  return foreignKey({ name: `${table}_customer_fk`, columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }).onDelete('cascade');
}

// Where each invoice of a customer stands on its ladder under a procedure: one row per
// customer and procedure, its entries the steps carried out or passed over. One row a
// customer (not a row a step) because the daily run reads and writes whole customers:
// a first run over a big ledger passes over a million steps, and ten thousand row
// writes cost a fraction of a million. Entries of settled invoices are dropped when
// the row is next written; the outbox keeps what was sent.
export const followUpLadders = pgTable(
  'follow_up_ladders',
  {
    // Both refer to the customer as one key, below: see customerOfOrganization.
    orgId: uuid('org_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    procedureKey: text('procedure_key').notNull(),
    /**
     * Groups of invoices per day and step: see src/store/follow-up-ladders.ts. Plain json, not
     * jsonb: the run writes and reads whole documents and never queries inside them, and
     * json goes in and out as the text it is, where jsonb is rebuilt both ways.
     */
    entries: json('entries').notNull(),
    updatedOn: calendarDate('updated_on').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.customerId, t.procedureKey] }), customerOfOrganization('follow_up_ladders', t)],
);

// Steps due but held back by a rule on the customer's latest run, with the reason and
// the first day they may run: what the customer page shows under "why not today".
export const followUpHolds = pgTable(
  'follow_up_holds',
  {
    // Both refer to the customer as one key, below: see customerOfOrganization.
    orgId: uuid('org_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    runDate: calendarDate('run_date').notNull(),
    held: jsonb('held').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.customerId] }), customerOfOrganization('follow_up_holds', t)],
);

export const followUpRuns = pgTable(
  'follow_up_runs',
  {
    id: id(),
    orgId: orgId(),
    runDate: calendarDate('run_date').notNull(),
    dryRun: boolean('dry_run').notNull().default(false),
    status: text('status', { enum: ['running', 'finished', 'failed'] }).notNull(),
    summary: jsonb('summary'),
    startedAt: instant('started_at').notNull().defaultNow(),
    finishedAt: instant('finished_at'),
  },
  (t) => [index('follow_up_runs_org_date').on(t.orgId, t.runDate)],
);

// Message templates an organization wrote or changed; the shipped defaults live in
// code and apply wherever no row exists. One row per template key, language and
// channel: an e-mail has a subject, HTML and plain text, an SMS only its text, a
// letter its text (the HTML is unused), a call task its script.
export const messageTemplates = pgTable(
  'message_templates',
  {
    id: id(),
    orgId: orgId(),
    templateKey: text('template_key').notNull(),
    language: text('language', { enum: ['pl', 'en', 'ru', 'de'] }).notNull(),
    channel: text('channel', { enum: ['email', 'sms', 'letter', 'call'] }).notNull(),
    subject: text('subject').notNull().default(''),
    html: text('html').notNull().default(''),
    text: text('text').notNull(),
    updatedByUserId: uuid('updated_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('message_templates_org_key').on(t.orgId, t.templateKey, t.language, t.channel)],
);

// How an organization sends: its sender identity, SMTP and SMS provider settings
// (absent: DULY_SMTP_URL, then the local mail catcher; no SMS), its signature per
// language, and its own additions to the tone guard's rules.
export const messageSettings = pgTable('message_settings', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  senderName: text('sender_name'),
  senderEmail: text('sender_email'),
  replyTo: text('reply_to'),
  smtpUrl: text('smtp_url'),
  /** { pl?: string, en?: string, ru?: string, de?: string }. */
  signatures: jsonb('signatures').notNull().default({}),
  /** The customer page's address, for the link slot of messages; none: the slot stays empty. */
  customerPageBaseUrl: text('customer_page_base_url'),
  smsProvider: text('sms_provider', { enum: ['smsapi', 'twilio'] }),
  /** The provider's credentials and sender name, as its adapter reads them. */
  smsSettings: jsonb('sms_settings').notNull().default({}),
  /** Post-due reminders wait while the newest bank statement is older than this many business days. */
  statementFreshnessDays: integer('statement_freshness_days').notNull().default(2),
  /** ToneRule[] added to the shipped rules (src/domain/tone). */
  toneRules: jsonb('tone_rules').notNull().default([]),
  updatedAt: updatedAt(),
});

// Every message that left (or failed for good), exactly as rendered: what the timeline
// shows and what a lawyer's case file needs. One per outbox action at most.
export const sentMessages = pgTable(
  'sent_messages',
  {
    id: id(),
    orgId: orgId(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    actionId: uuid('action_id').references(() => followUpActions.id, { onDelete: 'set null' }),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    channel: text('channel', { enum: ['email', 'sms', 'letter'] }).notNull(),
    language: text('language').notNull(),
    templateKey: text('template_key'),
    recipient: text('recipient').notNull(),
    subject: text('subject'),
    html: text('html'),
    text: text('text').notNull(),
    invoiceIds: uuid('invoice_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** The e-mail's Message-ID, so replies and bounces find their message. */
    messageId: text('message_id'),
    /** The SMS provider's id of the message. */
    providerMessageId: text('provider_message_id'),
    /** A letter's PDF. */
    attachmentId: uuid('attachment_id').references(() => attachments.id, { onDelete: 'set null' }),
    /** A registered letter's postal tracking number, recorded when posted. */
    trackingNumber: text('tracking_number'),
    status: text('status', { enum: ['sent', 'bounced', 'failed'] }).notNull(),
    statusReason: text('status_reason'),
    sentAt: instant('sent_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('sent_messages_org_action').on(t.orgId, t.actionId),
    index('sent_messages_org_customer_time').on(t.orgId, t.customerId, t.sentAt),
    index('sent_messages_org_message_id').on(t.orgId, t.messageId),
  ],
);

// Addresses that proved unreachable (a bounce, a dead number): no step uses them
// until someone corrects the contact or clears the mark.
export const unreachableAddresses = pgTable(
  'unreachable_addresses',
  {
    id: id(),
    orgId: orgId(),
    channel: text('channel', { enum: ['email', 'sms'] }).notNull(),
    address: text('address').notNull(),
    reason: text('reason').notNull(),
    sentMessageId: uuid('sent_message_id').references(() => sentMessages.id, { onDelete: 'set null' }),
    markedAt: instant('marked_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('unreachable_addresses_org_address').on(t.orgId, t.channel, t.address)],
);

// Work for people: calls to make (with a script), tasks the procedure or a bounce
// raised. Open tasks are the collectors' queue.
export const tasks = pgTable(
  'tasks',
  {
    id: id(),
    orgId: orgId(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    actionId: uuid('action_id').references(() => followUpActions.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: ['call', 'internal'] }).notNull(),
    title: text('title').notNull(),
    /** A call's script: what to ask for, what to avoid, the items (src/app/messages). */
    script: jsonb('script'),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    invoiceIds: uuid('invoice_ids').array().notNull().default(sql`'{}'::uuid[]`),
    dueOn: calendarDate('due_on').notNull(),
    status: text('status', { enum: ['open', 'done', 'cancelled'] }).notNull().default('open'),
    assignedUserId: uuid('assigned_user_id').references(() => users.id, { onDelete: 'set null' }),
    outcome: text('outcome'),
    completedByUserId: uuid('completed_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    completedAt: instant('completed_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('tasks_org_action').on(t.orgId, t.actionId),
    index('tasks_org_status_due').on(t.orgId, t.status, t.dueOn),
  ],
);

// The local mail catcher: where e-mail goes when no SMTP server is set, so a newcomer
// sees the messages Duly would have sent, in the web app.
export const caughtMails = pgTable(
  'caught_mails',
  {
    id: id(),
    orgId: orgId(),
    messageId: text('message_id').notNull(),
    sender: text('sender').notNull(),
    recipients: text('recipients').array().notNull(),
    subject: text('subject').notNull(),
    /** The whole message as it would have gone over SMTP. */
    raw: text('raw').notNull(),
    receivedAt: instant('received_at').notNull().defaultNow(),
  },
  // A message caught twice (sent again after a crash, with the same Message-ID) is kept once.
  (t) => [index('caught_mails_org_time').on(t.orgId, t.receivedAt), uniqueIndex('caught_mails_org_message_id').on(t.orgId, t.messageId)],
);
