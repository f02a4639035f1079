import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../databases';
import { addMember, openOrganization, runSetup, startApi, type Api, type Caller, type TestOrg } from './api-harness';

// Message templates over HTTP: the list, one template, the organization's own text,
// a reset to the shipped text, and a preview for a real customer.
describeEachDatabase('API: message templates', (database) => {
  let api: Api;
  let org: TestOrg;
  let viewer: Caller;
  let collector: Caller;
  let customerId: string;

  beforeAll(async () => {
    api = await startApi(database());
    org = await runSetup(api);
    viewer = (await addMember(api, org, 'viewer')).caller;
    collector = (await addMember(api, org, 'collector')).caller;
    await api.ok(org.admin, 'POST', `${org.base}/bank-accounts`, { iban: 'PL61109010140000071219812874', currency: 'PLN', isDefault: true });
    customerId = (await api.ok(org.admin, 'POST', `${org.base}/customers`, { name: 'Hurtownia Wisła sp. z o.o.', country: 'PL', language: 'pl' })).id;
    await api.ok(org.admin, 'POST', `${org.base}/invoices`, { customerId, number: 'FV/2026/041', issueDate: '2026-03-01', dueDate: '2026-03-31', currency: 'PLN', grossTotalMinor: 1_230_00 });
    await api.ok(org.admin, 'POST', `${org.base}/invoices`, { customerId, number: 'FV/2026/057', issueDate: '2026-04-01', dueDate: '2026-04-30', currency: 'PLN', grossTotalMinor: 410_00 });
  });

  const one = (key: string, language: string, channel: string) => `${org.base}/templates/${key}/${language}/${channel}`;

  it('lists every template the procedures use, in every language, for everyone', async () => {
    const list = await api.ok(viewer, 'GET', `${org.base}/templates`);
    const firstReminder = list.filter((t: { templateKey: string; channel: string }) => t.templateKey === 'standard.first-reminder' && t.channel === 'email');
    expect(firstReminder.map((t: { language: string }) => t.language)).toEqual(['pl', 'en', 'ru', 'de']);
    expect(firstReminder[0]).toEqual({
      templateKey: 'standard.first-reminder',
      language: 'pl',
      channel: 'email',
      tone: 'reminder',
      changed: false,
      origin: 'step',
      updatedAt: null,
    });
    // E-mail steps may go out as SMS or calls; letters only as letters.
    const channels = (key: string) => [...new Set(list.filter((t: { templateKey: string }) => t.templateKey === key).map((t: { channel: string }) => t.channel))];
    expect(channels('standard.firm-request')).toEqual(['email', 'sms', 'call']);
    expect(channels('standard.payment-demand')).toEqual(['letter']);
    expect(list.every((t: { origin: string | null }) => t.origin !== null)).toBe(true);
  });

  it('shows one template with the parts its channel uses', async () => {
    const shown = await api.ok(viewer, 'GET', one('standard.payment-demand', 'de', 'letter'));
    expect(shown).toMatchObject({ templateKey: 'standard.payment-demand', language: 'de', channel: 'letter', tone: 'formal', changed: false, parts: ['subject', 'text'] });
    expect(shown.content.subject).toBe('Zahlungsaufforderung');
    expect(shown.content).toEqual(shown.shipped);
    expect((await api.call(viewer, 'GET', one('custom.nudge', 'pl', 'letter'))).statusCode).toBe(404);
    expect((await api.call(viewer, 'GET', one('standard.first-reminder', 'fr', 'email'))).statusCode).toBe(400);
    expect((await api.call(viewer, 'GET', one('bad key!', 'pl', 'email'))).statusCode).toBe(400);
  });

  it("saves the organization's own text for collectors and admins only", async () => {
    const body = { subject: 'Przypomnienie: {{ item_numbers_short }}', html: '<p>Do zapłaty {{ total_open }}.</p>\n{{ items_table }}', text: 'Do zapłaty {{ total_open }}.' };
    const refused = await api.call(viewer, 'PUT', one('standard.first-reminder', 'pl', 'email'), body);
    expect(refused.statusCode).toBe(403);
    const saved = await api.ok(collector, 'PUT', one('standard.first-reminder', 'pl', 'email'), body);
    expect(saved).toMatchObject({ changed: true, origin: 'organization', content: body, updatedAt: expect.any(String) });
    expect(saved.shipped.subject).toBe('Przypomnienie o płatności: {{ item_numbers_short }}');
    const listed = (await api.ok(viewer, 'GET', `${org.base}/templates`)).find(
      (t: { templateKey: string; language: string; channel: string }) => t.templateKey === 'standard.first-reminder' && t.language === 'pl' && t.channel === 'email',
    );
    expect(listed).toMatchObject({ changed: true, origin: 'organization' });
    // Parts a letter does not use are not kept.
    const letter = await api.ok(org.admin, 'PUT', one('standard.payment-demand', 'pl', 'letter'), { subject: 'Wezwanie', html: '<p>unused</p>', text: 'Kwota: {{ total_open }}' });
    expect(letter.content).toEqual({ subject: 'Wezwanie', html: '', text: 'Kwota: {{ total_open }}' });
  });

  it('refuses a broken template, naming the part and line', async () => {
    const response = await api.call(collector, 'PUT', one('standard.firm-request', 'en', 'email'), {
      subject: 'Payment {{ item_numbers_short }}',
      html: '<p>Hello</p>\n<p>{{ customer.name }</p>',
      text: 'Open: {{ total_opne }}',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().issues).toEqual([
      { field: 'body.html', line: 2, message: expect.stringContaining('line 2') },
      { field: 'body.text', line: 1, message: expect.stringContaining('undefined variable: total_opne') },
    ]);
    const missing = await api.call(collector, 'PUT', one('standard.firm-request', 'en', 'email'), { text: 'Only text' });
    expect(missing.json().issues.map((i: { field: string }) => i.field)).toEqual(['body.subject', 'body.html']);
    // Nothing was stored.
    expect((await api.ok(viewer, 'GET', one('standard.firm-request', 'en', 'email'))).changed).toBe(false);
  });

  it('refuses a threat through the tone guard, naming the part, line, phrase, rule and suggestion; nothing is stored', async () => {
    const response = await api.call(collector, 'PUT', one('standard.second-reminder', 'pl', 'email'), {
      subject: 'Przypomnienie: {{ item_numbers_short }}',
      html: '<p>Do zapłaty {{ total_open }}.</p>\n<p>Inaczej zawiadomimy <b>policję</b>.</p>',
      text: 'Do zapłaty {{ total_open }}.',
    });
    expect(response.statusCode).toBe(400);
    const problem = response.json();
    expect(problem.issues).toEqual([
      { field: 'body.html', line: 2, message: expect.stringMatching(/^line 2: "policję" is not allowed \(threat, rule pl\.threat\.police\)\. Nieopłacona faktura to sprawa cywilna/) },
    ]);
    expect(problem.toneFindings).toEqual([
      expect.objectContaining({ part: 'html', line: 2, phrase: 'policję', ruleId: 'pl.threat.police', category: 'threat', severity: 'forbidden', suggestion: expect.stringContaining('sprawa cywilna') }),
    ]);
    expect((await api.ok(viewer, 'GET', one('standard.second-reminder', 'pl', 'email'))).changed).toBe(false);

    const shouted = await api.call(collector, 'PUT', one('standard.second-reminder', 'en', 'email'), {
      subject: 'URGENT: {{ item_numbers_short }}',
      html: '<p>Open: {{ total_open }}</p>',
      text: 'Open: {{ total_open }}',
    });
    expect(shouted.statusCode).toBe(400);
    expect(shouted.json().issues).toEqual([{ field: 'body.subject', line: 1, message: expect.stringContaining('"URGENT" is not allowed (shouting, rule en.shouting.capitals)') }]);
  });

  it("saves a text the tone guard only warns about, with the warnings, at the step's tone", async () => {
    const body = { text: 'Open: {{ total_open }}. Otherwise we will take legal action.' };
    // A reminder step: legal talk is early here, so it warns.
    const saved = await api.ok(collector, 'PUT', one('standard.first-reminder', 'en', 'sms'), body);
    expect(saved).toMatchObject({ changed: true, tone: 'reminder', content: { text: body.text } });
    expect(saved.toneFindings).toEqual([
      expect.objectContaining({ part: 'text', line: 1, phrase: 'legal action', category: 'legal_jargon', severity: 'warning', allowedTones: ['formal', 'final'] }),
    ]);
    // A payment demand is formal: the same words are in their place.
    const letter = await api.ok(collector, 'PUT', one('standard.payment-demand', 'en', 'letter'), { subject: 'Payment demand', ...body });
    expect(letter.toneFindings).toEqual([]);
  });

  it("refuses what the organization's own tone rules forbid", async () => {
    const other = await openOrganization(api, org.admin);
    const url = `${other.base}/templates/standard.first-reminder/de/sms`;
    const body = { text: 'Offen: {{ total_open }}. Die Konkurrenz zahlt pünktlich.' };
    expect((await api.ok(org.admin, 'PUT', url, body)).toneFindings).toEqual([]);
    await api.ok(org.admin, 'PUT', `${other.base}/tone-rules`, {
      rules: [{ id: 'org.competitor', category: 'insult', severity: 'forbidden', match: { kind: 'phrases', patterns: ['konkurrenz'] }, suggestion: 'Keine Vergleiche mit anderen Kunden.' }],
    });
    const refused = await api.call(org.admin, 'PUT', url, body);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().issues).toEqual([{ field: 'body.text', line: 1, message: expect.stringContaining('"Konkurrenz" is not allowed (insult, rule org.competitor). Keine Vergleiche') }]);
  });

  it('resets a changed template to the shipped text', async () => {
    await api.ok(collector, 'PUT', one('standard.second-reminder', 'pl', 'sms'), { text: 'Własny SMS: {{ total_open }}' });
    expect((await api.call(viewer, 'DELETE', one('standard.second-reminder', 'pl', 'sms'))).statusCode).toBe(403);
    await api.ok(collector, 'DELETE', one('standard.second-reminder', 'pl', 'sms'));
    const shown = await api.ok(viewer, 'GET', one('standard.second-reminder', 'pl', 'sms'));
    expect(shown).toMatchObject({ changed: false, origin: 'step' });
    expect(shown.content).toEqual(shown.shipped);
    expect((await api.call(collector, 'DELETE', one('standard.second-reminder', 'pl', 'sms'))).statusCode).toBe(404);
  });

  it("previews a template for a real customer's open invoices", async () => {
    const preview = await api.ok(viewer, 'POST', `${one('standard.firm-request', 'pl', 'email')}/preview`, { customerId }, 200);
    expect(preview).toMatchObject({ channel: 'email', language: 'pl', templateKey: 'standard.firm-request' });
    // The payment QR code goes inline: a PNG the HTML shows by its content id.
    expect(preview.attachments).toEqual([{ fileName: 'payment-qr.png', contentType: 'image/png', contentId: 'payment-qr', contentBase64: expect.any(String) }]);
    expect(Buffer.from(preview.attachments[0].contentBase64, 'base64').subarray(1, 4).toString()).toBe('PNG');
    expect(preview.html).toContain('<img src="cid:payment-qr"');
    expect(preview.invoiceIds).toHaveLength(2);
    expect(preview.subject).toContain('FV/2026/041, FV/2026/057');
    expect(preview.html).toContain('Hurtownia Wisła sp. z o.o.');
    expect(preview.text).toContain('FV/2026/041 z 01.03.2026, termin 31.03.2026: do zapłaty 1230,00');
    expect(preview.text).toContain('15 dni po terminie');
    expect(preview.text).toContain('PL61 1090 1014 0000 0712 1981 2874');

    // Another language of the same key, and a draft while editing.
    const english = await api.ok(viewer, 'POST', `${one('standard.firm-request', 'en', 'sms')}/preview`, { customerId, draft: { text: 'Owed: {{ total_open }} ({{ items_count }})' } }, 200);
    expect(english.text).toMatch(/^Owed: PLN\s1,640\.00 \(2\)$/);
    expect(english.attachments).toEqual([]);
    const broken = await api.call(viewer, 'POST', `${one('standard.firm-request', 'en', 'sms')}/preview`, { customerId, draft: { text: '{% if %}' } });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().issues[0]).toMatchObject({ field: 'body.text', line: 1 });
  });

  it('refuses a preview for a customer that is unknown or owes nothing', async () => {
    const unknown = await api.call(viewer, 'POST', `${one('standard.first-reminder', 'pl', 'email')}/preview`, { customerId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.statusCode).toBe(404);
    const settled = (await api.ok(org.admin, 'POST', `${org.base}/customers`, { name: 'Nothing Owed', country: 'PL' })).id;
    const empty = await api.call(viewer, 'POST', `${one('standard.first-reminder', 'pl', 'email')}/preview`, { customerId: settled });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().detail).toBe('the customer has no open invoices');
  });

  it("keeps each organization's templates to itself", async () => {
    await api.ok(collector, 'PUT', one('standard.final-notice', 'en', 'letter'), { subject: 'Final', text: 'Ours: {{ total_open }}' });
    const other = await openOrganization(api, org.admin);
    const theirs = await api.ok(org.admin, 'GET', `${other.base}/templates/standard.final-notice/en/letter`);
    expect(theirs).toMatchObject({ changed: false, origin: 'step' });
    const foreignPreview = await api.call(org.admin, 'POST', `${other.base}/templates/standard.final-notice/en/letter/preview`, { customerId });
    expect(foreignPreview.statusCode).toBe(404);
  });
});
