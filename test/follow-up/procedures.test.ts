// Procedures in the store: shipped with every organization, versioned on every edit,
// exported and imported as YAML or JSON with every problem placed.
import { expect, it } from 'vitest';
import { ensureDefaultProcedures } from '../../src/app/follow-up/ensure-default-procedures';
import { exportProcedure } from '../../src/app/follow-up/export-procedure';
import { importProcedure } from '../../src/app/follow-up/import-procedure';
import { saveProcedure } from '../../src/app/follow-up/save-procedure';
import { defaultProcedure, defaultProcedureKeys } from '../../src/domain/dunning/default-procedures';
import { defaultRoutingRules } from '../../src/domain/routing';
import { insertOrganization } from '../../src/store/organizations';
import { findEffectiveVersions, listProcedures, listProcedureVersions } from '../../src/store/procedures';
import { listRoutingRules, replaceRoutingRules } from '../../src/store/routing-rules';
import { describeEachDatabase } from '../databases';
import { expectOk, makeOrganization, unique } from '../ledger-fixtures';
import { system } from './follow-up-ledger';

const { version: _v, ...standardDraft } = defaultProcedure('standard');

describeEachDatabase('procedures', (database) => {
  it('gives a new organization the four shipped procedures and their routing rules', async () => {
    const { db } = database();
    const org = await makeOrganization(db);
    const procedures = await listProcedures(db, org.id);
    expect(procedures.map((p) => p.key).sort()).toEqual([...defaultProcedureKeys].sort());
    expect(procedures.every((p) => p.versions.length === 1 && p.latest.version === 1)).toBe(true);
    const rules = await listRoutingRules(db, org.id);
    expect(rules.map(({ id: _id, enabled: _e, ...rule }) => rule)).toEqual(defaultRoutingRules('PLN'));
    expect(expectOk(await ensureDefaultProcedures(db, org.id))).toEqual({ seeded: false });
  });

  it('seeds an organization created before procedures existed, once', async () => {
    const { db } = database();
    const legacy = await insertOrganization(db, { slug: unique('legacy'), legalName: 'Legacy', country: 'PL', baseCurrency: 'EUR' });
    expect(await listProcedures(db, legacy!.id)).toEqual([]);
    expect(expectOk(await ensureDefaultProcedures(db, legacy!.id))).toEqual({ seeded: true });
    expect(expectOk(await ensureDefaultProcedures(db, legacy!.id))).toEqual({ seeded: false });
    expect(await listProcedures(db, legacy!.id)).toHaveLength(4);
    expect((await listRoutingRules(db, legacy!.id)).find((r) => r.procedureKey === 'small-amounts')?.criteria).toEqual({ openBelowMinor: 12_000 });

    // An edit before any run seeds the shipped procedures first, then saves the next version.
    const other = await insertOrganization(db, { slug: unique('legacy'), legalName: 'Legacy 2', country: 'PL', baseCurrency: 'PLN' });
    const saved = expectOk(await saveProcedure(db, other!.id, { ...standardDraft, effectiveFrom: '2026-06-01' }, system));
    expect(saved.version).toBe(2);
    expect(await listProcedures(db, other!.id)).toHaveLength(4);
  });

  it('saves an edit as the next version and picks the version in effect on each day', async () => {
    const { db } = database();
    const org = await makeOrganization(db);
    const v2 = expectOk(await saveProcedure(db, org.id, { ...standardDraft, effectiveFrom: '2026-05-01' }, system));
    expect(v2).toMatchObject({ procedureKey: 'standard', version: 2, effectiveFrom: '2026-05-01' });
    const v3 = expectOk(await saveProcedure(db, org.id, { ...standardDraft, effectiveFrom: '2026-05-01', promiseGraceDays: 5 }, system));
    expect(v3.version).toBe(3);
    expect((await listProcedureVersions(db, org.id, 'standard')).map((v) => [v.version, v.effectiveFrom])).toEqual([
      [1, '2020-01-01'],
      [2, '2026-05-01'],
      [3, '2026-05-01'],
    ]);
    expect((await findEffectiveVersions(db, org.id, '2026-04-30')).get('standard')?.version).toBe(1);
    const may = await findEffectiveVersions(db, org.id, '2026-05-01');
    expect(may.get('standard')).toMatchObject({ version: 3, promiseGraceDays: 5 });
    expect(may.get('key-account')?.version).toBe(1);
    expect((await findEffectiveVersions(db, org.id, '2019-12-31')).size).toBe(0);
  });

  it('refuses an invalid procedure naming each field, and a version taking effect before the latest one', async () => {
    const { db } = database();
    const org = await makeOrganization(db);
    const steps = standardDraft.steps.map((s, i) => (i === 2 ? { ...s, addressees: ['payables' as const, 'operational_buyer' as const], dayOffset: 1 } : s));
    const refused = await saveProcedure(db, org.id, { ...standardDraft, procedureKey: 'Bad Key', effectiveFrom: '2026-05-01', steps }, system);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.code).toBe('invalid_input');
    expect(refused.issues?.map((i) => i.field).sort()).toEqual(['procedureKey', 'steps[2].addressees', 'steps[2].dayOffset']);

    const early = await saveProcedure(db, org.id, { ...standardDraft, effectiveFrom: '2019-06-01' }, system);
    expect(early).toMatchObject({ ok: false, code: 'invalid_input', issues: [{ field: 'effectiveFrom' }] });
    expect(await listProcedureVersions(db, org.id, 'standard')).toHaveLength(1);
  });

  it('exports YAML and JSON that import back as a new version with the same content', async () => {
    const { db } = database();
    const org = await makeOrganization(db);
    for (const [format, expected] of [['yaml', 2], ['json', 3]] as const) {
      const exported = expectOk(await exportProcedure(db, org.id, 'key-account', format));
      expect(exported.fileName).toBe(`key-account-v${expected - 1}.${format}`);
      const imported = expectOk(await importProcedure(db, org.id, { text: exported.text, fileName: exported.fileName }, system));
      expect(imported.version).toBe(expected);
      const { version: _a, ...before } = defaultProcedure('key-account');
      const { version: _b, ...after } = imported;
      expect(after).toEqual(before);
    }
    expect(expectOk(await exportProcedure(db, org.id, 'key-account', 'yaml')).text).toMatch(/^# Procedure "key-account", version 3/);
    expect(await exportProcedure(db, org.id, 'nope', 'yaml')).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('imports a new procedure from hand-written YAML, taking the defaults and the effective day given', async () => {
    const { db } = database();
    const org = await makeOrganization(db);
    const text = [
      'procedureKey: quiet',
      'name: { pl: Cicha, en: Quiet }',
      'steps:',
      '  - key: only-reminder',
      '    dayOffset: 7',
      '    channel: email',
      '    addressees: [payables]',
      '    templateKey: quiet.only-reminder',
      '    tone: reminder',
    ].join('\n');
    const saved = expectOk(await importProcedure(db, org.id, { text, fileName: 'quiet.yaml', effectiveFrom: '2026-06-01' }, system));
    expect(saved).toMatchObject({ procedureKey: 'quiet', version: 1, effectiveFrom: '2026-06-01', promiseGraceDays: 3 });
    expect(saved.steps[0]).toMatchObject({ purpose: 'reminder', approval: 'none', effects: [], conditions: {} });
    expect(await importProcedure(db, org.id, { text, fileName: 'quiet.yaml' }, system)).toMatchObject({
      ok: false,
      issues: [{ file: 'quiet.yaml', field: 'effectiveFrom' }],
    });
  });

  it('names the line of a YAML syntax error and the field path and line of wrong content', async () => {
    const { db } = database();
    const org = await makeOrganization(db);
    const broken = await importProcedure(db, org.id, { text: 'procedureKey: x\nsteps: [\n  - a\n', fileName: 'broken.yaml' }, system);
    expect(broken).toMatchObject({ ok: false, code: 'invalid_input' });
    if (broken.ok) return;
    expect(broken.issues?.[0]).toMatchObject({ file: 'broken.yaml' });
    expect(broken.issues?.[0]?.line).toBeGreaterThanOrEqual(2);

    const exported = expectOk(await exportProcedure(db, org.id, 'standard', 'yaml')).text;
    const lines = exported.split('\n');
    const channelLine = lines.findIndex((l) => l.includes('channel: sms')) + 1;
    const wrong = lines
      .map((l, i) => (i + 1 === channelLine ? l.replace('channel: sms', 'channel: pigeon') : l))
      .join('\n')
      .replace('promiseGraceDays: 3', 'promiseGraceDays: 3\ncolour: blue');
    const refused = await importProcedure(db, org.id, { text: wrong, fileName: 'standard.yaml' }, system);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    const byField = new Map(refused.issues?.map((i) => [i.field, i]));
    expect(byField.get('steps[2].channel')).toMatchObject({ file: 'standard.yaml', line: channelLine });
    expect(byField.get('colour')).toMatchObject({ message: 'unknown field "colour"' });
    expect(byField.get('colour')?.line).toBe(wrong.split('\n').indexOf('colour: blue') + 1);

    // A rule of the engine (softer tone after a firm one) comes back with its line too.
    const softer = exported.replace(/tone: formal/, 'tone: courtesy');
    const rule = await importProcedure(db, org.id, { text: softer, fileName: 'softer.yaml' }, system);
    expect(rule.ok).toBe(false);
    if (rule.ok) return;
    const toneIssue = rule.issues?.find((i) => i.field?.endsWith('.tone'));
    expect(toneIssue).toMatchObject({ field: 'steps[5].tone', line: lines.findIndex((l) => l.includes('tone: formal')) + 1 });

    const json = await importProcedure(db, org.id, { text: '{\n  "procedureKey": "x",\n  "steps": [,]\n}', fileName: 'bad.json' }, system);
    expect(json).toMatchObject({ ok: false, issues: [{ file: 'bad.json', line: 3 }] });
  });

  it('replaces the routing rules as a whole list in priority order', async () => {
    const { db } = database();
    const org = await makeOrganization(db);
    await replaceRoutingRules(db, org.id, [
      { priority: 5, procedureKey: 'new-customer', name: 'second of equal priority', criteria: { tagsAny: ['b'] } },
      { priority: 1, procedureKey: 'key-account', name: 'first', criteria: { segments: ['vip'] } },
      { priority: 5, procedureKey: 'standard', name: 'third', criteria: { tagsAny: ['c'] }, enabled: false },
    ]);
    expect((await listRoutingRules(db, org.id)).map((r) => [r.name, r.enabled])).toEqual([
      ['first', true],
      ['second of equal priority', true],
      ['third', false],
    ]);
  });
});
