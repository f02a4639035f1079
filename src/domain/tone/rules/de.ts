// German. Umlauts may be written as ä or ae; "*inkasso*" finds the word inside
// compounds (Inkassobüro, Forderungsinkasso). Whole words stay whole where a prefix
// would catch innocent ones: "gericht", not "gericht*" next to "Amtsgericht …, HRB"
// in every signature; "ruf", not "ruf*", which is also "rufen Sie uns an".
import type { ToneRule } from '../tone-rule';
import { phraseRules, shoutingRules } from './define';

const thirdParties = 'kunden|nachbarn|familie|arbeitgeber|geschäftspartner*|lieferanten|ehefrau|ehemann|kinder|freunde|bekannten';
const tellVerbs = 'informieren|benachrichtigen|unterrichten|erzählen|mitteilen|kontaktieren|anrufen|anschreiben|warnen';

const phrases = phraseRules('de', [
  {
    id: 'threat.regret',
    category: 'threat',
    patterns: ['bereuen|bereut|bereust'],
    suggestion: 'Streichen Sie die Drohung. Schreiben Sie, welcher Schritt laut Verfahren als Nächstes kommt (z. B. Lieferstopp) und bis wann Sie die Zahlung erwarten.',
  },
  {
    id: 'threat.ruin',
    category: 'threat',
    patterns: [
      'schädig*|ruinier*|zerstör*|vernicht* ...3 ruf|rufs|rufes|reputation|ansehen|existenz|geschäft|firma|unternehmen',
      'ruf|rufs|reputation|existenz ...3 schädig*|ruinier*|zerstör*|vernicht*|leiden',
      'ruinier*',
    ],
    suggestion: 'Streichen Sie die Drohung. Nennen Sie sachlich Betrag und Frist und bieten Sie ein Gespräch an.',
  },
  {
    id: 'threat.police',
    category: 'threat',
    patterns: ['polizei*', 'staatsanwalt*', 'strafanzeige*', 'strafantrag*', 'strafrechtlich*', 'strafbar*', 'anzeige erstatten', 'anzeige ...2 wegen betrug*'],
    suggestion: 'Eine offene Rechnung ist eine zivilrechtliche Sache. Lassen Sie Polizei und Strafanzeige weg; beschreiben Sie den nächsten Schritt des Verfahrens.',
  },
  {
    id: 'threat.seizure',
    category: 'threat',
    patterns: [
      'pfänden', 'beschlagnahm*', 'konfiszier*', 'einfrier*',
      'gerichtsvollzieh* ...3 tür|kommt|kommen|vorbei|besuch*|klingel*|holt|holen',
      'schicken|senden ...3 gerichtsvollzieh*',
    ],
    suggestion: 'Ein Gläubiger nimmt nichts eigenmächtig weg. Nennen Sie den nächsten rechtmäßigen Schritt (z. B. Übergabe an einen Anwalt) und wann er kommt.',
  },
  {
    id: 'threat.consequences',
    category: 'threat',
    patterns: ['unangenehm*|bitter*|schlimm*|böse* ...2 konsequenz*|folgen|überraschung*', 'andere saiten'],
    suggestion: 'Statt vager „Konsequenzen“ nennen Sie den tatsächlichen nächsten Schritt und sein Datum.',
  },
  {
    id: 'insult.dishonesty',
    category: 'insult',
    // "Betrug", not "betrüg*": "die Beträge betrugen …" (amounted to) must pass.
    // "Achten Sie auf Betrüger, die gefälschte Rechnungen versenden" warns the reader; only calling the reader so insults.
    patterns: [
      'sind|seid|ist ...2 betrüger*|betrug|gauner*|dieb|diebe|diebstahl|lügner*|abzock*|schwindler*',
      'uns ...2 betrogen|belogen|bestohlen|abgezockt|angelogen', 'lügen sie|lügt',
      'gauner*', 'unseriös*', 'zechpreller*',
    ],
    suggestion: 'Bewerten Sie den Kunden nicht. Nennen Sie Fakten: Rechnungsnummer, Betrag, Fälligkeit und wie viele Tage vergangen sind.',
  },
  {
    id: 'insult.abuse',
    category: 'insult',
    patterns: [
      'unfähig*', 'inkompetent*', 'idiot*', 'dumm|dumme|dummen|dummer|dummheit', 'blöd*', 'trottel*', 'depp|deppen', 'unverschämt*', 'frechheit*', 'frech',
      'schande', 'schändlich*', 'schmarotzer*', 'schnorrer*', 'pleitegeier*', 'verantwortungslos*', 'saftladen', 'chaoten*', 'dilettant*', 'lächerlich',
    ],
    suggestion: 'Streichen Sie die Wertung. Eine höfliche, konkrete Nachricht wirkt besser: Betrag und Frist nennen, ein Gespräch anbieten.',
  },
  {
    id: 'illegal.home',
    category: 'illegal_method',
    patterns: [
      'wissen ...2 wo sie|ihr ...2 wohnen|wohnt|leben|arbeiten',
      'besuch*|vorbeikommen|vorbeischauen|aufsuchen ...4 zuhause|privat*|wohnung|daheim|haustür',
      'besuch*|vorbeikommen|vorbeischauen|aufsuchen ...4 zu hause',
      'zu hause ...4 besuch*|vorbeikommen|vorbeischauen|aufsuchen',
      'zuhause|privat|daheim ...4 besuch*|vorbeikommen|vorbeischauen|aufsuchen',
      'vor ihrer|der haustür',
    ],
    suggestion: 'Das liest sich als Einschüchterung. Bieten Sie ein Telefonat oder einen Termin in den Geschäftsräumen des Kunden an.',
  },
  {
    id: 'illegal.force',
    category: 'illegal_method',
    patterns: [
      'unsere jungs|männer', 'leute ...2 die ...3 wissen wie',
      // "auf anderem Wege regeln" is also an offer to pay differently; only collecting "another way" is menace.
      'auf andere|anderem|anderen ...2 weg|wege|art|weise ...3 eintreiben|holen',
      'eintreiben ...2 selbst|persönlich', 'mit gewalt', 'gewaltsam*', 'handgreiflich*',
    ],
    suggestion: 'Deuten Sie keinen Druck außerhalb des Rechts an. Nennen Sie den nächsten rechtmäßigen Schritt des Verfahrens.',
  },
  {
    id: 'illegal.third_parties',
    category: 'illegal_method',
    patterns: [
      `ihre|ihren|ihrer|ihrem|alle ...2 ${thirdParties} ...4 ${tellVerbs}`,
      `${tellVerbs} ...3 ihre|ihren|ihrer|alle ...2 ${thirdParties}`,
      // "Unsere Bankverbindung veröffentlichen wir nur auf unserer Website" is advice; publishing the customer is not.
      'veröffentlich*|posten ...3 ihr*|namen ...4 internet|netz|sozialen|facebook|linkedin|zeitung|schuldnerliste|website',
      'ihr*|namen ...4 internet|netz|sozialen|facebook|linkedin|zeitung|schuldnerliste ...3 veröffentlich*|posten|stellen|bekannt',
      'pranger', 'anprangern', 'bloßstell*', 'publik machen', 'öffentlich ...2 machen|bekannt', 'schwarze liste', 'schwarzen liste',
    ],
    suggestion: 'Über eine Forderung spricht man nur mit dem Kunden. Erwähnen Sie weder Dritte noch Veröffentlichungen.',
  },
  {
    id: 'illegal.harassment',
    category: 'illegal_method',
    patterns: [
      // "Sie können uns rund um die Uhr anrufen" is a service; "wir werden … anrufen" is pressure.
      ...['tag und nacht', 'rund um die uhr', 'nachts', 'mitten in der nacht', 'stündlich', 'jede stunde'].map(
        (when) => `wir|werden ...4 ${when} ...3 anrufen|klingeln|telefonieren|vorbeikommen|anrufe`,
      ),
      'anrufen|klingeln ...3 bis sie ...3 zahlen|bezahlen|überweisen',
      'nicht ...2 in ruhe lassen', 'keine ruhe lassen|geben',
    ],
    suggestion: 'Halten Sie einen vernünftigen Kontaktrhythmus. Schlagen Sie einen Gesprächstermin vor, statt Druck anzukündigen.',
  },
  {
    id: 'belittling.small_amount',
    category: 'belittling_amount',
    patterns: [
      // "einen kleineren Betrag" offers a part payment; "einen kleinen Betrag" belittles.
      'nur|lediglich|bloß|eigentlich|doch ...2 klein|kleine|kleinen|kleiner|kleines|gering|geringe|geringen|geringer|winzig*|geringfügig* ...2 betrag|beträge|summe|forderung|geld|sache',
      'betrag|summe|forderung ...2 ist|sind|wäre ...2 doch|ja|nur|sehr ...2 klein|gering|winzig|geringfügig',
      'betrag|summe|forderung ist|sind|wäre klein|gering|winzig|geringfügig|unbedeutend',
      'lächerlich*|winzig*|unbedeutend*|geringfügig* betrag*|summe*|forderung*|beträge*',
      'kein*|nicht ...2 groß*|hoh* ...2 betrag|summe|geld|sache',
      'kleinbetrag*', 'kleinigkeit*', 'peanuts', 'bagatell*', 'lappalie*', 'klacks', 'taschengeld', 'paar euro',
    ],
    suggestion: 'Machen Sie den Betrag nicht klein — jede Zahlung zählt. Nennen Sie den genauen Betrag, die Rechnungsnummer und die Frist.',
  },
  {
    id: 'own_problems.finances',
    category: 'own_problems',
    patterns: [
      // "Wir verstehen Ihre finanziellen Schwierigkeiten" is about the customer; only our own count.
      // "Wir haben Verständnis für finanzielle Engpässe" and "sprechen Sie uns bei Engpässen an" are offers.
      'wir haben|hatten ...1 finanziell* ...1 schwierigkeit*|probleme*|engpass*|engpäss*|notlage',
      'wir stecken|befinden ...3 finanziell* ...1 schwierigkeit*|probleme*|engpass*|engpäss*|klemme|notlage',
      'wir sind ...2 in ...2 finanziell* ...1 schwierigkeit*|probleme*|engpass*|engpäss*|klemme|notlage',
      'uns geht es ...2 finanziell|wirtschaftlich ...2 schlecht|nicht',
      'wir haben|hatten ...1 liquiditätsengp*|liquiditätsproblem*|zahlungsschwierigkeit*',
      'unser*|unsere ...2 liquidität|liquiditätsengp*|liquiditätsproblem*|cashflow|kasse|zahlungsfähigkeit',
      'unsere|unseren ...2 mitarbeiter*|löhne|gehälter|lieferanten|miete|steuern ...3 bezahlen|zahlen|begleichen',
      'selbst|auch ...2 rechnungen ...2 bezahlen|zahlen',
      'geld|zahlung|zahlungseingang ...2 angewiesen',
    ],
    suggestion: 'Die Schwierigkeiten Ihres Unternehmens sind kein Argument für den Kunden. Schreiben Sie über seine Rechnung: Betrag, Frist, Zahlungsweg.',
  },
  {
    id: 'excuses.why',
    category: 'asking_for_excuses',
    patterns: [
      'warum|weshalb|wieso ...6 nicht ...3 bezahlt|gezahlt|beglichen|überwiesen|zahlen|bezahlen|ausgeglichen|eingegangen',
      'aus welchem grund', 'aus welchen gründen', 'was ist ...2 grund|ursache|problem|los',
      'grund|gründe|ursache ...3 verzögerung|verspätung|zahlungsverzug|nichtzahlung|ausbleiben*|zahlungsverzögerung',
      'erklären|erläutern|begründen|rechtfertigen ...4 warum|weshalb|wieso|verzögerung|verspätung',
    ],
    suggestion: 'Fragen Sie nicht nach Gründen — bitten Sie um ein konkretes Datum und einen Betrag („Wann und in welcher Höhe dürfen wir die Zahlung erwarten?“).',
  },
  {
    id: 'legal.jargon',
    category: 'legal_jargon',
    patterns: [
      'hiermit', 'bgb|hgb|zpo', 'paragraph|paragraf|paragraphen', 'schuldner*', 'gläubiger*', 'verzugszins*', 'verzugsschaden*', 'verzugspauschale*',
      'schadensersatz*',
    ],
    suggestion: 'Schreiben Sie in dieser Phase einfach: Betrag, Frist, Bitte um Zahlung. Juristische Sprache gehört in die förmliche Mahnung.',
  },
  {
    id: 'legal.court',
    category: 'legal_jargon',
    patterns: [
      'gericht|gerichts|gerichte|gerichten|gerichtlich*|gerichtsverfahren*|gerichtsweg*', 'rechtsweg*', 'klage|klagen|verklagen|eingeklagt|einklagen|klageweg*',
      'mahnbescheid*', 'mahnverfahren*', 'vollstreckungsbescheid*', 'zwangsvollstreck*', 'pfändung*', 'gerichtsvollzieh*', 'titulier*', 'vollstreckbar* titel',
    ],
    suggestion: 'Gericht und Vollstreckung gehören in die förmliche Mahnung. Bitten Sie jetzt um Zahlung oder ein Datum und bieten Sie ein Gespräch oder Raten an.',
  },
  {
    id: 'legal.handover',
    category: 'legal_jargon',
    patterns: ['rechtsanwalt*', 'anwalt*', 'anwaltlich*', 'kanzlei*', 'rechtsabteilung*', '*inkasso*', 'schufa', 'creditreform', 'auskunftei*'],
    suggestion: 'Die Übergabe an einen Anwalt, ein Inkassobüro oder eine Auskunftei wird erst in der förmlichen Mahnung angekündigt.',
  },
]);

const shouting = shoutingRules(
  'de',
  ['OHG', 'GBR', 'MWST', 'UST', 'USTID', 'HRB', 'HRA', 'BGB', 'HGB', 'ZPO', 'AGB', 'EV', 'IHK', 'CO', 'SCHUFA', 'MEZ', 'MESZ', 'PLZ', 'ABS', 'NR', 'EG'],
  {
    capitals: 'Schreiben Sie nicht in Großbuchstaben — das wirkt wie Schreien. Heben Sie Betrag und Frist durch den Inhalt hervor.',
    exclamations: 'Ein Punkt genügt. Mehrere Ausrufezeichen wirken wie Schreien.',
  },
);

export const germanToneRules: ToneRule[] = [...phrases, ...shouting];
