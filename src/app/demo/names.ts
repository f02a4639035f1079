// Name data for the demo ledger: Polish people and firms for domestic customers,
// German and English ones for the foreign (EUR) customers. Invented combinations of
// common words and surnames; any likeness to a real firm is chance.
import type { Random } from './random';

export type Person = { firstName: string; lastName: string; female: boolean };

const polishFemaleFirst = [
  'Anna', 'Katarzyna', 'Małgorzata', 'Agnieszka', 'Barbara', 'Ewa', 'Magdalena', 'Joanna',
  'Aleksandra', 'Monika', 'Natalia', 'Karolina', 'Justyna', 'Beata', 'Dorota', 'Marta',
  'Iwona', 'Paulina', 'Elżbieta', 'Grażyna', 'Renata', 'Sylwia', 'Agata', 'Izabela',
] as const;
const polishMaleFirst = [
  'Jan', 'Piotr', 'Krzysztof', 'Andrzej', 'Tomasz', 'Paweł', 'Marcin', 'Michał', 'Grzegorz',
  'Józef', 'Marek', 'Adam', 'Łukasz', 'Zbigniew', 'Jakub', 'Mateusz', 'Dariusz', 'Rafał',
  'Wojciech', 'Sławomir', 'Jerzy', 'Ryszard', 'Artur', 'Bartosz',
] as const;
// Masculine forms; adjectival surnames (-ski, -cki, -dzki) take -a for women, the rest stay.
const polishSurnames = [
  'Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski',
  'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski', 'Kozłowski', 'Jankowski', 'Mazur',
  'Kwiatkowski', 'Krawczyk', 'Kaczmarek', 'Piotrowski', 'Grabowski', 'Zając', 'Pawłowski',
  'Michalski', 'Król', 'Wieczorek', 'Jabłoński', 'Wróbel', 'Nowakowski', 'Majewski',
  'Olszewski', 'Stępień', 'Malinowski', 'Jaworski', 'Adamczyk', 'Dudek', 'Nowicki', 'Pawlak',
  'Górski', 'Witkowski', 'Walczak', 'Sikora', 'Baran', 'Rutkowski', 'Michalak', 'Szewczyk',
  'Ostrowski', 'Tomaszewski', 'Pietrzak', 'Zalewski', 'Wysocki', 'Zawadzki', 'Czarnecki',
  'Sobczak', 'Kaczmarczyk', 'Sadowski', 'Bąk', 'Chmielewski', 'Włodarczyk', 'Borkowski',
] as const;

const germanFemaleFirst = ['Sabine', 'Julia', 'Katrin', 'Anja', 'Petra', 'Claudia', 'Lena', 'Monika'] as const;
const germanMaleFirst = ['Klaus', 'Stefan', 'Andreas', 'Markus', 'Thomas', 'Jürgen', 'Florian', 'Matthias'] as const;
const germanSurnames = [
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann',
  'Schulz', 'Koch', 'Richter', 'Huber', 'Bauer', 'Wolf', 'Neumann', 'Zimmermann', 'Krüger',
] as const;
const englishFemaleFirst = ['Emma', 'Sophie', 'Laura', 'Sarah', 'Hannah', 'Grace', 'Chloe', 'Niamh'] as const;
const englishMaleFirst = ['James', 'Oliver', 'Thomas', 'Michael', 'Daniel', 'Liam', 'Patrick', 'George'] as const;
const englishSurnames = [
  'Smith', 'Taylor', 'Brown', 'Wilson', 'Clarke', 'Walker', 'Hughes', 'Murphy', "O'Brien",
  'Kelly', 'Byrne', 'Evans', 'Roberts', 'Turner', 'Collins', 'Bennett',
] as const;

export type NameCulture = 'pl' | 'de' | 'en';

/** The feminine form of a Polish surname: Kowalski → Kowalska, Nowak stays Nowak. */
export function feminineSurname(surname: string): string {
  return /(ski|cki|dzki)$/.test(surname) ? `${surname.slice(0, -1)}a` : surname;
}

/** A person of the given culture, with the surname in the right grammatical gender. */
export function randomPerson(random: Random, culture: NameCulture): Person {
  const female = random.chance(0.55);
  if (culture === 'pl') {
    const surname = random.pick(polishSurnames);
    return {
      firstName: random.pick(female ? polishFemaleFirst : polishMaleFirst),
      lastName: female ? feminineSurname(surname) : surname,
      female,
    };
  }
  const [females, males, surnames] =
    culture === 'de'
      ? [germanFemaleFirst, germanMaleFirst, germanSurnames]
      : [englishFemaleFirst, englishMaleFirst, englishSurnames];
  return { firstName: random.pick(female ? females : males), lastName: random.pick(surnames), female };
}

