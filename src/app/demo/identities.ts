// Identifiers, addresses and ways to reach a demo customer: valid NIPs and IBANs,
// EU VAT ids, phone numbers, e-mail addresses on reserved example domains.
import { ibanFromBban } from '../../domain/iban';
import { nipWithCheckDigit } from '../../domain/tax-ids';
import type { PostalAddress } from '../../store/schema';
import { asciiFold } from './names';
import type { Random } from './random';

/** Domain suffixes of demo mailboxes; never a real company's domain. */
// Subdomains of example.com are reserved (RFC 2606): demo mail can never reach anyone.
export const demoMailDomains = { pl: 'pl.example.com', foreign: 'example.com' } as const;

/** A valid NIP: nine random digits (the first never 0) and the check digit. */
export function randomNip(random: Random): string {
  for (;;) {
    const nip = nipWithCheckDigit(String(random.int(1, 9)) + random.digits(8));
    if (nip) return nip;
  }
}

// Three-digit bank identifiers of large Polish banks; the branch digits are invented.
const polishBankCodes = ['102', '105', '109', '114', '116', '124', '154', '160', '194', '249'] as const;

/** A Polish sort code: bank, branch and the weighted check digit (weights 3,9,7,1,3,9,7). */
export function polishSortCode(bank: string, branch: string): string {
  const weights = [3, 9, 7, 1, 3, 9, 7];
  const body = bank + branch;
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * weights[i]!, 0);
  return body + String((10 - (sum % 10)) % 10);
}

/** A valid IBAN of a bank account in the given country (PL, DE, AT, NL or IE). */
export function randomIban(random: Random, country: string): string {
  switch (country) {
    case 'PL':
      return ibanFromBban('PL', polishSortCode(random.pick(polishBankCodes), random.digits(4)) + random.digits(16));
    case 'DE':
      return ibanFromBban('DE', String(random.int(1, 8)) + random.digits(7) + random.digits(10));
    case 'AT':
      return ibanFromBban('AT', String(random.int(1, 9)) + random.digits(4) + random.digits(11));
    case 'NL':
      return ibanFromBban('NL', random.pick(['ABNA', 'INGB', 'RABO', 'SNSB'] as const) + random.digits(10));
    case 'IE':
      return ibanFromBban('IE', random.pick(['AIBK', 'BOFI'] as const) + random.digits(6) + random.digits(8));
    default:
      throw new Error(`no IBAN layout for ${country}`);
  }
}

/** An EU VAT id in the country's usual shape (DE 9 digits, ATU 8 digits, NL …B01, IE …). */
export function randomVatId(random: Random, country: string): string {
  switch (country) {
    case 'DE':
      return `DE${random.int(1, 9)}${random.digits(8)}`;
    case 'AT':
      return `ATU${random.int(1, 9)}${random.digits(7)}`;
    case 'NL':
      return `NL${random.int(1, 9)}${random.digits(8)}B0${random.int(1, 9)}`;
    case 'IE':
      return `IE${random.int(1, 9)}${random.digits(6)}${random.pick(['A', 'B', 'C', 'D', 'W'] as const)}`;
    default:
      throw new Error(`no VAT id layout for ${country}`);
  }
}

type City = { city: string; postalPrefixes: readonly string[]; areaCode: string };

const polishCities: readonly City[] = [
  { city: 'Warszawa', postalPrefixes: ['00', '01', '02', '03', '04'], areaCode: '22' },
  { city: 'Kraków', postalPrefixes: ['30', '31'], areaCode: '12' },
  { city: 'Łódź', postalPrefixes: ['90', '91', '92', '93', '94'], areaCode: '42' },
  { city: 'Wrocław', postalPrefixes: ['50', '51', '52', '53', '54'], areaCode: '71' },
  { city: 'Poznań', postalPrefixes: ['60', '61'], areaCode: '61' },
  { city: 'Gdańsk', postalPrefixes: ['80'], areaCode: '58' },
  { city: 'Szczecin', postalPrefixes: ['70', '71'], areaCode: '91' },
  { city: 'Bydgoszcz', postalPrefixes: ['85'], areaCode: '52' },
  { city: 'Lublin', postalPrefixes: ['20'], areaCode: '81' },
  { city: 'Katowice', postalPrefixes: ['40'], areaCode: '32' },
  { city: 'Białystok', postalPrefixes: ['15'], areaCode: '85' },
  { city: 'Rzeszów', postalPrefixes: ['35'], areaCode: '17' },
  { city: 'Kielce', postalPrefixes: ['25'], areaCode: '41' },
  { city: 'Olsztyn', postalPrefixes: ['10'], areaCode: '89' },
  { city: 'Opole', postalPrefixes: ['45'], areaCode: '77' },
  { city: 'Toruń', postalPrefixes: ['87'], areaCode: '56' },
];

