import { describe, expect, it } from 'vitest';
import {
  parseChannelCell,
  parseCountryCell,
  parseEmailsCell,
  parseLanguageCell,
  parsePhonesCell,
  parseRolesCell,
  parseTaxIdCell,
  parseTimeZoneCell,
  parseVatIdCell,
} from './party-values';

const value = <T>(result: { ok: true; value: T } | { ok: false; message: string }) => (result.ok ? result.value : result.message);

describe('parseCountryCell', () => {
  it('reads codes and names in Polish, English, German and Russian', () => {
    expect(value(parseCountryCell('pl'))).toBe('PL');
    expect(value(parseCountryCell('Polska'))).toBe('PL');
    expect(value(parseCountryCell('Niemcy'))).toBe('DE');
    expect(value(parseCountryCell('Deutschland'))).toBe('DE');
    expect(value(parseCountryCell('Czech Republic'))).toBe('CZ');
    expect(value(parseCountryCell('Czechy'))).toBe('CZ');
    expect(value(parseCountryCell('Германия'))).toBe('DE');
    expect(value(parseCountryCell('UK'))).toBe('GB');
    expect(value(parseCountryCell('Atlantyda'))).toBe('"Atlantyda" is not a country (use a code such as PL or DE)');
  });
});

describe('parseLanguageCell and parseTimeZoneCell', () => {
  it('reads the languages Duly writes in, by code or name', () => {
    expect(value(parseLanguageCell('polski'))).toBe('pl');
    expect(value(parseLanguageCell('en-GB'))).toBe('en');
    expect(value(parseLanguageCell('Deutsch'))).toBe('de');
    expect(value(parseLanguageCell('fr'))).toContain('is not a language Duly writes in');
  });

  it('accepts IANA time zones only', () => {
    expect(value(parseTimeZoneCell('Europe/Warsaw'))).toBe('Europe/Warsaw');
    expect(value(parseTimeZoneCell('Warszawa'))).toContain('is not a time zone');
  });
});

describe('parseTaxIdCell and parseVatIdCell', () => {
  it('keeps the digits of a Polish NIP and checks its check digit', () => {
    expect(value(parseTaxIdCell('525-000-00-15', 'PL'))).toBe('5250000015');
    expect(value(parseTaxIdCell('PL 525 000 00 15', 'PL'))).toBe('5250000015');
    expect(value(parseTaxIdCell(5250000015, 'PL'))).toBe('5250000015');
    expect(value(parseTaxIdCell('5250000016', 'PL'))).toBe('"5250000016" is not a valid NIP: the check digit is wrong');
    expect(value(parseTaxIdCell('52500000', 'PL'))).toBe('"52500000" is not a NIP: a NIP has 10 digits');
  });

  it('keeps foreign tax ids as written, without separators', () => {
    expect(value(parseTaxIdCell('12/345/67890', 'DE'))).toBe('1234567890');
  });

  it('normalizes EU VAT ids and refuses other numbers', () => {
    expect(value(parseVatIdCell('de 123.456.789'))).toBe('DE123456789');
    expect(value(parseVatIdCell('GB123456789'))).toContain('is not an EU VAT id');
  });
});

describe('parseEmailsCell and parsePhonesCell', () => {
  it('splits and checks e-mail addresses', () => {
    expect(value(parseEmailsCell('anna@firma.pl; biuro@firma.pl mailto:szef@firma.pl'))).toEqual([
      'anna@firma.pl',
      'biuro@firma.pl',
      'szef@firma.pl',
    ]);
    expect(value(parseEmailsCell('anna(at)firma.pl'))).toBe('"anna(at)firma.pl" is not an e-mail address');
  });

  it('splits and checks phone numbers', () => {
    expect(value(parsePhonesCell('+48 600 100 200, 22.123.45.67'))).toEqual(['+48 600 100 200', '22 123 45 67']);
    expect(value(parsePhonesCell('zadzwoń rano'))).toBe('"zadzwoń rano" is not a phone number');
  });
});

describe('parseRolesCell', () => {
  it('reads role words in Polish, English, German and Russian', () => {
    expect(value(parseRolesCell('księgowość, główna księgowa'))).toEqual(['payables', 'chief_accountant']);
    expect(value(parseRolesCell('Prezes; dyrektor finansowy / zakupy'))).toEqual(['ceo', 'cfo', 'operational_buyer']);
    expect(value(parseRolesCell('zaopatrzenie, Sekretariat, płatności'))).toEqual(['operational_buyer', 'secretary', 'payables']);
    expect(value(parseRolesCell('Accounts payable, CFO'))).toEqual(['payables', 'cfo']);
    expect(value(parseRolesCell('Geschäftsführer, главный бухгалтер'))).toEqual(['ceo', 'chief_accountant']);
    expect(value(parseRolesCell('finance_decision_maker'))).toEqual(['finance_decision_maker']);
    expect(value(parseRolesCell('kierowca'))).toContain('"kierowca" is not a contact role');
  });
});

describe('parseChannelCell', () => {
  it('reads channel words', () => {
    expect(value(parseChannelCell('E-mail'))).toBe('email');
    expect(value(parseChannelCell('telefon'))).toBe('phone');
    expect(value(parseChannelCell('list'))).toBe('letter');
    expect(value(parseChannelCell('SMS'))).toBe('sms');
    expect(value(parseChannelCell('gołąb'))).toContain('is not a channel');
  });
});