const polishTrades = [
  ['Hurtownia Budowlana', 'budownictwo'],
  ['Hurtownia Spożywcza', 'spożywcza'],
  ['Hurtownia Elektryczna', 'elektryka'],
  ['Hurtownia Papiernicza', 'biuro'],
  ['Zakład Mechaniki Precyzyjnej', 'przemysł'],
  ['Przedsiębiorstwo Budowlane', 'budownictwo'],
  ['Zakład Stolarski', 'drewno'],
  ['Zakład Ślusarski', 'przemysł'],
  ['Zakład Poligraficzny', 'poligrafia'],
  ['Usługi Transportowe', 'transport'],
  ['Przedsiębiorstwo Spedycyjne', 'transport'],
  ['Biuro Projektowe', 'usługi'],
  ['Instalacje Elektryczne', 'elektryka'],
  ['Serwis Maszyn Rolniczych', 'rolnictwo'],
  ['Przetwórstwo Owoców', 'spożywcza'],
  ['Piekarnia', 'spożywcza'],
  ['Tartak', 'drewno'],
  ['Centrum Ogrodnicze', 'handel'],
  ['Salon Meblowy', 'handel'],
  ['Pracownia Architektoniczna', 'usługi'],
  ['Agencja Reklamowa', 'usługi'],
  ['Zakład Instalacji Sanitarnych', 'budownictwo'],
] as const;
const polishBrands = [
  'Polmar', 'Budrex', 'Transbis', 'Elmarco', 'Agromix', 'Stalbud', 'Drewnik', 'Termowit',
  'Mebloart', 'Hydrosan', 'Ekodom', 'Metalplus', 'Betonia', 'Kartonpak', 'Viatrax', 'Lignum',
  'Plastech', 'Ogrodan', 'Elbudex', 'Granmet', 'Welnar', 'Sanbud', 'Fotex', 'Marpol',
] as const;
const germanTrades = [
  ['Baustoffe', 'budownictwo'],
  ['Logistik', 'transport'],
  ['Maschinenbau', 'przemysł'],
  ['Elektrotechnik', 'elektryka'],
  ['Holzbau', 'drewno'],
  ['Lebensmittel', 'spożywcza'],
  ['Verpackungen', 'przemysł'],
] as const;
const englishTrades = [
  ['Building Supplies', 'budownictwo'],
  ['Logistics', 'transport'],
  ['Engineering', 'przemysł'],
  ['Food Distribution', 'spożywcza'],
  ['Timber', 'drewno'],
  ['Packaging', 'przemysł'],
  ['Trading', 'handel'],
] as const;

export type CompanyName = { name: string; industry: string; owner: Person };

/** A plausible firm name for a customer of the given country. */
export function randomCompanyName(random: Random, country: string): CompanyName {
  if (country === 'PL') return polishCompanyName(random);
  const culture: NameCulture = country === 'DE' || country === 'AT' ? 'de' : 'en';
  const owner = randomPerson(random, culture);
  if (culture === 'de') {
    const [trade, industry] = random.pick(germanTrades);
    const form = random.weighted([['GmbH', 6], ['GmbH & Co. KG', 2], ['AG', 1]] as const);
    return { name: `${owner.lastName} ${trade} ${form}`, industry, owner };
  }
  const [trade, industry] = random.pick(englishTrades);
  const form = country === 'NL' ? 'B.V.' : random.pick(['Ltd', 'Limited'] as const);
  return { name: `${owner.lastName} ${trade} ${form}`, industry, owner };
}

function polishCompanyName(random: Random): CompanyName {
  const owner = randomPerson(random, 'pl');
  const [trade, industry] = random.pick(polishTrades);
  const brand = random.pick(polishBrands);
  // A firm carries the family name in its masculine form, even when a woman runs it.
  const firmSurname = owner.lastName.replace(/(sk|ck|dzk)a$/, '$1i');
  const name = random.weighted<string>([
    [`${trade} ${firmSurname} sp. z o.o.`, 5],
    [`${trade} ${firmSurname} i Synowie sp.j.`, 2],
    [`${brand} sp. z o.o.`, 4],
    [`${brand} ${trade} S.A.`, 1],
    [`${firmSurname} i Wspólnicy sp.k.`, 1],
    [`PPHU ${brand} ${owner.firstName} ${owner.lastName}`, 3],
    [`${trade} „${brand}” ${owner.firstName} ${owner.lastName}`, 2],
  ]);
  return { name, industry, owner };
}

/** Lower-case ASCII with Polish and German letters folded: "Łukasz Müller" → "lukasz muller". */
export function asciiFold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Lower-case ASCII words without legal forms: "Zakład Ślusarski Nowak sp.j." → "zaklad-slusarski-nowak". */
export function slugify(text: string): string {
  return asciiFold(text)
    .replace(/\b(sp|z|o|j|k|s|a|ltd|limited|gmbh|co|kg|ag|b|v|pphu|i)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
