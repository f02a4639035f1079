import { createHash } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../databases';
import { runSetup, startApi, type Api, type TestOrg } from './api-harness';

describeEachDatabase('API: attachments', (database) => {
  let api: Api;
  let org: TestOrg;
  let customerId: string;
  beforeAll(async () => {
    api = await startApi(database());
    org = await runSetup(api);
    customerId = (await api.ok(org.admin, 'POST', `${org.base}/customers`, { name: 'Files Customer', country: 'PL' })).id;
  });

  it('stores a file with its checksum and gives it back byte for byte as a download', async () => {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 254, 255])]);
    const invoice = await api.ok(org.admin, 'POST', `${org.base}/invoices`, { customerId, number: 'ATT-1', issueDate: '2026-04-01', dueDate: '2026-04-30', currency: 'PLN', grossTotalMinor: 1_00 });
    const form = new FormData();
    form.append('invoiceId', invoice.id);
    form.append('file', new Blob([bytes], { type: 'application/pdf' }), 'Umowa ząb 2026.pdf');
    const stored = await api.ok(org.admin, 'POST', `${org.base}/customers/${customerId}/attachments`, form);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(stored).toMatchObject({ customerId, invoiceId: invoice.id, activityId: null, fileName: 'Umowa ząb 2026.pdf', contentType: 'application/pdf', sizeBytes: bytes.length, sha256 });

    const listed = await api.ok(org.admin, 'GET', `${org.base}/customers/${customerId}/attachments`);
    expect(listed.map((a: { id: string }) => a.id)).toEqual([stored.id]);

    const download = await api.call(org.admin, 'GET', `${org.base}/attachments/${stored.id}/content`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(bytes)).toBe(true);
    expect(createHash('sha256').update(download.rawPayload).digest('hex')).toBe(sha256);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Umowa z_b 2026.pdf"; filename*=UTF-8''Umowa%20z%C4%85b%202026.pdf`,
    );
  });

  it('refuses a request without a file, a foreign invoice, and a file over 20 MB', async () => {
    const noFile = new FormData();
    noFile.append('invoiceId', 'nope');
    const missing = await api.call(org.admin, 'POST', `${org.base}/customers/${customerId}/attachments`, noFile);
    expect(missing.json()).toMatchObject({ code: 'invalid_input', issues: [{ field: 'body.file' }] });

    const other = (await api.ok(org.admin, 'POST', `${org.base}/customers`, { name: 'Other Files', country: 'PL' })).id;
    const invoice = await api.ok(org.admin, 'POST', `${org.base}/invoices`, { customerId: other, number: 'ATT-2', issueDate: '2026-04-01', dueDate: '2026-04-30', currency: 'PLN', grossTotalMinor: 1_00 });
    const foreign = new FormData();
    foreign.append('invoiceId', invoice.id);
    foreign.append('file', new Blob(['x']), 'x.txt');
    const refused = await api.call(org.admin, 'POST', `${org.base}/customers/${customerId}/attachments`, foreign);
    expect(refused.json()).toMatchObject({ code: 'invalid_input', issues: [{ field: 'body.invoiceId' }] });

    const huge = new FormData();
    huge.append('file', new Blob([Buffer.alloc(20 * 1024 * 1024 + 1)]), 'huge.bin');
    const tooLarge = await api.call(org.admin, 'POST', `${org.base}/customers/${customerId}/attachments`, huge);
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.headers['content-type']).toContain('application/problem+json');
    expect((await api.ok(org.admin, 'GET', `${org.base}/customers/${customerId}/attachments`))).toHaveLength(1);
  });
});
