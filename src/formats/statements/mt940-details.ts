// The `:86:` "information to account owner" text is where the title, the payer and
// the payer's account are, and every bank lays it out its own way. Four layouts are
// read:
//  - sub-fields behind a separator and two digits: `?20…?21…` (German GVC layout,
//    also used by some Polish banks), `~20`, `<20`, `^20` (Polish banks);
//  - slash-keyed fields `/TRTP/…/NAME/…/REMI/…` (ABN AMRO, ING Benelux SEPA layout);
//  - mBank's free text with `TYT.:`, `OD:`/`DLA:`, `Z RACH.:`/`NA RACH.:`;
//  - anything else is kept whole as the title.
import type { Counterparty } from './bank-statement';
import { counterpartyAccountOf, joinWrapped, tidy } from './statement-fields';

export type TransactionDetails = {
  title: string;
  counterparty: Counterparty;
  endToEndId: string | null;
  /** A creditor reference given in a field of its own (RF or another scheme), as written. */
  structuredReference: string | null;
  /** The transaction code leading a sub-field layout (GVC "166", "020"). */
  transactionCode: string | null;
};

// SWIFT lines are at most 65 characters including the tag; a line that long was cut
// by the bank mid-word.
const LINE_WIDTH = 65;
// Each `?2x`-style sub-field holds 27 characters of a longer text.
const SUBFIELD_WIDTH = 27;

const noCounterparty: Counterparty = { name: null, account: null, bankCode: null, address: null };

