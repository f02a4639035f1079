import { describe, expect, it } from 'vitest';
import { defaultProcedure } from './default-procedures';
import type { ProcedureStep, ProcedureVersion } from './procedure';
import { procedureVersionOn, stage, toneRank, validateProcedure } from './procedure-rules';

const sound = defaultProcedure('standard');

function withStep(index: number, change: Partial<ProcedureStep>): ProcedureVersion {
  return { ...sound, steps: sound.steps.map((s, i) => (i === index ? { ...s, ...change } : s)) };
}

function issuesOf(version: ProcedureVersion): string[] {
  return validateProcedure(version).map((i) => `${i.path}:${i.code}`);
}

describe('validateProcedure: every issue names its field path', () => {
  it('accepts a sound procedure', () => {
    expect(validateProcedure(sound)).toEqual([]);
  });
  it.each<[string, ProcedureVersion, string[]]>([
    ['unique step keys', withStep(2, { key: 'first-reminder' }), ['steps[2].key:duplicateStepKey']],
    ['offsets strictly increasing', withStep(2, { dayOffset: 3 }), ['steps[2].dayOffset:offsetNotIncreasing']],
    ['whole-day offsets', withStep(2, { dayOffset: 10.5 }), ['steps[2].dayOffset:notPositiveInteger']],
    ['non-empty addressee chain', withStep(2, { addressees: [] }), ['steps[2].addressees:emptyAddressees']],
    ['no role twice in a chain', withStep(2, { addressees: ['payables', 'payables'] }), ['steps[2].addressees[1]:duplicateAddressee']],
    ['known roles only', withStep(2, { addressees: ['janitor' as never] }), ['steps[2].addressees[0]:unknownValue']],
    [
      'operational buyer only as a single explicit choice',
      withStep(2, { addressees: ['payables', 'operational_buyer'] }),
      ['steps[2].addressees:operationalBuyerInChain'],
    ],
    ['the account owner is not a customer contact', withStep(2, { addressees: ['account_owner'] }), ['steps[2].addressees:accountOwnerAsCustomer']],
    ['tone never decreasing', withStep(4, { tone: 'reminder' }), ['steps[4].tone:toneDecreases']],
    ['confirm receipt only before the due date', withStep(0, { dayOffset: 0 }), ['steps[0].dayOffset:confirmReceiptAfterDue']],
    ['confirm receipt addressed to payables', withStep(0, { addressees: ['chief_accountant'] }), ['steps[0].addressees:confirmReceiptNotToPayables']],
    [
      'internal tasks have no customer addressee',
      withStep(6, { channel: 'internalTask', addressees: ['ceo'] }),
      ['steps[6].addressees:internalTaskAddressesCustomer'],
    ],
    ['minimum overdue amount not negative', withStep(3, { conditions: { minOverdueMinor: -1 } }), ['steps[3].conditions.minOverdueMinor:negativeAmount']],
    ['known channels only', withStep(3, { channel: 'fax' as never }), ['steps[3].channel:unknownValue']],
    ['known effects, once each', withStep(3, { effects: ['setCreditHold', 'setCreditHold'] }), ['steps[3].effects[1]:duplicateEffect']],
    ['a template key per step', withStep(3, { templateKey: ' ' }), ['steps[3].templateKey:required']],
    ['at least one step', { ...sound, steps: [] }, ['steps:noSteps']],
    ['rhythm numbers positive', { ...sound, rhythm: { ...sound.rhythm, maxContactsPerWeek: 0 } }, ['rhythm.maxContactsPerWeek:notPositiveInteger']],
    ['rhythm gap positive', { ...sound, rhythm: { ...sound.rhythm, minDaysBetweenContacts: -2 } }, ['rhythm.minDaysBetweenContacts:notPositiveInteger']],
    ['window from before to', { ...sound, sendWindow: { ...sound.sendWindow, from: '17:00', to: '09:00' } }, ['sendWindow.to:windowEmpty']],
    ['window times well-formed', { ...sound, sendWindow: { ...sound.sendWindow, from: '9am' } }, ['sendWindow.from:invalidTime']],
    ['window weekdays 1–7', { ...sound, sendWindow: { ...sound.sendWindow, weekdays: [1, 8] } }, ['sendWindow.weekdays[1]:unknownValue']],
    ['window with some weekday', { ...sound, sendWindow: { ...sound.sendWindow, weekdays: [] } }, ['sendWindow.weekdays:windowEmpty']],
    ['effective date a calendar date', { ...sound, effectiveFrom: '2026-02-30' }, ['effectiveFrom:invalidDate']],
    ['a name in both languages', { ...sound, name: { pl: 'Standardowa', en: '' } }, ['name.en:required']],
    ['version from 1', { ...sound, version: 0 }, ['version:notPositiveInteger']],
    ['grace days not negative', { ...sound, promiseGraceDays: -1 }, ['promiseGraceDays:notPositiveInteger']],
  ])('%s', (_, version, expected) => {
    expect(issuesOf(version)).toEqual(expected);
  });
  it('allows the operational buyer when a step names it alone', () => {
    expect(issuesOf(withStep(2, { addressees: ['operational_buyer'] }))).toEqual([]);
  });
  it('allows an internal task for the account owner', () => {
    expect(issuesOf(withStep(6, { channel: 'internalTask', addressees: ['account_owner'] }))).toEqual([]);
  });
});

describe('stage: monitoring is diplomatic, collection concrete', () => {
  it.each([
    ['courtesy', 'monitoring'],
    ['reminder', 'monitoring'],
    ['firm', 'collection'],
    ['formal', 'collection'],
    ['final', 'collection'],
  ] as const)('%s → %s', (tone, expected) => {
    expect(stage(tone)).toBe(expected);
  });
  it('ranks tones along the ladder', () => {
    expect(toneRank('courtesy')).toBeLessThan(toneRank('reminder'));
    expect(toneRank('formal')).toBeLessThan(toneRank('final'));
  });
});

describe('procedureVersionOn: a new version decides from its effective date', () => {
  const v1 = { ...sound, version: 1, effectiveFrom: '2020-01-01' };
  const v2 = { ...sound, version: 2, effectiveFrom: '2026-04-01' };
  it.each([
    ['before any version', '2019-12-31', null],
    ['the day before v2', '2026-03-31', 1],
    ['v2 effective day', '2026-04-01', 2],
    ['later', '2027-01-01', 2],
  ])('%s', (_, date, expected) => {
    expect(procedureVersionOn([v2, v1], date)?.version ?? null).toBe(expected);
  });
});
