import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../databases';
import { addMember, addToken, runSetup, startApi, testToday, type Api, type Caller, type Method, type TestOrg } from './api-harness';

// Procedures, routing rules and a customer's follow-up over HTTP.
describeEachDatabase('API: procedures, routing and a customer follow-up', (database) => {
  let api: Api;
  let org: TestOrg;
  const callers: Record<string, Caller> = {};

  beforeAll(async () => {
    api = await startApi(database());
    org = await runSetup(api);
    for (const role of ['viewer', 'account_owner', 'collector'] as const) callers[role] = (await addMember(api, org, role)).caller;
    callers.admin = org.admin;
  });

  const standardDraft = async () => {
    const { versions } = await api.ok(org.admin, 'GET', `${org.base}/procedures/standard`);
    const { procedureKey: _key, version: _version, ...draft } = versions.at(-1);
    return draft;
  };

  it('lists the shipped procedures with their versions', async () => {
    const procedures = await api.ok(callers.viewer!, 'GET', `${org.base}/procedures`);
    expect(procedures.map((p: { key: string }) => p.key).sort()).toEqual(['key-account', 'new-customer', 'small-amounts', 'standard']);
    const standard = procedures.find((p: { key: string }) => p.key === 'standard');
    expect(standard.versions).toEqual([{ version: 1, effectiveFrom: '2020-01-01', createdAt: expect.any(String) }]);
    expect(standard.latest.steps.length).toBeGreaterThan(3);
    expect((await api.call(org.admin, 'GET', `${org.base}/procedures/no-such`)).statusCode).toBe(404);
  });

  it('saves a new version as the next number', async () => {
    const draft = await standardDraft();
    const before = (await api.ok(org.admin, 'GET', `${org.base}/procedures/standard`)).versions.length;
    const saved = await api.ok(org.admin, 'POST', `${org.base}/procedures/standard/versions`, { ...draft, effectiveFrom: '2026-05-01', promiseGraceDays: 4 });
    expect(saved).toMatchObject({ procedureKey: 'standard', version: before + 1, effectiveFrom: '2026-05-01', promiseGraceDays: 4 });
    const { versions } = await api.ok(org.admin, 'GET', `${org.base}/procedures/standard`);
    expect(versions.map((v: { version: number }) => v.version)).toEqual([...Array(before + 1).keys()].map((i) => i + 1));
  });

  it('refuses invalid steps, naming each problem by its field path', async () => {
    const draft = await standardDraft();
    const steps = structuredClone(draft.steps);
    steps[2].addressees = ['operational_buyer', 'payables'];
    steps[3].channel = 'pigeon';
    steps[4].dayOffset = steps[3].dayOffset;
    const response = await api.call(org.admin, 'POST', `${org.base}/procedures/standard/versions`, { ...draft, effectiveFrom: '2026-06-01', steps });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const fields = response.json().issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['body.steps[2].addressees', 'body.steps[3].channel', 'body.steps[4].dayOffset']));
    const late = await api.call(org.admin, 'POST', `${org.base}/procedures/standard/versions`, { ...draft, effectiveFrom: '2019-01-01' });
    expect(late.json().issues).toEqual([{ field: 'body.effectiveFrom', message: expect.stringContaining('cannot take effect before it') }]);
  });

  it('exports YAML and JSON and imports them back as new versions', async () => {
    const yaml = await api.call(org.admin, 'GET', `${org.base}/procedures/key-account/export?format=yaml`);
    expect(yaml.statusCode).toBe(200);
    expect(yaml.headers['content-type']).toContain('application/yaml');
    expect(yaml.headers['content-disposition']).toContain('key-account-v1.yaml');
    expect(yaml.body).toContain('procedureKey: key-account');
    const edited = yaml.body.replace('effectiveFrom: 2020-01-01', 'effectiveFrom: 2026-05-01');
    const imported = await api.app.inject({
      method: 'POST',
      url: `${org.base}/procedures/import?fileName=key-account.yaml`,
      headers: { ...org.admin.headers, 'content-type': 'application/yaml' },
      payload: edited,
    });
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json()).toMatchObject({ procedureKey: 'key-account', version: 2, effectiveFrom: '2026-05-01' });

    const json = await api.call(org.admin, 'GET', `${org.base}/procedures/key-account/export?format=json&version=1`);
    expect(json.headers['content-type']).toContain('application/json');
    const form = new FormData();
    form.append('file', new Blob([json.body]), 'key-account.json');
    form.append('effectiveFrom', '2026-06-01');
    const uploaded = await api.ok(org.admin, 'POST', `${org.base}/procedures/import`, form);
    expect(uploaded).toMatchObject({ version: 3, effectiveFrom: '2026-06-01' });

    const broken = await api.app.inject({
      method: 'POST',
      url: `${org.base}/procedures/import?fileName=broken.yaml`,
      headers: { ...org.admin.headers, 'content-type': 'application/yaml' },
      payload: edited.replace(/tone: reminder/, 'tone: shouting'),
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().issues[0]).toMatchObject({ file: 'broken.yaml', line: expect.any(Number), field: expect.stringMatching(/^steps\[\d+\]\.tone$/) });
    expect((await api.call(org.admin, 'GET', `${org.base}/procedures/nope/export`)).statusCode).toBe(404);
  });

  it('reads and replaces the routing rules, refusing unknown procedures', async () => {
    const rules = await api.ok(callers.viewer!, 'GET', `${org.base}/routing-rules`);
    expect(rules.map((r: { procedureKey: string }) => r.procedureKey)).toContain('key-account');
    const refused = await api.call(org.admin, 'PUT', `${org.base}/routing-rules`, { rules: [{ priority: 1, name: 'VIP', procedureKey: 'vip', criteria: { tagsAny: ['vip'] } }] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().issues).toEqual([{ field: 'body.rules[0].procedureKey', message: 'no procedure "vip"' }]);
    const replaced = await api.ok(org.admin, 'PUT', `${org.base}/routing-rules`, {
      rules: [...rules.map(({ id: _id, ...rule }: { id: string }) => rule), { priority: 5, name: 'VIP tag', procedureKey: 'key-account', criteria: { tagsAny: ['vip'] } }],
    }, 200);
    expect(replaced[0]).toMatchObject({ priority: 5, name: 'VIP tag', enabled: true });
    expect(await api.ok(org.admin, 'GET', `${org.base}/routing-rules`)).toEqual(replaced);
  });

  it("shows a customer's procedure and why, the coming actions, holds and open records", async () => {
    const customer = await api.ok(org.admin, 'POST', `${org.base}/customers`, { name: 'Follow-up Sp. z o.o.', country: 'PL', tags: ['vip'] });
    await api.ok(org.admin, 'POST', `${org.base}/customers/${customer.id}/contacts`, { name: 'Ewa Płatności', roles: ['payables'], emails: [{ address: 'ewa@example.pl' }] });
    const invoice = await api.ok(org.admin, 'POST', `${org.base}/invoices`, {
      customerId: customer.id,
      number: 'FV/FU/1',
      issueDate: '2026-02-01',
      dueDate: '2026-04-10',
      currency: 'PLN',
      grossTotalMinor: 5_000_00,
    });
    const other = await api.ok(org.admin, 'POST', `${org.base}/invoices`, {
      customerId: customer.id,
      number: 'FV/FU/2',
      issueDate: '2026-02-01',
      dueDate: '2026-04-12',
      currency: 'PLN',
      grossTotalMinor: 1_000_00,
    });
    await api.ok(org.admin, 'POST', `${org.base}/invoices/${other.id}/disputes`, { reason: 'Wrong delivery' });
    await api.ok(org.admin, 'POST', `${org.base}/customers/${customer.id}/promises`, { promisedDate: '2026-05-05', amountMinor: 100_00, currency: 'PLN', invoiceIds: [invoice.id] });
    const followUp = await api.ok(callers.viewer!, 'GET', `${org.base}/customers/${customer.id}/follow-up`);
    expect(followUp).toMatchObject({ asOf: testToday, days: 30 });
    expect(followUp.procedure).toMatchObject({ procedureKey: 'key-account', matchedRule: { name: 'VIP tag' }, reasons: [{ key: 'tag', facts: { tag: 'vip' } }] });
    expect(followUp.promises).toHaveLength(1);
    expect(followUp.disputes.map((d: { invoice: { number: string } }) => d.invoice.number)).toEqual(['FV/FU/2']);
    expect(followUp.held.source).toBe('preview');
    // The promise pauses FV/FU/1 until 2026-05-10 (five days' grace), so nothing is planned before.
    expect(followUp.planned.every((a: { date: string }) => a.date > '2026-05-10')).toBe(true);
    expect(followUp.planned.length).toBeGreaterThan(0);
    expect(followUp.planned[0]).toMatchObject({ kind: 'sendMessage', channel: 'email', contactName: 'Ewa Płatności', invoices: [{ number: 'FV/FU/1' }] });
    expect((await api.call(org.admin, 'GET', `${org.base}/customers/${org.id}/follow-up`)).statusCode).toBe(404);
  });

  it('puts a customer on a procedure chosen by hand, over every rule, and back on the rules', async () => {
    const customer = await api.ok(org.admin, 'POST', `${org.base}/customers`, { name: 'Hand-picked Sp. z o.o.', country: 'PL', tags: ['vip'] });
    const chosen = await api.ok(org.admin, 'PATCH', `${org.base}/customers/${customer.id}`, { procedureKey: 'small-amounts' });
    expect(chosen.procedureKey).toBe('small-amounts');
    const followUp = await api.ok(callers.viewer!, 'GET', `${org.base}/customers/${customer.id}/follow-up`);
    expect(followUp.procedure).toMatchObject({ procedureKey: 'small-amounts', matchedRule: null, reasons: [{ key: 'manualAssignment' }] });

    const unknown = await api.call(org.admin, 'PATCH', `${org.base}/customers/${customer.id}`, { procedureKey: 'no-such' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().issues).toEqual([{ field: 'body.procedureKey', message: 'no procedure "no-such" in this organization' }]);

    await api.ok(org.admin, 'PATCH', `${org.base}/customers/${customer.id}`, { procedureKey: null });
    const ruled = await api.ok(callers.viewer!, 'GET', `${org.base}/customers/${customer.id}/follow-up`);
    expect(ruled.procedure).toMatchObject({ procedureKey: 'key-account', matchedRule: { name: 'VIP tag' } });
  });

  it('lets everyone read and collectors and admins change procedures and rules', async () => {
    const draft = await standardDraft();
    const attempts = (): Record<string, [Method, string, unknown?]> => ({
      list: ['GET', '/procedures'],
      versions: ['GET', '/procedures/standard'],
      export: ['GET', '/procedures/standard/export'],
      rules: ['GET', '/routing-rules'],
      save: ['POST', '/procedures/roles-check/versions', { ...draft, effectiveFrom: '2026-05-01', steps: draft.steps.map((s: { templateKey: string }) => ({ ...s, templateKey: 'x' })) }],
      replaceRules: ['PUT', '/routing-rules', { rules: [] }],
    });
    const reads = ['list', 'versions', 'export', 'rules'];
    const expected: Record<string, string[]> = { viewer: reads, account_owner: reads, collector: Object.keys(attempts()), admin: Object.keys(attempts()) };
    const collectorToken = await addToken(api, org, 'collector');
    for (const [role, allowed] of Object.entries(expected)) {
      for (const caller of role === 'collector' ? [callers[role]!, collectorToken] : [callers[role]!]) {
        for (const [name, [method, path, body]] of Object.entries(attempts())) {
          const response = await api.call(caller, method, `${org.base}${path}`, body);
          if (allowed.includes(name)) expect(response.statusCode, `${role} ${name}: ${response.body}`).toBeLessThan(300);
          else expect([response.statusCode, response.json().code], `${role} ${name}`).toEqual([403, 'forbidden']);
        }
      }
    }
  });

  it("answers 404 for another organization's procedures and customers, under either path", async () => {
    const created = await api.ok(org.admin, 'POST', '/api/v1/orgs', { slug: `proc-b-${Date.now()}`, legalName: 'B', country: 'PL', baseCurrency: 'PLN' });
    const bAdmin: TestOrg = { slug: created.slug, id: created.id, base: `/api/v1/orgs/${created.slug}`, admin: org.admin };
    const bob = (await addMember(api, bAdmin, 'admin')).caller;
    const b = { ...bAdmin, admin: bob };
    const alice = (await addMember(api, org, 'admin')).caller;
    const draft = await standardDraft();
    await api.ok(b.admin, 'POST', `${b.base}/procedures/b-secret/versions`, { ...draft, effectiveFrom: '2026-05-01', steps: draft.steps.map((s: { templateKey: string }) => ({ ...s, templateKey: 'secret' })) });
    const bCustomer = (await api.ok(b.admin, 'POST', `${b.base}/customers`, { name: 'Secret', country: 'PL' })).id;
    const attempts: [Method, string, unknown?][] = [
      ['GET', '/procedures/b-secret'],
      ['GET', '/procedures/b-secret/export'],
      ['GET', `/customers/${bCustomer}/follow-up`],
    ];
    for (const [method, path, body] of attempts) {
      const response = await api.call(alice, method, `${org.base}${path}`, body);
      expect(response.statusCode, `${method} ${path}`).toBe(404);
    }
    for (const [method, path, body] of [...attempts, ['GET', '/procedures'], ['GET', '/routing-rules'], ['PUT', '/routing-rules', { rules: [] }], ['POST', '/procedures/standard/versions', draft]] as [Method, string, unknown?][]) {
      const response = await api.call(alice, method, `${b.base}${path}`, body);
      expect(response.statusCode, `${method} B ${path}`).toBe(404);
    }
    expect((await api.ok(alice, 'GET', `${org.base}/procedures`)).map((p: { key: string }) => p.key)).not.toContain('b-secret');
    expect((await api.ok(b.admin, 'GET', `${b.base}/routing-rules`)).length).toBeGreaterThan(0);
  });
});
