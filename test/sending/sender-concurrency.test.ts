// Two senders against one PostgreSQL at once: claims with FOR UPDATE SKIP LOCKED keep
// them apart, so every reminder reaches the SMTP server exactly once.
import { describe, expect, it } from 'vitest';
import { addBankAccount } from '../../src/app/add-bank-account';
import { updateMessageSettings } from '../../src/app/message-settings';
import { sendDueActions } from '../../src/app/sending/send-due-actions';
import { startSmtpReceiver } from '../channels/smtp-receiver';
import { senderPorts } from '../../src/worker/sender-ports';
import { createTestDatabase, testedDatabases } from '../databases';
import { expectOk } from '../ledger-fixtures';
import { buildFollowUpLedger, run } from '../follow-up/follow-up-ledger';
import { messageIdsOf, senderSettings } from './sending-fixtures';

describe.runIf(testedDatabases().includes('postgres'))('two senders on one PostgreSQL', () => {
  it('send every reminder once between them', { timeout: 120_000 }, async () => {
    const database = await createTestDatabase('postgres');
    const receiver = await startSmtpReceiver({ delayMs: 20 });
    try {
      const { db } = database;
      const ledger = await buildFollowUpLedger(db, 16);
      expectOk(await addBankAccount(db, ledger.orgId, { iban: 'PL61109010140000071219812874', currency: 'PLN', bankName: null, isDefault: true }));
      expectOk(await updateMessageSettings(db, ledger.orgId, senderSettings, new Date()));
      await run(db, ledger.orgId, '2026-03-19');

      const now = new Date('2026-03-19T09:30:00Z');
      const ports = senderPorts({ defaultSmtpUrl: receiver.url });
      const [a, b] = await Promise.all([
        sendDueActions(db, { orgId: ledger.orgId, now, ports, claimant: 'sender-a', batchSize: 3 }),
        sendDueActions(db, { orgId: ledger.orgId, now, ports, claimant: 'sender-b', batchSize: 3 }),
      ]);
      expect((a.sent.email ?? 0) + (b.sent.email ?? 0)).toBe(16);
      expect(receiver.received).toHaveLength(16);
      expect(new Set(await messageIdsOf(receiver.received)).size).toBe(16);
      expect(a.failed.concat(b.failed)).toEqual([]);
    } finally {
      await receiver.close();
      await database.close();
    }
  });
});
