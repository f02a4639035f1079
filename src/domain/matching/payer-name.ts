// Payers rarely write their name as the invoice has it: "KOWALSKI JAN" for "Jan
// Kowalski PHU", "Budimex SA" for "BUDIMEX S.A.", "Muller" for "Müller GmbH". Names are
// compared as sets of folded words, without legal forms and trade-type abbreviations
// that every second firm carries.
import { foldText } from './text-folding';

const ignoredWords = new Set([
  // legal forms
  'SP', 'SPOLKA', 'ZOO', 'SPZOO', 'OO', 'SA', 'SJ', 'SK', 'SKA', 'SC', 'SPK', 'SPJ', 'CYWILNA', 'JAWNA',
  'KOMANDYTOWA', 'AKCYJNA', 'ODPOWIEDZIALNOSCIA', 'OGRANICZONA', 'GMBH', 'AG', 'KG', 'OHG', 'UG', 'EK',
  'MBH', 'LTD', 'LIMITED', 'LLC', 'INC', 'PLC', 'CO', 'CORP', 'BV', 'NV', 'SRL', 'SRO', 'AS', 'OY', 'AB',
  'OOO', 'ZAO', 'OAO', 'PAO',
  // trade-type abbreviations and filler
  'PHU', 'FHU', 'PPHU', 'PPUH', 'PUH', 'FH', 'PH', 'PW', 'ZPHU', 'PRZEDSIEBIORSTWO', 'FIRMA', 'HANDLOWO',
  'USLUGOWE', 'HANDLOWE', 'PRODUKCYJNE', 'AND', 'UND', 'THE', 'DER', 'DIE',
]);

/** The words of a name that tell it apart, folded: "P.H.U. Kowalski Sp. z o.o." → ["KOWALSKI"]. */
export function nameTokens(name: string): string[] {
  const words = foldText(name).replace(/[^A-Z0-9]+/g, ' ').trim().split(' ');
  const tokens = words.filter((word) => word.length > 1 && !ignoredWords.has(word));
  return [...new Set(tokens)];
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5 || Math.abs(a.length - b.length) > 1) return false;
  // One slip in a longer word ("Wisnievski") still names the same person.
  let edits = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Dice similarity of two names' token sets, 0..1, counting near-identical words as equal. */
export function nameSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const unused = [...b];
  let shared = 0;
  for (const word of a) {
    const at = unused.findIndex((other) => sameWord(word, other));
    if (at >= 0) {
      shared++;
      unused.splice(at, 1);
    }
  }
  const dice = (2 * shared) / (a.length + b.length);
  // A sole trader pays from a private account: "Anna Nowak" for "Zielony Ogród Anna
  // Nowak". Two or more words all found in the longer name say nearly as much as equality.
  const whollyContained = shared >= 2 && shared === Math.min(a.length, b.length);
  return whollyContained ? Math.max(dice, 0.9) : dice;
}
