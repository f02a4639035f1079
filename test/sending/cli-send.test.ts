// `duly send` as an operator runs it, and a sender killed with SIGKILL in the middle of
// a pass: nothing it claimed is lost — once its claims lapse the next pass sends the
// rest — and a message the server took just before the kill goes again with the same
// Message-ID, so it can be told apart as a repeat.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { addBankAccount } from '../../src/app/add-bank-account';
import { updateMessageSettings } from '../../src/app/message-settings';
import { openDatabase } from '../../src/store/database';
import { queryRows, sql } from '../../src/store/database';
import { sentMessages } from '../../src/store/schema';
import { startSmtpReceiver } from '../channels/smtp-receiver';
import { runCli } from '../cli/run-cli';
import { createTestPostgresDatabase, testedDatabases } from '../databases';
import { expectOk } from '../ledger-fixtures';
import { buildFollowUpLedger, run } from '../follow-up/follow-up-ledger';
import { messageIdsOf, senderSettings } from './sending-fixtures';

const bin = resolve(__dirname, '..', '..', 'bin', 'duly.js');

describe('duly send', () => {
  it('refuses a --now that is not a date and time with its offset', async () => {
    const result = await runCli(['send', '--now', '2026-03-19 10:30', '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).error).toMatchObject({ code: 'invalid_input', issues: [{ field: 'now' }] });
  });
});

describe.runIf(testedDatabases().includes('postgres'))('a sender killed mid-pass', () => {
  it('loses nothing: the next pass sends what it had claimed, each message under its own Message-ID', { timeout: 240_000 }, async () => {
    const created = await createTestPostgresDatabase(inject('postgresTemplateName'));
    const database = await openDatabase({ url: created.url, poolSize: 2 });
    let killed = false;
    const receiver = await startSmtpReceiver({
      delayMs: 400,
      onReceived: (_mail, count) => {
        if (count === 3 && !killed) {
          killed = true;
          child.kill('SIGKILL');
        }
      },
    });
    const env = { ...process.env, DATABASE_URL: created.url, DULY_SMTP_URL: receiver.url };
    let child: ReturnType<typeof spawn>;
    try {
      await database.migrate();
      const { db } = database;
      const ledger = await buildFollowUpLedger(db, 8);
      expectOk(await addBankAccount(db, ledger.orgId, { iban: 'PL61109010140000071219812874', currency: 'PLN', bankName: null, isDefault: true }));
      expectOk(await updateMessageSettings(db, ledger.orgId, senderSettings, new Date()));
      await run(db, ledger.orgId, '2026-03-19');

      child = spawn(process.execPath, [bin, 'send', '--now', '2026-03-19T10:30+01:00', '--json'], { env, stdio: 'ignore' });
      const signal = await new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, sig) => done(sig)));
      expect(signal).toBe('SIGKILL');
      const statuses = await queryRows<{ status: string; count: number }>(
        db,
        sql`select status, count(*)::int as count from follow_up_actions where org_id = ${ledger.orgId} and kind = 'sendMessage' group by status order by status`,
      );
      // Two recorded before the kill; the rest still claimed by the dead sender.
      expect(statuses).toEqual([
        { status: 'sending', count: 6 },
        { status: 'sent', count: 2 },
      ]);

      // Once the dead sender's claims have lapsed (five minutes), the next pass takes them over.
      const rest = await runCli(['send', '--now', '2026-03-19T10:36+01:00', '--json'], env);
      expect(rest.code).toBe(0);
      expect(JSON.parse(rest.stdout)).toMatchObject({ sent: { email: 6 }, failed: [] });

      const ids = await messageIdsOf(receiver.received);
      expect(new Set(ids).size).toBe(8);
      // The third message reached the server as the sender died, unrecorded: it went again, as itself.
      expect(receiver.received).toHaveLength(9);
      expect(await db.select().from(sentMessages).where(eq(sentMessages.orgId, ledger.orgId))).toHaveLength(8);
      const after = await queryRows<{ status: string }>(db, sql`select status from follow_up_actions where org_id = ${ledger.orgId} and kind = 'sendMessage'`);
      expect(after.every((row) => row.status === 'sent')).toBe(true);
    } finally {
      await receiver.close();
      await database.close();
      await created.drop();
    }
  });
});
