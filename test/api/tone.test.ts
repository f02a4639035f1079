import { beforeAll, expect, it } from 'vitest';
import { saveMessageSettings } from '../../src/store/message-settings';
import { describeEachDatabase } from '../databases';
import { addMember, openOrganization, runSetup, startApi, testNow, type Api, type Caller, type TestOrg } from './api-harness';

// The tone guard over HTTP: anyone in the organization checks a text; admins keep the
// organization's own rules, which apply to that organization only.
describeEachDatabase('API: tone guard', (database) => {
  let api: Api;
  let org: TestOrg;
  let viewer: Caller;

  const competitorRule = {
    id: 'org.competitor',
    category: 'belittling_amount',
    severity: 'warning',
    match: { kind: 'phrases', patterns: ['konkurencj* ...2 tańsz*'] },
    suggestion: 'Nie porównuj nas z konkurencją w przypomnieniach.',
  };
  const nicknameRule = {
    id: 'org.nicknames',
    category: 'insult',
    severity: 'forbidden',
    language: 'pl',
    match: { kind: 'phrases', patterns: ['maruder*'] },
    suggestion: 'Nie nadawaj klientom przezwisk.',
  };

  beforeAll(async () => {
    api = await startApi(database());
    org = await runSetup(api);
    viewer = (await addMember(api, org, 'viewer')).caller;
  });

  it('names each phrase, its place, rule and suggestion, and says when sending is blocked', async () => {
    const text = 'Dziękujemy za współpracę. Wiemy, gdzie Pan mieszka. To tylko drobna kwota.';
    const checked = await api.ok(viewer, 'POST', `${org.base}/tone-check`, { text, language: 'pl', tone: 'firm' }, 200);
    expect(checked).toEqual({
      blocked: true,
      findings: [
        {
          ruleId: 'pl.illegal.home',
          category: 'illegal_method',
          severity: 'forbidden',
          phrase: 'Wiemy, gdzie Pan mieszka',
          offset: text.indexOf('Wiemy'),
          suggestion: expect.stringContaining('rozmowę'),
        },
        {
          ruleId: 'pl.belittling.small_amount',
          category: 'belittling_amount',
          severity: 'warning',
          phrase: 'tylko drobna',
          offset: text.indexOf('tylko'),
          suggestion: expect.any(String),
        },
      ],
    });
  });

  it('lets legal talk through at the formal tone and warns before it', async () => {
    const text = 'Hiermit fordern wir Sie letztmalig zur Zahlung auf; andernfalls beauftragen wir einen Rechtsanwalt.';
    const formal = await api.ok(viewer, 'POST', `${org.base}/tone-check`, { text, language: 'de', tone: 'formal' }, 200);
    expect(formal).toEqual({ blocked: false, findings: [] });
    const early = await api.ok(viewer, 'POST', `${org.base}/tone-check`, { text, language: 'de' }, 200);
    expect(early.blocked).toBe(false);
    expect(early.findings).toMatchObject([
      { phrase: 'Hiermit', allowedTones: ['formal', 'final'] },
      { phrase: 'Rechtsanwalt', allowedTones: ['formal', 'final'] },
    ]);
  });

  it('refuses an unknown language or tone, naming the field', async () => {
    const response = await api.call(viewer, 'POST', `${org.base}/tone-check`, { text: 'Hello', language: 'fr', tone: 'angry' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'invalid_input', issues: [{ field: 'body.language' }, { field: 'body.tone' }] });
  });

  it('refuses a bad organization rule naming its field, and a rule that takes a shipped id', async () => {
    const badPattern = await api.call(org.admin, 'PUT', `${org.base}/tone-rules`, {
      rules: [{ ...competitorRule, match: { kind: 'phrases', patterns: ['konkurencj*', '... tańsz*'] } }],
    });
    expect(badPattern.statusCode).toBe(400);
    expect(badPattern.json()).toMatchObject({ code: 'invalid_input', issues: [{ field: 'body.rules.0.match.patterns.1', message: expect.stringMatching(/between words/) }] });

    const taken = await api.call(org.admin, 'PUT', `${org.base}/tone-rules`, { rules: [competitorRule, { ...nicknameRule, id: 'pl.threat.regret' }] });
    expect(taken.statusCode).toBe(400);
    expect(taken.json()).toMatchObject({ issues: [{ field: 'body.rules.1.id', message: expect.stringMatching(/Duly ships/) }] });

    const badCategory = await api.call(org.admin, 'PUT', `${org.base}/tone-rules`, { rules: [{ ...competitorRule, category: 'rudeness' }] });
    expect(badCategory.statusCode).toBe(400);
    expect(badCategory.json()).toMatchObject({ issues: [{ field: 'body.rules.0.category' }] });
  });

  it("adds the organization's rules to every check of that organization only", async () => {
    expect((await api.call(viewer, 'PUT', `${org.base}/tone-rules`, { rules: [nicknameRule] })).statusCode).toBe(403);
    const saved = await api.ok(org.admin, 'PUT', `${org.base}/tone-rules`, { rules: [competitorRule, nicknameRule] });
    expect(saved.rules.map((rule: { id: string }) => rule.id)).toEqual(['org.competitor', 'org.nicknames']);
    expect(await api.ok(viewer, 'GET', `${org.base}/tone-rules`)).toEqual(saved);

    const text = 'Drodzy maruderzy, u konkurencji byłoby taniej? Prosimy o wpłatę.';
    const mine = await api.ok(viewer, 'POST', `${org.base}/tone-check`, { text, language: 'pl' }, 200);
    expect(mine).toMatchObject({ blocked: true, findings: [{ ruleId: 'org.nicknames', phrase: 'maruderzy', offset: 7 }] });
    const withCompetitor = await api.ok(viewer, 'POST', `${org.base}/tone-check`, { text: 'Konkurencja jest tańsza.', language: 'en' }, 200);
    expect(withCompetitor.findings).toMatchObject([{ ruleId: 'org.competitor', phrase: 'Konkurencja jest tańsza' }]);

    const other = await openOrganization(api, org.admin);
    expect(await api.ok(org.admin, 'POST', `${other.base}/tone-check`, { text, language: 'pl' }, 200)).toEqual({ blocked: false, findings: [] });
    expect(await api.ok(org.admin, 'GET', `${other.base}/tone-rules`)).toEqual({ rules: [] });
  });

  it('fails loudly, rather than checking less, when stored rules no longer pass the check', async () => {
    const broken = await openOrganization(api, org.admin);
    await saveMessageSettings(database().db, broken.id, { toneRules: [{ ...nicknameRule, match: { kind: 'phrases', patterns: ['x*'] } }] }, testNow);
    const response = await api.call(org.admin, 'POST', `${broken.base}/tone-check`, { text: 'Prosimy o wpłatę.', language: 'pl' });
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toMatch(/own tone rules are broken \(toneRules\.0\.match\.patterns\.0/);
  });
});
