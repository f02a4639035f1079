// Reading cells that describe customers and their people: countries, languages, time
// zones, tax ids, e-mail addresses, phone numbers, contact roles and channels. What
// is accepted matches the API contract, so an imported value is one the API can show.
import { isValidNip, looksLikeVatId, normalizeNip, normalizeVatId } from '../../domain/tax-ids';
import type { SheetCell } from '../../formats/sheet-row';
import { contactRoles, emailAddress, languageCode, phoneNumber, timeZoneName, type ContactRole } from '../../http/contract';
import { cellText, shown, splitList, type Parsed } from './cell-values';
import { normalizeHeader } from './headers';

const valid = <T>(value: T): Parsed<T> => ({ ok: true, value });
const invalid = <T>(message: string): Parsed<T> => ({ ok: false, message });

let countryNames: Map<string, string> | null = null;

// Country names in the languages Duly speaks, from the runtime's own data: "Polska",
// "Poland", "Niemcy", "Deutschland", "Германия" → the ISO code.
function countryByName(): Map<string, string> {
  if (countryNames) return countryNames;
  countryNames = new Map([
    ['uk', 'GB'], ['england', 'GB'], ['anglia', 'GB'], ['usa', 'US'], ['el', 'GR'], ['czechrepublic', 'CZ'], ['republikaczeska', 'CZ'],
  ]);
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const locale of ['en', 'pl', 'de', 'ru']) {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const a of letters) {
      for (const b of letters) {
        const name = names.of(a + b);
        if (name) countryNames.set(normalizeHeader(name), a + b);
      }
    }
  }
  return countryNames;
}

/** A two-letter ISO country code, or a country's name in Polish, English, German or Russian. */
export function parseCountryCell(cell: SheetCell): Parsed<string> {
  const text = cellText(cell);
  if (/^[A-Za-z]{2}$/.test(text)) {
    const code = text.toUpperCase();
    return valid(code === 'UK' ? 'GB' : code === 'EL' ? 'GR' : code);
  }
  const code = countryByName().get(normalizeHeader(text));
  return code ? valid(code) : invalid(`${shown(cell)} is not a country (use a code such as PL or DE)`);
}

const LANGUAGE_WORDS: Record<string, string> = {
  polski: 'pl', polish: 'pl', polnisch: 'pl', польский: 'pl',
  angielski: 'en', english: 'en', englisch: 'en', английский: 'en',
  niemiecki: 'de', german: 'de', deutsch: 'de', немецкий: 'de',
  rosyjski: 'ru', russian: 'ru', russisch: 'ru', русский: 'ru',
};

/** A language Duly writes in (pl, en, de, ru), by code ("pl-PL" too) or by name. */
export function parseLanguageCell(cell: SheetCell): Parsed<string> {
  const text = cellText(cell).toLowerCase();
  const code = LANGUAGE_WORDS[normalizeHeader(text)] ?? (/^[a-z]{2}(?:[-_][a-z]{2})?$/.test(text) ? text.slice(0, 2) : '');
  return languageCode.safeParse(code).success
    ? valid(code)
    : invalid(`${shown(cell)} is not a language Duly writes in (pl, en, de, ru)`);
}

/** An IANA time zone such as Europe/Warsaw. */
export function parseTimeZoneCell(cell: SheetCell): Parsed<string> {
  const text = cellText(cell);
  return timeZoneName.safeParse(text).success ? valid(text) : invalid(`${shown(cell)} is not a time zone such as Europe/Warsaw`);
}

/** A tax id: for Polish customers a NIP with a correct check digit (digits only), else as written without spaces. */
export function parseTaxIdCell(cell: SheetCell, country: string): Parsed<string> {
  const text = cellText(cell);
  if (country === 'PL') {
    const nip = normalizeNip(text).replace(/\./g, '');
    if (!/^\d{10}$/.test(nip)) return invalid(`${shown(cell)} is not a NIP: a NIP has 10 digits`);
    return isValidNip(nip) ? valid(nip) : invalid(`${shown(cell)} is not a valid NIP: the check digit is wrong`);
  }
  return valid(text.toUpperCase().replace(/[\s.\-/]/g, ''));
}

/** An EU VAT id with its country prefix, e.g. DE123456789. */
export function parseVatIdCell(cell: SheetCell): Parsed<string> {
  const vatId = normalizeVatId(cellText(cell));
  return looksLikeVatId(vatId)
    ? valid(vatId)
    : invalid(`${shown(cell)} is not an EU VAT id (a country prefix and the number, e.g. DE123456789); other numbers go in otherTaxId`);
}

