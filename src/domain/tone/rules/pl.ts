// Polish. Stems end in * so every case and person matches ("pożału*": pożałujesz,
// pożałujecie); words that are also everyday words are spelled out instead
// ("sądu", not "sąd*", which would catch "sądzę, że…" — "I think that…").
import type { ToneRule } from '../tone-rule';
import { phraseRules, shoutingRules } from './define';

const phrases = phraseRules('pl', [
  // Threats of what no collection procedure can do.
  {
    id: 'threat.regret',
    category: 'threat',
    patterns: ['pożału*', 'będzie|będziecie|będą ... żałowa*'],
    suggestion: 'Zamiast grozić, napisz, co konkretnie stanie się dalej według procedury (np. wstrzymanie dostaw) i do kiedy czekasz na wpłatę.',
  },
  {
    id: 'threat.ruin',
    category: 'threat',
    patterns: ['zniszczymy|zniszczę|zrujnujemy|zrujnuję|pogrążymy|pogrążę', 'zszargamy|zepsujemy ...3 reputacj*|opini*|wizerun*|imię|imienia'],
    suggestion: 'Usuń groźbę. Napisz rzeczowo, jakiej wpłaty i do kiedy oczekujesz, i zaproponuj rozmowę.',
  },
  {
    id: 'threat.police',
    category: 'threat',
    patterns: ['policj*', 'prokurat*', 'przestępstw*', 'odpowiedzialnoś* karn*', 'kodeks* karn*'],
    suggestion: 'Nieopłacona faktura to sprawa cywilna. Nie wspominaj o policji ani prokuraturze; opisz kolejny krok procedury.',
  },
  {
    id: 'threat.seizure',
    category: 'threat',
    patterns: [
      'zajmiemy|zajmę|zabierzemy|przejmiemy|zlicytujemy ...2 majątek|majątku|mienie|mienia|konto|konta|samochód|samochody|auto|maszyny|nieruchomość|nieruchomości|dom|domu',
      'komornik* ...3 zajmie|wejdzie|zlicytuje|zabierze|zapuka|przyjdzie',
      'naślemy|nasłamy|poślemy|przyślemy ...2 komornik*',
    ],
    suggestion: 'Wierzyciel sam niczego nie zajmuje. Napisz, jaki jest następny krok procedury (np. przekazanie sprawy prawnikowi) i kiedy nastąpi.',
  },
  {
    id: 'threat.consequences',
    category: 'threat',
    patterns: ['nieprzyjemn*|przykr*|bolesn* ...2 konsekwencj*|skutk*|niespodzian*'],
    suggestion: 'Zamiast ogólnych „konsekwencji” podaj konkretny, prawdziwy następny krok i jego termin.',
  },
  // Insults, of the company or of a person.
  {
    id: 'insult.dishonesty',
    category: 'insult',
    patterns: [
      // "Uwaga na oszustów podszywających się pod…" warns the reader; only calling the reader so insults.
      'to|jest|jesteście|są|jesteś ...2 oszust*|oszukańcz*', 'oszukuj*|oszukali*|oszukał*|okradł*|okradaj*|okradacie',
      'złodziej*', 'naciągacz*', 'krętacz*', 'kombinator*', 'cwania*', 'hochsztapler*', 'nieuczciw*', 'nierzeteln*', 'kpi* sobie',
    ],
    suggestion: 'Nie oceniaj klienta. Opisz fakty: numer faktury, kwotę, termin i ile dni minęło.',
  },
  {
    id: 'insult.abuse',
    category: 'insult',
    patterns: [
      'idiot*', 'kretyn*', 'debil*', 'głupi|głupia|głupie|głupich|głupota|głupotą|głupotę', 'nieudaczni*', 'niekompetentn*',
      'niepoważn*', 'żałosn*', 'bezczeln*', 'skandaliczn*', 'nieodpowiedzialn*', 'bezmyśln*', 'dziadostw*', 'burdel*', 'wstyd|wstydu|wstydem',
    ],
    suggestion: 'Usuń ocenę. Uprzejmy, konkretny ton działa lepiej: przypomnij kwotę, termin i zaproponuj rozmowę.',
  },
  // Any mention of illegal ways of collecting.
  {
    id: 'illegal.home',
    category: 'illegal_method',
    patterns: ['wiemy|znamy gdzie ...2 mieszka*|pracuj*|bywa*', 'odwiedzimy|odwiedzą|przyjedziemy|przyjdziemy|nawiedzimy ...3 dom|domu|domow*|mieszkani*|prywatn*', 'znamy ...2 adres* domow*'],
    suggestion: 'Takie zdanie brzmi jak zastraszanie. Zaproponuj rozmowę telefoniczną albo spotkanie w siedzibie firmy.',
  },
  {
    id: 'illegal.force',
    category: 'illegal_method',
    patterns: [
      'nasi|naszych ludzie|ludzi|chłopcy|chłopaków',
      'ludzi*|ludzie ...2 którzy ...3 potrafią|umieją|wiedzą',
      'porozmawiamy|rozmawiać|rozmawiali ...2 inaczej',
      'innymi|inny|innym ...2 metod*|sposob*|środk* ...3 odzyska*|ściągn*|wyegzekw*',
      'siłow*', 'przemoc*',
      'odbierzemy|zabierzemy|wywieziemy ...3 sami|siłą',
    ],
    suggestion: 'Nie sugeruj nacisku ani działań poza prawem. Napisz, jaki jest następny zgodny z prawem krok procedury.',
  },
  {
    id: 'illegal.third_parties',
    category: 'illegal_method',
    patterns: [
      'poinformujemy|powiadomimy|zawiadomimy|napiszemy|zadzwonimy|opowiemy ...3 rodzin*|sąsiad*|pracodaw*|klient*|kontrahent*|znajom*|żon*|męża|partner*|dostawc*',
      'opublikujemy|upublicznimy|umieścimy|wrzucimy|rozgłosimy|ogłosimy ...4 internec*|sieci|facebook*|portal*|media*|mediach|gazet*|publiczn*',
      'opublikujemy|upublicznimy|umieścimy|wrzucimy|wpiszemy ...4 list*|liści*|rejestr* dłużnik*|niesolidn*',
      'pręgierz*', 'cała|całej|całą branż* ...3 dowie*|dowiedzą|wiedzieć',
    ],
    suggestion: 'O długu wolno rozmawiać tylko z klientem. Nie wspominaj o powiadamianiu innych ani o publikowaniu.',
  },
  {
    id: 'illegal.harassment',
    category: 'illegal_method',
    patterns: [
      'dzwoni*|wydzwania*|pisa*|nachodzi* ...3 nocą|nocami|codziennie|nieustannie',
      'dzwoni*|wydzwania*|pisa*|nachodzi* ...3 w nocy',
      'dzwoni*|wydzwania*|pisa*|nachodzi* ...3 bez przerwy',
      'dzwoni*|wydzwania*|pisa*|nachodzi* ...3 co godzinę',
      'dzwoni*|wydzwania*|pisa*|nachodzi* ...3 do skutku',
      'nie damy|da|dadzą ...2 spokoju|żyć',
    ],
    suggestion: 'Kontakt ma mieć rozsądny rytm. Zaproponuj jeden termin rozmowy zamiast zapowiadać nękanie.',
  },
  // Belittling the amount: it tells the customer the money can wait.
  {
    id: 'belittling.small_amount',
    category: 'belittling_amount',
    patterns: [
      'tylko|jedynie|zaledwie|przecież|raptem ...2 drobn*|niewielk*|mał*|symboliczn*|nieduż*|grosze|drobiazg*',
      'chodzi ...2 o ...2 drobn*|niewielk*|mał*|symboliczn*|nieduż* kwot*|sum*|należnoś*|pieniądz*|pieniędz*',
      'kwota|kwoty|suma|należność|dług ...3 jest|są|to ...2 niewielk*|drobn*|symboliczn*|nieduż*|znikom*|mał*|śmieszn*',
      'śmieszn*|znikom*|symboliczn* kwot*|sum*|pieniądz*|pieniędz*',
      'drobiazg*',
      'nie ...2 duż*|wielk*|wysok* kwot*|sum*|pieniądz*|pieniędz*',
    ],
    suggestion: 'Nie pomniejszaj kwoty — każda płatność jest ważna. Podaj dokładną kwotę, numer faktury i termin.',
  },
  // Citing the sender's own company's problems.
  {
    id: 'own_problems.finances',
    category: 'own_problems',
    patterns: [
      'mamy|mieliśmy|przeżywamy|borykamy|jesteśmy ...3 problem*|trudnoś*|kłopot*|sytuacj*|zator* ...2 finansow*|płynnoś*|gotówk*|pieniędzmi',
      'nasz*|naszej|naszą ...3 płynnoś*|zator*|kłopot*|trudnoś*|problem* ...2 finansow*|płynnoś*|gotówk*',
      'nasza|naszej|naszą płynnoś*',
      'potrzebujemy ...4 wypłat*|pensj*|wynagrodze*|podatk*|zus|czynsz*',
      'brakuje nam ...4 wypłat*|pensj*|wynagrodze*|podatk*|zus|czynsz*|pieniędzy|gotówki',
      'musimy zapłacić|opłacić ...3 wypłat*|pensj*|wynagrodze*|podatk*|zus|czynsz*|dostawc*',
      'wypłat*|pensj*|wynagrodze* ...3 pracownik*|załog*',
      'nie mamy z czego',
      'sami ...2 musimy ...2 zapłacić|płacić|opłacić|regulować',
      'zależ* ...4 przyszłoś*|istnieni*|przetrwani*|płynnoś* ...3 firm*|spółk*|przedsiębiorstw*',
      'grozi nam|nam grozi',
    ],
    suggestion: 'Problemy Twojej firmy nie są argumentem dla klienta. Napisz o jego fakturze: kwota, termin, sposób zapłaty.',
  },
  // Asking for (and so inviting) excuses instead of a date and an amount.
  {
    id: 'excuses.why',
    category: 'asking_for_excuses',
    patterns: [
      'dlaczego|czemu ... nie ...3 zapłac*|opłac*|uregulow*|wpłac*|przelal*|przelan*|płac*|zaksięgow*',
      'z jakiego|jakich powod*|przyczyn*',
      'jaki|jakie|jaka ...2 jest|są|był|była|były ...2 powód|powody|powodem|przyczyn*',
      'co ...2 jest|było ...2 przyczyną|powodem',
      'wyjaśni*|uzasadni*|wytłumacz* ...3 dlaczego|przyczyn*|powod*|opóźnieni*|zwłok*',
      'wyjaśni*|uzasadni*|wytłumacz* ...3 brak* płatnoś*|zapłaty|wpłaty|przelewu',
      'przyczyn*|powod* ...2 opóźnieni*|zwłok*|niezapłac*|nieopłac*',
      'przyczyn*|powod* ...2 braku płatnoś*|zapłaty|wpłaty|przelewu',
    ],
    suggestion: 'Nie pytaj o powody — poproś o konkretną datę i kwotę wpłaty (np. „Kiedy możemy spodziewać się przelewu i na jaką kwotę?”).',
  },
  // Legal talk and escalation before the formal stage.
  {
    id: 'legal.jargon',
    category: 'legal_jargon',
    patterns: [
      'niniejszym', 'pod rygorem', 'wzywa* ...2 do zapłaty', 'wezwani* ...2 do zapłaty', 'przedsądow*',
      'ostateczn* wezwani*', 'zgodnie z art|artykuł*', 'na podstawie art|artykuł*', 'w trybie art|artykuł*', 'kodeks* cywiln*', 'nadmiern* opóźnie*', 'odset* ustawow*', 'koszt* odzyskiwani*',
      'wierzyciel*', 'wierzyteln*', 'dłużnik*', 'roszczeni*', 'cesj*',
    ],
    suggestion: 'Na tym etapie pisz prostym językiem: kwota, termin, prośba o wpłatę. Język prawniczy zostaw na wezwanie formalne.',
  },
  {
    id: 'legal.court',
    category: 'legal_jargon',
    patterns: [
      'skieruj*|skierowa*|przekaż*|przekaza*|oddamy|oddanie|wniesiemy|wniesienie|trafi ...3 sądu|sądowi|sąd',
      'drog* sądow*', 'postępowa* sądow*|egzekucyjn*|upominawcz*|nakazow*', 'proces* sądow*', 'spraw* sądow*', 'sądownie', 'spotkamy ...2 sądzie', 'przed sądem',
      'pozew|pozwu|pozwem|pozwiemy|pozwać|pozwania|pozwanie',
      'nakaz* zapłaty', 'komornik*', 'komornicz*', 'egzekucj*', 'egzekucyjn*',
    ],
    suggestion: 'Sąd i komornik to temat wezwania formalnego. Teraz poproś o wpłatę albo termin i zaproponuj rozmowę lub raty.',
  },
  {
    id: 'legal.handover',
    category: 'legal_jargon',
    patterns: [
      'kancelari* ...2 prawn*|windykac*|adwokac*', 'prawnik*', 'adwokat*', 'radc* prawn*', 'windykac*', 'windykator*',
      'krd', 'big infomonitor', 'rejestr* dłużnik*', 'biur* informacji gospodarczej', 'wpis* ...3 rejestr*|krd|big',
    ],
    suggestion: 'Przekazanie sprawy prawnikowi lub wpis do rejestru dłużników zapowiada się dopiero w wezwaniu formalnym.',
  },
]);

const shouting = shoutingRules(
  'pl',
  ['NIP', 'REGON', 'KRS', 'PESEL', 'KRD', 'BIG', 'ZUS', 'US', 'PKO', 'BP', 'BNP', 'ING', 'PKD', 'FV', 'KC', 'KPC', 'SPJ', 'PHU', 'PPHU', 'FHU', 'BLIK', 'KSEF', 'NBP', 'GUS', 'CEIDG', 'JPK', 'RODO'],
  {
    capitals: 'Nie pisz wielkimi literami — to brzmi jak krzyk. Ważne informacje wyróżnij treścią: kwotą i terminem.',
    exclamations: 'Wystarczy jedna kropka. Kilka wykrzykników brzmi jak krzyk.',
  },
);

export const polishToneRules: ToneRule[] = [...phrases, ...shouting];
