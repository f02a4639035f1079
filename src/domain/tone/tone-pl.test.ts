import { describe, expect, it } from 'vitest';
import { blocksSending, checkTone } from './check-tone';
import { severityOfCategory } from './rules/define';
import { toneCategories, type ToneCategory } from './tone-rule';

// Each sentence must be flagged with its category when checked as an early reminder
// (where legal talk is premature too); forbidden categories block sending, the rest warn.
const flagged: Array<[string, ToneCategory]> = [
  ['Jeśli nie zapłacicie do piątku, pożałujecie tego.', 'threat'],
  ['Zniszczymy Państwa reputację w całej branży.', 'threat'],
  ['W razie braku wpłaty zgłosimy sprawę na policję.', 'threat'],
  ['Komornik wejdzie do Państwa firmy jeszcze w tym miesiącu.', 'threat'],
  ['Zabierzemy Panu samochód, jeśli faktura nie zostanie opłacona.', 'threat'],
  ['Brak zapłaty będzie miał dla Państwa nieprzyjemne konsekwencje.', 'threat'],
  ['Jesteście zwykłymi oszustami.', 'insult'],
  ['Wasza księgowość jest kompletnie niekompetentna.', 'insult'],
  ['To niepoważne, żeby tak długo zwlekać z zapłatą.', 'insult'],
  ['Wiemy, gdzie Pan mieszka.', 'illegal_method'],
  ['Nasi ludzie odwiedzą Pana w domu, jeśli pieniądze nie wpłyną.', 'illegal_method'],
  ['Poinformujemy Państwa klientów o tym długu.', 'illegal_method'],
  ['Opublikujemy Państwa nazwę na liście dłużników w internecie.', 'illegal_method'],
  ['Będziemy dzwonić do skutku, także w nocy.', 'illegal_method'],
  ['PROSIMY O NATYCHMIASTOWĄ ZAPŁATĘ.', 'shouting'],
  ['Termin minął trzy tygodnie temu!!!', 'shouting'],
  ['To przecież tylko drobna kwota, więc prosimy o szybki przelew.', 'belittling_amount'],
  ['Chodzi o niewielką kwotę 150 zł.', 'belittling_amount'],
  ['Mamy obecnie problemy finansowe i potrzebujemy tych pieniędzy.', 'own_problems'],
  ['Potrzebujemy tych środków na wypłaty dla pracowników.', 'own_problems'],
  ['Dlaczego faktura nie została jeszcze opłacona?', 'asking_for_excuses'],
  ['Prosimy o wyjaśnienie przyczyn opóźnienia w płatności.', 'asking_for_excuses'],
  ['Niniejszym wzywamy do zapłaty kwoty 4 920,50 zł.', 'legal_jargon'],
  ['W przypadku braku wpłaty skierujemy sprawę do sądu.', 'legal_jargon'],
  ['Przekażemy sprawę do kancelarii prawnej i wpiszemy Państwa do KRD.', 'legal_jargon'],
  ['Prosze zaplacic, bo pozalujecie.', 'threat'],
  ['Wiemy gdzie pan mieszka', 'illegal_method'],
];

// Realistic firm-but-polite sentences — firmness is allowed — some built to look like
// a match: "sądzę", "przesądzając", "rzetelny", the registry court in a company footer.
const passing: string[] = [
  'Uprzejmie przypominamy, że faktura FV/2026/10/001 na kwotę 1 230,00 zł była płatna 15 października.',
  'Prosimy o wpłatę do 30 października na rachunek PL61 1090 1014 0000 0712 1981 2874.',
  'Jeśli płatność została już wysłana, prosimy o zignorowanie tej wiadomości i dziękujemy.',
  'Kiedy możemy spodziewać się przelewu i na jaką kwotę?',
  'Sądzę, że faktura mogła trafić do niewłaściwego działu — prosimy o sprawdzenie.',
  'Nie przesądzając, kto ma rację, proponujemy krótką rozmowę telefoniczną.',
  'Jeśli mają Państwo przejściowe trudności finansowe, chętnie zaproponujemy rozłożenie należności na raty.',
  'Możemy rozłożyć należność na raty w niewielkich kwotach, dopasowanych do Państwa możliwości.',
  'Zajmiemy się tym od razu po otrzymaniu potwierdzenia przelewu.',
  'Brak wpłaty do 5 listopada oznacza wstrzymanie kolejnych dostaw do czasu uregulowania salda.',
  'Przypominamy, że to już drugie przypomnienie w tej sprawie; prosimy o pilny kontakt.',
  'Spółka zarejestrowana w Sądzie Rejonowym dla m.st. Warszawy, XII Wydział Gospodarczy Krajowego Rejestru Sądowego, KRS 0000123456, NIP 5260250274.',
  'Uwaga na oszustów podszywających się pod dostawców — numer naszego rachunku sprawdzisz w stopce.',
  'Dziękujemy za dotychczasową rzetelną współpracę.',
  'Prosimy o wskazanie daty i kwoty wpłaty — to pozwoli nam wstrzymać kolejne przypomnienia.',
  'Jeżeli faktura budzi zastrzeżenia, prosimy o informację — wstrzymamy przypomnienia do czasu wyjaśnienia.',
  'Saldo zaległych faktur wynosi 12 300,00 zł; szczegóły w tabeli poniżej.',
  'W załączeniu przesyłamy kod QR do szybkiego przelewu oraz zestawienie faktur (PDF).',
  'Zapraszamy do kontaktu z naszym działem rozliczeń: tel. 22 123 45 67.',
  'Żałujemy, że nie udało się wcześniej porozmawiać; zadzwonimy w czwartek o 10:00.',
  'Nasz dział finansowy chętnie odpowie na pytania dotyczące salda.',
  'Mamy problem z identyfikacją Państwa wpłaty — prosimy o przesłanie potwierdzenia przelewu.',
  'Poinformujemy Państwa, gdy płatność zostanie zaksięgowana.',
  'Siłą rzeczy kolejne dostawy realizujemy po zaksięgowaniu wpłaty.',
  'To już trzecie przypomnienie — prosimy o zapłatę do piątku, w przeciwnym razie wstrzymamy realizację zamówień.',
  'Przypominamy uprzejmie, ze faktura jest juz po terminie — prosimy o kontakt.',
];

describe('the tone guard in Polish', () => {
  it.each(flagged)('flags "%s" as %s', (text, category) => {
    const findings = checkTone(text, { language: 'pl', tone: 'reminder' });
    expect(findings.map((finding) => finding.category)).toContain(category);
    expect(blocksSending(findings)).toBe(severityOfCategory[category] === 'forbidden');
  });

  it.each(passing)('lets "%s" through', (text) => {
    expect(checkTone(text, { language: 'pl', tone: 'firm' })).toEqual([]);
  });

  it('has examples of every category', () => {
    expect(new Set(flagged.map(([, category]) => category))).toEqual(new Set(toneCategories));
  });
});
