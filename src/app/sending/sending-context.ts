// Everything the sender needs about one organization for a pass, read once: its
// settings, its carriers (built on first use, so a pass with no e-mail opens no SMTP
// connection), its procedure versions, its tone rules and how fresh its statements are.
import { dateInZone, type IsoDate } from '../../domain/dates';
import type { ProcedureVersion } from '../../domain/dunning/procedure';
import type { StatementFreshness } from '../../domain/sending/send-check';
import type { ToneRule } from '../../domain/tone/tone-rule';
import { insertCaughtMail } from '../../store/caught-mail';
import type { Db } from '../../store/database';
import { newestStatementImportOn } from '../../store/import-runs';
import { findOrganization, type OrganizationRow } from '../../store/organizations';
import { listAllProcedureVersions } from '../../store/procedures';
import { loadOrganizationToneRules } from '../check-message-tone';
import { senderIdentityOf, type EmailChannel } from '../email-port';
import type { Result } from '../errors';
import { loadSendingSettings, type SendingSettings } from '../message-settings';
import type { SmsProvider } from '../send-sms';
import type { SenderPorts } from './sender-ports';

export type SendingContext = {
  db: Db;
  org: OrganizationRow;
  settings: SendingSettings;
  now: Date;
  /** The organization's calendar day at `now`. */
  today: IsoDate;
  claimant: string;
  procedure(key: string, version: number): ProcedureVersion | null;
  toneRules: ToneRule[];
  statements: StatementFreshness;
  /** The organization's e-mail channel; a failure when its settings cannot send (no sender address for SMTP). */
  email(): Result<EmailChannel>;
  /** The organization's SMS provider; null when it has none set up. */
  sms(): SmsProvider | null;
  paymentReminderPdf: SenderPorts['paymentReminderPdf'];
  close(): void;
};

/** The context of one organization; null when it is gone. Fails only when its own tone rules are broken. */
export async function loadSendingContext(
  db: Db,
  orgId: string,
  options: { now: Date; claimant: string; ports: SenderPorts },
): Promise<Result<SendingContext> | null> {
  const org = await findOrganization(db, orgId);
  if (!org) return null;
  const toneRules = await loadOrganizationToneRules(db, orgId);
  if (!toneRules.ok) return toneRules;
  const settings = await loadSendingSettings(db, orgId);
  const versions = new Map((await listAllProcedureVersions(db, orgId)).map((v) => [`${v.procedureKey}@${v.version}`, v]));
  const newestOn = await newestStatementImportOn(db, orgId, org.timeZone);
  let email: Result<EmailChannel> | null = null;
  let sms: SmsProvider | null | undefined;
  return {
    ok: true,
    value: {
      db,
      org,
      settings,
      now: options.now,
      today: dateInZone(options.now, org.timeZone),
      claimant: options.claimant,
      procedure: (key, version) => versions.get(`${key}@${version}`) ?? null,
      toneRules: toneRules.value,
      statements: newestOn === null ? null : { newestOn, maxAgeBusinessDays: settings.statementFreshnessDays },
      email() {
        email ??= options.ports.emailChannel(senderIdentityOf(org, settings), async (message) => {
          await insertCaughtMail(db, orgId, message, options.now);
        });
        return email;
      },
      sms() {
        if (sms === undefined) sms = settings.sms ? options.ports.smsProvider(settings.sms) : null;
        return sms;
      },
      paymentReminderPdf: (letter) => options.ports.paymentReminderPdf(letter),
      close() {
        if (email?.ok) email.value.close();
      },
    },
  };
}