const polishStreets = [
  'ul. Przemysłowa', 'ul. Długa', 'ul. Polna', 'ul. Lipowa', 'al. Jana Pawła II', 'ul. Kościuszki',
  'ul. Mickiewicza', 'ul. Słowackiego', 'ul. Ogrodowa', 'ul. Fabryczna', 'ul. Składowa',
  'ul. Magazynowa', 'ul. Kolejowa', 'ul. Szkolna', 'ul. Leśna', 'ul. Krótka', 'ul. Sienkiewicza',
  'ul. Piłsudskiego', 'ul. Rzemieślnicza', 'ul. Handlowa', 'ul. Spółdzielcza', 'ul. Wspólna',
] as const;

const foreignPlaces: Record<string, readonly { city: string; postalCode: () => string; street: readonly string[] }[]> = {
  DE: [
    { city: 'Berlin', postalCode: () => '10115', street: ['Invalidenstraße', 'Torstraße'] },
    { city: 'Hamburg', postalCode: () => '20095', street: ['Mönckebergstraße', 'Spitalerstraße'] },
    { city: 'Leipzig', postalCode: () => '04109', street: ['Grimmaische Straße', 'Hainstraße'] },
    { city: 'Dresden', postalCode: () => '01067', street: ['Wilsdruffer Straße', 'Ostra-Allee'] },
  ],
  AT: [
    { city: 'Wien', postalCode: () => '1010', street: ['Kärntner Straße', 'Graben'] },
    { city: 'Graz', postalCode: () => '8010', street: ['Herrengasse', 'Sackstraße'] },
  ],
  NL: [
    { city: 'Rotterdam', postalCode: () => '3011 AD', street: ['Coolsingel', 'Blaak'] },
    { city: 'Utrecht', postalCode: () => '3511 LX', street: ['Oudegracht', 'Lange Viestraat'] },
  ],
  IE: [
    { city: 'Dublin', postalCode: () => 'D02 X285', street: ['Baggot Street', 'Pearse Street'] },
    { city: 'Cork', postalCode: () => 'T12 W8CR', street: ['Patrick Street', 'Oliver Plunkett Street'] },
  ],
};

/** A postal address in the country, with a plausible postal code for the city. */
export function randomAddress(random: Random, country: string, label?: string): PostalAddress & { areaCode: string } {
  if (country === 'PL') {
    const city = random.pick(polishCities);
    const postalCode = `${random.pick(city.postalPrefixes)}-${random.digits(3)}`;
    const number = random.chance(0.3) ? `${random.int(1, 180)}/${random.int(1, 40)}` : String(random.int(1, 180));
    return {
      ...(label ? { label } : {}),
      street: `${random.pick(polishStreets)} ${number}`,
      postalCode,
      city: city.city,
      country,
      areaCode: city.areaCode,
    };
  }
  const place = random.pick(foreignPlaces[country] ?? foreignPlaces.DE!);
  return {
    ...(label ? { label } : {}),
    street: `${random.pick(place.street)} ${random.int(1, 120)}`,
    postalCode: place.postalCode(),
    city: place.city,
    country,
    areaCode: '',
  };
}

const polishMobilePrefixes = ['501', '502', '509', '512', '530', '535', '570', '601', '604', '608', '662', '665', '691', '697', '724', '781', '790', '884'] as const;
const countryCallingCodes: Record<string, string> = { PL: '48', DE: '49', AT: '43', NL: '31', IE: '353' };

/** A Polish mobile number written as "+48 601 234 567". */
export function randomPolishMobile(random: Random): string {
  return `+48 ${random.pick(polishMobilePrefixes)} ${random.digits(3)} ${random.digits(3)}`;
}

/** An office number: Polish landlines keep the city's area code ("+48 22 123 45 67"). */
export function randomOfficePhone(random: Random, country: string, areaCode: string): string {
  if (country === 'PL') return `+48 ${areaCode} ${random.digits(3)} ${random.digits(2)} ${random.digits(2)}`;
  return `+${countryCallingCodes[country] ?? '49'} ${random.int(1, 9)}${random.digits(2)} ${random.digits(7)}`;
}

/** A foreign mobile number in the country's international form. */
export function randomForeignMobile(random: Random, country: string): string {
  const lead = country === 'DE' ? `15${random.int(1, 9)}` : country === 'IE' ? `8${random.int(3, 9)}` : `6${random.int(1, 9)}`;
  return `+${countryCallingCodes[country] ?? '49'} ${lead} ${random.digits(7)}`;
}

/** The demo mailbox domain of a customer: its slug under an example domain. */
export function customerMailDomain(slug: string, country: string): string {
  return `${slug}.${country === 'PL' ? demoMailDomains.pl : demoMailDomains.foreign}`;
}

/** The local part of a person's e-mail: "anna.kowalska", "j.nowak". */
export function personMailbox(random: Random, firstName: string, lastName: string): string {
  const first = asciiFold(firstName).replace(/[^a-z]/g, '');
  const last = asciiFold(lastName).replace(/[^a-z]/g, '');
  return random.weighted([[`${first}.${last}`, 6], [`${first[0]}.${last}`, 3], [`${first}`, 1]]);
}
