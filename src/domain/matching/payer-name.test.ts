import { describe, expect, it } from 'vitest';
import { nameSimilarity, nameTokens } from './payer-name';

describe('payer names', () => {
  it('drops legal forms and trade abbreviations', () => {
    expect(nameTokens('P.H.U. Kowalski Sp. z o.o.')).toEqual(['KOWALSKI']);
    expect(nameTokens('Müller Bau GmbH & Co. KG')).toEqual(['MULLER', 'BAU']);
    expect(nameTokens('BUDIMEX S.A.')).toEqual(['BUDIMEX']);
  });
  it.each<[string, string, number]>([
    ['Jan Kowalski PHU', 'KOWALSKI JAN', 1],
    ['Wiśniewski Transport sp. z o.o.', 'WISNIEWSKI TRANSPORT', 1],
    ['Wiśniewski Transport sp. z o.o.', 'Wisnievski Transport', 1],
    ['Zielony Ogród Anna Nowak', 'Anna Nowak', 0.9],
    ['Zielony Ogród Anna Nowak', 'Nowak', 0.4],
    ['Zielony Ogród', 'Czerwony Dom', 0],
  ])('%s ~ %s', (a, b, similarity) => {
    expect(nameSimilarity(nameTokens(a), nameTokens(b))).toBeCloseTo(similarity, 5);
  });
});
