import { describe, expect, it } from 'vitest';
import type { TemplateSummary } from '../../../src/http/contract';
import { groupTemplates } from './template-groups';

const summary = (templateKey: string, channel: TemplateSummary['channel'], language: TemplateSummary['language'], changed = false): TemplateSummary => ({
  templateKey,
  channel,
  language,
  tone: 'reminder',
  changed,
  origin: changed ? 'organization' : 'step',
  updatedAt: null,
});

const procedure = (key: string, steps: [string, number][]) => ({
  key,
  latest: { name: { pl: key.toUpperCase(), en: key }, steps: steps.map(([templateKey, dayOffset]) => ({ templateKey, dayOffset }) as never) },
});

describe('groupTemplates', () => {
  const templates = [
    summary('standard.first-reminder', 'sms', 'pl'),
    summary('standard.first-reminder', 'email', 'en', true),
    summary('standard.first-reminder', 'email', 'pl'),
    summary('standard.courtesy', 'email', 'pl'),
    summary('old.step', 'letter', 'de', true),
  ];

  it('orders steps as the procedure runs them, channels and languages in their fixed order', () => {
    const groups = groupTemplates(templates, [procedure('standard', [['standard.courtesy', -3], ['standard.first-reminder', 7]])]);
    expect(groups.map((g) => g.procedure?.key ?? null)).toEqual(['standard', null]);
    const [courtesy, first] = groups[0]!.steps;
    expect(courtesy).toMatchObject({ templateKey: 'standard.courtesy', dayOffset: -3 });
    expect(first!.rows.map((r) => r.channel)).toEqual(['email', 'sms']);
    expect(first!.rows[0]!.cells.map((c) => (c ? `${c.language}:${c.changed}` : null))).toEqual(['pl:false', 'en:true', null, null]);
  });

  it('puts a key used by two procedures under the first only, and the unused keys last', () => {
    const groups = groupTemplates(templates, [procedure('a', [['standard.courtesy', 0]]), procedure('b', [['standard.courtesy', 0], ['standard.first-reminder', 7]])]);
    expect(groups.map((g) => [g.procedure?.key ?? null, g.steps.map((s) => s.templateKey)])).toEqual([
      ['a', ['standard.courtesy']],
      ['b', ['standard.first-reminder']],
      [null, ['old.step']],
    ]);
    expect(groups[2]!.steps[0]).toMatchObject({ dayOffset: null, rows: [{ channel: 'letter', cells: [null, null, null, expect.objectContaining({ changed: true })] }] });
  });
});