/** E-mail addresses separated by commas, semicolons or spaces. */
export function parseEmailsCell(cell: SheetCell): Parsed<string[]> {
  const addresses = splitList(cell, /[,;\s]+/).map((a) => a.replace(/^mailto:/i, ''));
  const wrong = addresses.find((a) => !emailAddress.shape.address.safeParse(a).success);
  return wrong === undefined ? valid(addresses) : invalid(`"${wrong}" is not an e-mail address`);
}

/** Phone numbers separated by commas or semicolons: digits, spaces, dashes, brackets, a leading +. */
export function parsePhonesCell(cell: SheetCell): Parsed<string[]> {
  const numbers = splitList(cell).map((n) => n.replace(/[./]/g, ' ').replace(/\s+/g, ' ').trim());
  const wrong = numbers.find((n) => !phoneNumber.shape.number.safeParse(n).success);
  return wrong === undefined ? valid(numbers) : invalid(`"${wrong}" is not a phone number`);
}

const ROLE_WORDS: Record<ContactRole, string[]> = {
  payables: ['księgowość', 'księgowa', 'księgowy', 'płatności', 'rozrachunki', 'rozliczenia', 'faktury', 'accounts payable',
    'payables', 'AP', 'accounting', 'accounts', 'billing', 'Buchhaltung', 'Kreditorenbuchhaltung', 'бухгалтерия',
    'бухгалтер', 'оплата'],
  chief_accountant: ['główna księgowa', 'główny księgowy', 'chief accountant', 'head of accounting', 'Hauptbuchhalter',
    'Hauptbuchhalterin', 'Leiter Buchhaltung', 'главный бухгалтер', 'главбух'],
  ceo: ['prezes', 'prezes zarządu', 'właściciel', 'dyrektor generalny', 'zarząd', 'CEO', 'owner', 'managing director',
    'president', 'Geschäftsführer', 'Geschäftsführerin', 'Inhaber', 'директор', 'генеральный директор', 'владелец'],
  cfo: ['dyrektor finansowy', 'CFO', 'finance director', 'financial director', 'Finanzdirektor', 'Finanzvorstand',
    'финансовый директор', 'финдиректор'],
  finance_decision_maker: ['decyzje finansowe', 'osoba decyzyjna', 'decydent', 'finance decision maker',
    'decision maker', 'approver', 'Entscheider', 'ЛПР', 'лицо принимающее решения'],
  secretary: ['sekretariat', 'sekretarka', 'sekretarz', 'recepcja', 'asystentka', 'secretary', 'reception', 'office',
    'Sekretariat', 'Sekretärin', 'Empfang', 'секретарь', 'секретариат', 'приемная'],
  operational_buyer: ['zakupy', 'zaopatrzenie', 'zaopatrzeniowiec', 'kupiec', 'zamawiający', 'buyer', 'purchasing',
    'procurement', 'operational buyer', 'Einkauf', 'Einkäufer', 'закупки', 'снабжение', 'закупщик', 'снабженец'],
};

const roleByWord = new Map<string, ContactRole>(
  contactRoles.flatMap((role) => [role, ...ROLE_WORDS[role]].map((word) => [normalizeHeader(word), role] as const)),
);

/** Contact roles from words such as "księgowość, prezes" or "payables; ceo". */
export function parseRolesCell(cell: SheetCell): Parsed<ContactRole[]> {
  const roles: ContactRole[] = [];
  for (const word of splitList(cell, /[,;/|\n]/)) {
    const role = roleByWord.get(normalizeHeader(word));
    if (!role) {
      return invalid(`"${word}" is not a contact role; use e.g. księgowość, główna księgowa, prezes, dyrektor finansowy, sekretariat, zakupy (or ${contactRoles.join(', ')})`);
    }
    if (!roles.includes(role)) roles.push(role);
  }
  return valid(roles);
}

type Channel = 'email' | 'sms' | 'phone' | 'letter';
const CHANNEL_WORDS: Record<Channel, string[]> = {
  email: ['email', 'e-mail', 'mail', 'poczta elektroniczna', 'E-Mail', 'электронная почта', 'почта'],
  sms: ['sms', 'text', 'tekst', 'смс'],
  phone: ['phone', 'telefon', 'tel', 'call', 'telefonicznie', 'Anruf', 'телефон', 'звонок'],
  letter: ['letter', 'list', 'poczta', 'post', 'listownie', 'Brief', 'письмо'],
};
const channelByWord = new Map<string, Channel>(
  (Object.keys(CHANNEL_WORDS) as Channel[]).flatMap((c) => CHANNEL_WORDS[c].map((w) => [normalizeHeader(w), c] as const)),
);

/** A contact channel: e-mail, SMS, phone or letter, in any of the four languages. */
export function parseChannelCell(cell: SheetCell): Parsed<Channel> {
  const channel = channelByWord.get(normalizeHeader(cellText(cell)));
  return channel ? valid(channel) : invalid(`${shown(cell)} is not a channel (e-mail, sms, telefon, list)`);
}