/** Reads the `:86:` text given as its lines (the first without the tag marker). */
export function readTransactionDetails(lines: readonly string[]): TransactionDetails {
  const text = joinWrapped([`:86:${lines[0] ?? ''}`, ...lines.slice(1)], LINE_WIDTH).slice(4);
  const subfields = /^\s*([0-9A-Z]{3})?\s*([?~<^])\d{2}/.exec(text);
  if (subfields) return readSubfields(text, subfields[2]!, subfields[1] ?? null);
  if (/^\s*\/[A-Z]{2,9}\//.test(text)) return readSlashKeyed(text);
  if (MBANK_KEY.test(text)) return readMbank(text);
  return { title: tidy(text) ?? '', counterparty: noCounterparty, endToEndId: null, structuredReference: null, transactionCode: null };
}

function readSubfields(text: string, separator: string, code: string | null): TransactionDetails {
  const fields = new Map<number, string[]>();
  const pattern = new RegExp(`\\${separator}(\\d{2})`, 'g');
  const marks = [...text.matchAll(pattern)];
  marks.forEach((mark, i) => {
    const number = Number(mark[1]);
    const end = i + 1 < marks.length ? marks[i + 1]!.index : text.length;
    const values = fields.get(number) ?? [];
    values.push(text.slice(mark.index + mark[0].length, end));
    fields.set(number, values);
  });
  const range = (from: number, to: number) => {
    const pieces: string[] = [];
    for (let n = from; n <= to; n++) pieces.push(...(fields.get(n) ?? []));
    return pieces;
  };
  const german = separator === '?';
  // German banks continue the purpose in ?60–?63; Polish banks put the address there.
  const purpose = joinWrapped(german ? [...range(20, 29), ...range(60, 63)] : range(20, 25), SUBFIELD_WIDTH);
  const sepa = readSepaKeys(purpose);
  const account = range(38, 38).join('') || range(31, 31).join('');
  return {
    title: tidy(sepa.get('SVWZ') ?? purpose) ?? '',
    counterparty: {
      name: tidy(joinWrapped(range(32, 33), SUBFIELD_WIDTH)),
      account: counterpartyAccountOf(account),
      bankCode: tidy(range(30, 30).join('')),
      address: german ? null : tidy(range(62, 63).join(' ')),
    },
    endToEndId: presentReference(sepa.get('EREF')),
    structuredReference: null,
    transactionCode: code,
  };
}

// SEPA texts in the German layout mark their parts with these keys ("EREF+…SVWZ+…").
const SEPA_KEY = /(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|COAM|OAMT)\+/g;

function readSepaKeys(purpose: string): Map<string, string> {
  const keyed = new Map<string, string>();
  const marks = [...purpose.matchAll(SEPA_KEY)];
  marks.forEach((mark, i) => {
    const end = i + 1 < marks.length ? marks[i + 1]!.index : purpose.length;
    keyed.set(mark[1]!, purpose.slice(mark.index + mark[0].length, end).trim());
  });
  return keyed;
}

function presentReference(reference: string | undefined | null): string | null {
  const tidied = tidy(reference);
  return tidied === null || /^NOTPROVIDED$/i.test(tidied) || /^NONREF$/i.test(tidied) ? null : tidied;
}

const SLASH_KEYS = new Set([
  'TRTP', 'IBAN', 'BIC', 'NAME', 'REMI', 'EREF', 'MARF', 'CSID', 'ORDP', 'BENM', 'CNTP', 'ADDR', 'PREF',
  'RTRN', 'PURP', 'ULTC', 'ULTD', 'ISDT', 'SVCL', 'CDTRREF', 'CDTRREFTP', 'ACCW', 'FX', 'NRTX', 'RTYP',
  'TRCD', 'CHGS', 'EXCH', 'OCMT', 'ID',
]);

function readSlashKeyed(text: string): TransactionDetails {
  const fields = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const token of text.trim().split('/').slice(1)) {
    if (SLASH_KEYS.has(token) && !fields.has(token)) {
      current = [];
      fields.set(token, current);
    } else if (current) {
      current.push(token);
    }
  }
  const value = (key: string) => {
    const tokens = fields.get(key);
    if (!tokens) return null;
    while (tokens.length > 0 && tokens[tokens.length - 1] === '') tokens.pop();
    return tokens.join('/');
  };
  // ING packs the counterparty into one field: account/BIC/name/city.
  const counterpartyParts = fields.get('CNTP') ?? [];
  let remittance = value('REMI') ?? '';
  let structuredReference: string | null = null;
  if (/^USTD\//.test(remittance)) remittance = remittance.replace(/^USTD\/+/, '');
  else if (/^STRD\//.test(remittance)) {
    // "/REMI/STRD/CUR/RF18539007547034/": the reference is the last part.
    const parts = remittance.split('/').filter((part) => part !== '');
    structuredReference = parts[parts.length - 1] ?? null;
    remittance = '';
  }
  const structured = structuredReference ?? value('CDTRREF');
  return {
    title: tidy(remittance) ?? '',
    counterparty: {
      name: tidy(value('NAME') ?? counterpartyParts[2]),
      account: counterpartyAccountOf(value('IBAN') ?? counterpartyParts[0]),
      bankCode: tidy(value('BIC') ?? counterpartyParts[1]),
      address: tidy(value('ADDR') ?? counterpartyParts[3]),
    },
    endToEndId: presentReference(value('EREF')),
    structuredReference: tidy(structured),
    transactionCode: tidy(value('TRTP')),
  };
}

const MBANK_KEYS = ['ID IPH', 'Z RACH.', 'NA RACH.', 'OD', 'DLA', 'TYT.', 'DATA STEMPLA', 'TNR'];
const keyPattern = MBANK_KEYS.map((key) => key.replace(/[.]/g, '\\.')).join('|');
const MBANK_KEY = new RegExp(`(?:^|;)\\s*(?:${keyPattern}):`);
const MBANK_KEYS_ALL = new RegExp(`(?:^|;)\\s*(${keyPattern}):`, 'g');

function readMbank(text: string): TransactionDetails {
  const fields = new Map<string, string>();
  const marks = [...text.matchAll(MBANK_KEYS_ALL)];
  marks.forEach((mark, i) => {
    const end = i + 1 < marks.length ? marks[i + 1]!.index : text.length;
    fields.set(mark[1]!, text.slice(mark.index + mark[0].length, end).replace(/;\s*$/, ''));
  });
  const party = splitNameAndAddress((fields.get('OD') ?? fields.get('DLA') ?? '').trim() || null);
  const description = tidy(text.slice(0, marks[0]?.index ?? text.length).replace(/;\s*$/, ''));
  return {
    title: tidy(fields.get('TYT.')) ?? '',
    counterparty: {
      ...party,
      account: counterpartyAccountOf(fields.get('Z RACH.') ?? fields.get('NA RACH.')),
      bankCode: null,
    },
    endToEndId: null,
    structuredReference: null,
    transactionCode: description ? (/^\d{3}\b/.exec(description)?.[0] ?? null) : null,
  };
}

// mBank writes the payer's name and address as one text ("JAN NOWAK  UL. NIJAKA 1 M 2
// 31-234 KRAKOW"). The address is taken to start at a street marker, else at the
// double space many banks leave after the name, else at "street number" before a
// postal code, else at the postal code; with none of these the whole text is the name.
const STREET = /\s(?:UL|AL|OS|PL)(?:\.|\s)/;
const POSTAL_CODE = /\s\d{2}-\d{3}(?:\s|$)/;

export function splitNameAndAddress(text: string | null): { name: string | null; address: string | null } {
  if (!text) return { name: null, address: null };
  const raw = text.replace(/[\t\n]/g, ' ');
  const street = STREET.exec(raw);
  const postal = POSTAL_CODE.exec(raw);
  let at = street?.index ?? -1;
  if (at < 0 && postal) {
    const beforePostal = raw.slice(0, postal.index);
    const doubleSpace = beforePostal.indexOf('  ');
    const numbered = /\s\S+\s+\d+[A-Z]?(?:\/\d+)?$/.exec(beforePostal);
    at = doubleSpace > 0 ? doubleSpace : (numbered?.index ?? postal.index);
  }
  if (at <= 0) return { name: tidy(raw), address: null };
  return { name: tidy(raw.slice(0, at)), address: tidy(raw.slice(at)) };
}
