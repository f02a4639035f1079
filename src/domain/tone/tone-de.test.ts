import { describe, expect, it } from 'vitest';
import { blocksSending, checkTone } from './check-tone';
import { severityOfCategory } from './rules/define';
import { toneCategories, type ToneCategory } from './tone-rule';

// Each sentence must be flagged with its category when checked as an early reminder
// (where legal talk is premature too); forbidden categories block sending, the rest warn.
const flagged: Array<[string, ToneCategory]> = [
  ['Zahlen Sie bis Freitag, sonst werden Sie es bereuen.', 'threat'],
  ['Wir werden Ihren Ruf in der ganzen Branche ruinieren.', 'threat'],
  ['Bei Nichtzahlung erstatten wir Strafanzeige bei der Polizei.', 'threat'],
  ['Wir werden Ihr Firmenkonto pfänden lassen.', 'threat'],
  ['Eine weitere Verzögerung hätte für Sie unangenehme Konsequenzen.', 'threat'],
  ['Sie sind Betrüger.', 'insult'],
  ['Ihre Buchhaltung ist offenbar völlig unfähig.', 'insult'],
  ['Ihr Verhalten ist eine Frechheit.', 'insult'],
  ['Wir wissen, wo Sie wohnen.', 'illegal_method'],
  ['Wir werden Sie zu Hause besuchen, wenn das Geld nicht kommt.', 'illegal_method'],
  ['Wir werden Ihre Kunden über Ihre Zahlungsmoral informieren.', 'illegal_method'],
  ['Wir veröffentlichen Ihren Namen im Internet auf unserer Schuldnerliste.', 'illegal_method'],
  ['Wir werden Sie Tag und Nacht anrufen, bis Sie zahlen.', 'illegal_method'],
  ['BITTE ZAHLEN SIE SOFORT.', 'shouting'],
  ['Die Rechnung ist seit drei Wochen überfällig!!!', 'shouting'],
  ['Es handelt sich doch nur um einen kleinen Betrag.', 'belittling_amount'],
  ['Für Sie sind das doch Peanuts.', 'belittling_amount'],
  ['Wir haben selbst finanzielle Schwierigkeiten und brauchen das Geld dringend.', 'own_problems'],
  ['Wir müssen unsere Mitarbeiter bezahlen und sind auf Ihre Zahlung angewiesen.', 'own_problems'],
  ['Warum haben Sie die Rechnung noch nicht bezahlt?', 'asking_for_excuses'],
  ['Bitte erklären Sie uns, warum die Zahlung ausgeblieben ist.', 'asking_for_excuses'],
  ['Hiermit fordern wir Sie gemäß § 286 BGB zur Zahlung auf.', 'legal_jargon'],
  ['Andernfalls leiten wir das gerichtliche Mahnverfahren ein.', 'legal_jargon'],
  ['Wir übergeben die Forderung an unseren Rechtsanwalt und ein Inkassobüro.', 'legal_jargon'],
  ['Wir werden Ihre Existenz zerstoeren.', 'threat'],
];

// Realistic firm-but-polite sentences — firmness is allowed — some built to look like
// a match: "betrugen", "rufen Sie uns an", "Amtsgericht" in a footer, "rund um die Uhr erreichbar".
const passing: string[] = [
  'Wir möchten Sie freundlich daran erinnern, dass die Rechnung RE-2026-0042 über 1.230,00 EUR am 15. Oktober fällig war.',
  'Bitte überweisen Sie den Betrag auf das Konto DE89 3704 0044 0532 0130 00 unter Angabe der Rechnungsnummer.',
  'Falls Sie bereits gezahlt haben, betrachten Sie diese Nachricht bitte als gegenstandslos — vielen Dank.',
  'Wann und in welcher Höhe dürfen wir die Zahlung erwarten?',
  'Rufen Sie uns gerne an, wenn Sie Fragen zur Rechnung haben.',
  'Die offenen Beträge betrugen am Monatsende insgesamt 2.450,00 EUR.',
  'Amtsgericht München, HRB 123456, Geschäftsführer: Max Mustermann, USt-IdNr. DE123456789.',
  'Wir bedauern die Unannehmlichkeiten, die die fehlerhafte Gutschrift verursacht hat.',
  'Gerne teilen wir den Betrag in kleinere Monatsraten auf.',
  'Sie können auch zunächst einen kleineren Betrag überweisen.',
  'Wir haben Verständnis für finanzielle Engpässe und bieten Ihnen gern eine Ratenzahlung an.',
  'Sprechen Sie uns bei Liquiditätsengpässen bitte frühzeitig an.',
  'Gerne besuchen wir Sie in Ihrem Büro, um einen Zahlungsplan zu besprechen.',
  'Bitte informieren Sie Ihre Buchhaltung über die Zahlungsfrist.',
  'Unser Kundenportal ist rund um die Uhr erreichbar, melden Sie sich jederzeit.',
  'Sie können gerne unsere Ratenzahlung in Anspruch nehmen.',
  'Unsere Bankverbindung veröffentlichen wir nur auf unserer Website; sie ändert sich nicht per E-Mail.',
  'Gehen bis zum 5. November keine Zahlungen ein, müssen wir weitere Lieferungen leider zurückstellen.',
  'Dies ist bereits unsere zweite Erinnerung; bitte behandeln Sie die Angelegenheit dringend.',
  'Falls die Rechnung fehlerhaft ist, nennen Sie uns bitte die Korrektur; wir pausieren die Erinnerungen so lange.',
  'Vielen Dank für Ihr Vertrauen und die gute Zusammenarbeit.',
  'Aus diesem Grund bitten wir Sie um Überweisung bis zum 20. November.',
  'Wenn Sie die Zahlung auf andere Weise regeln möchten, etwa in Raten, rufen Sie uns an.',
  'Achten Sie auf Betrüger, die gefälschte Rechnungen mit geänderter Bankverbindung versenden.',
];

describe('the tone guard in German', () => {
  it.each(flagged)('flags "%s" as %s', (text, category) => {
    const findings = checkTone(text, { language: 'de', tone: 'reminder' });
    expect(findings.map((finding) => finding.category)).toContain(category);
    expect(blocksSending(findings)).toBe(severityOfCategory[category] === 'forbidden');
  });

  it.each(passing)('lets "%s" through', (text) => {
    expect(checkTone(text, { language: 'de', tone: 'firm' })).toEqual([]);
  });

  it('has examples of every category', () => {
    expect(new Set(flagged.map(([, category]) => category))).toEqual(new Set(toneCategories));
  });
});
