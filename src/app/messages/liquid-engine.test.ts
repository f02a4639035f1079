// The engine organizations' own templates run in: escaping, the sandbox, errors that
// name the part and line, and the plain-text layout rules.
import { describe, expect, it } from 'vitest';
import { sampleMessageFacts } from '../../domain/messages/sample-facts';
import type { TemplateContent } from '../../domain/messages/template-content';
import { checkTemplate } from './check-template';
import { renderContent } from './render-content';

const facts = sampleMessageFacts('pl', '2026-04-15');
const email = (changes: Partial<TemplateContent>): TemplateContent => ({ subject: 'Temat', html: '<p>Treść</p>', text: 'Treść', ...changes });

async function render(content: TemplateContent, channel: 'email' | 'sms' | 'letter' | 'call' = 'email', changes = {}) {
  const result = await renderContent(content, 'custom.step', channel, { ...facts, ...changes });
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('template rendering', () => {
  it('escapes every printed value in HTML, but not the ready-made blocks', async () => {
    const customer = { name: '<b>Evil</b> & "Co"', taxId: null, country: 'PL' };
    const message = await render(email({ html: '<p>{{ customer.name }}</p>{{ items_table }}', text: '{{ customer.name }}' }), 'email', { customer });
    expect(message.html).toContain('<p>&lt;b&gt;Evil&lt;/b&gt; &amp; &quot;Co&quot;</p>');
    expect(message.html).toContain('<table');
    expect(message.text).toBe('<b>Evil</b> & "Co"');
  });

  it('reads no files and no prototype properties', async () => {
    const included = await renderContent(email({ html: "{% include '/etc/passwd' %}" }), 'k', 'email', facts);
    expect(included.ok).toBe(false);
    const message = await render(email({ text: '[{{ customer.constructor }}][{{ items.constructor.name }}]' }));
    expect(message.text).toBe('[][]');
  });

  it('stops a runaway template instead of hanging the sender', async () => {
    const issues = await checkTemplate({ subject: '', html: '', text: 'x\n{% for i in (1..100000000) %}{{ i }}{% endfor %}' }, 'sms', 'pl');
    expect(issues).toEqual([{ field: 'text', line: 2, message: expect.stringMatching(/limit exceeded/) }]);
  });

  it('names the part and line of a syntax error and an unknown filter', async () => {
    const issues = await checkTemplate(email({ html: '<p>Dzień dobry</p>\n<p>{{ customer.name }</p>', text: 'a\nb\n{{ total_open | shout }}' }), 'email', 'pl');
    expect(issues).toEqual([
      { field: 'html', line: 2, message: expect.stringMatching(/^line 2, column \d+: .*not closed/) },
      { field: 'text', line: 3, message: expect.stringMatching(/^line 3, column \d+: undefined filter: shout/) },
    ]);
  });

  it('refuses a misspelt variable before saving, and a missing part', async () => {
    expect(await checkTemplate(email({ subject: 'Faktura {{ custmer.name }}' }), 'email', 'de')).toEqual([
      { field: 'subject', line: 1, message: expect.stringContaining('undefined variable: custmer') },
    ]);
    expect(await checkTemplate({ subject: '', html: '', text: 'SMS' }, 'email', 'pl')).toEqual([
      { field: 'subject', message: 'required for a email template' },
      { field: 'html', message: 'required for a email template' },
    ]);
    expect(await checkTemplate({ subject: '', html: '', text: 'Przypominamy o {{ item_numbers_short }}' }, 'sms', 'pl')).toEqual([]);
  });

  it('leaves no empty line where a tag stands alone, and keeps spaces around inline tags', async () => {
    const text = 'A\n{% if addressee.name %}\nB {% if items_count == 2 %}two{% endif %} C\n{% endif %}\nD\n{% for item in items %}\n- {{ item.number }}\n{% endfor %}\nE';
    expect((await render(email({ text }))).text).toBe('A\nB two C\nD\n- FV/2026/0142\n- FV/2026/0187\nE');
  });

  it('counts empty text and zero as false', async () => {
    const text = '{% if addressee.name %}named{% else %}anonymous{% endif %} {% if customer_page_url %}link{% else %}no link{% endif %}';
    expect((await render(email({ text }), 'email', { addressee: null, customerPageUrl: null })).text).toBe('anonymous no link');
  });

  it('offers deadlines on business days and word forms for counts', async () => {
    // 2026-04-15 + 3 days is Saturday the 18th: the deadline moves to Monday the 20th.
    const text = '{{ 3 | days_from_today }} {{ 5 | plural: "dzień", "dni", "dni" }} {{ items_count | plural: "faktura", "faktury", "faktur" }}';
    expect((await render(email({ text }))).text).toBe('20.04.2026 dni faktury');
  });

  it('makes an SMS one short paragraph and a subject one line', async () => {
    const message = await render({ subject: '', html: '', text: 'Do zapłaty\n  {{ total_open }}.\n\nDziękujemy.' }, 'sms');
    expect(message.text).toBe('Do zapłaty 2444,00 zł. Dziękujemy.');
    expect((await render(email({ subject: 'Przypomnienie\n{{ item_numbers_short }}' }))).subject).toBe('Przypomnienie FV/2026/0142, FV/2026/0187');
  });

  it('attaches the payment QR code to e-mails and letters when one can be drawn', async () => {
    const seen: unknown[] = [];
    const qrPng = async (input: unknown) => {
      seen.push(input);
      return new Uint8Array([137, 80, 78, 71]);
    };
    const content = email({ html: '{% if has_payment_qr %}{{ payment_qr }}{% endif %}' });
    const mail = await renderContent(content, 'k', 'email', facts, { qrPng });
    if (!mail.ok) throw new Error(mail.message);
    expect(mail.value.html).toContain('<img src="cid:payment-qr"');
    expect(mail.value.attachments).toEqual([{ fileName: 'payment-qr.png', contentType: 'image/png', content: new Uint8Array([137, 80, 78, 71]), contentId: 'payment-qr' }]);
    expect(seen).toEqual([expect.objectContaining({ currency: 'PLN', amountMinor: 244_400, title: 'FV/2026/0142, FV/2026/0187' })]);

    const sms = await renderContent({ subject: '', html: '', text: 'x' }, 'k', 'sms', facts, { qrPng });
    expect(sms.ok && sms.value.attachments).toEqual([]);
    const noCode = await renderContent(content, 'k', 'email', facts, { qrPng: async () => null });
    expect(noCode.ok && noCode.value.html).not.toContain('<img');
  });
});
