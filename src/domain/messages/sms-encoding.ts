// How an SMS text travels: in the GSM 7-bit alphabet (GSM 03.38) when every character
// is in it, otherwise as UCS-2, which fits less than half as much per message. One
// Polish letter (ą, ę, ł …) is enough to switch the whole text to UCS-2, so the editor
// shows the encoding and the number of messages before anything is sent.

export type SmsEncodingName = 'GSM-7' | 'UCS-2';

export type SmsEncoding = {
  encoding: SmsEncodingName;
  /** How many messages the text is billed and sent as; 0 for an empty text. */
  segments: number;
  /** Length in the encoding's units: septets for GSM-7 (extension characters count 2), UTF-16 units for UCS-2. */
  characters: number;
  /** Units per message at this length: 160 or 153 for GSM-7, 70 or 67 for UCS-2. */
  charactersPerSegment: number;
  /** The characters that forced UCS-2, each once, in order of appearance. */
  ucs2Characters: string[];
};

// The basic character set, in table order (the escape to the extension table left out).
const gsmBasic = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
    '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
// Reached through the escape character: each takes two septets.
const gsmExtension = new Set('\f^{}\\[~]|€');

const single = { 'GSM-7': 160, 'UCS-2': 70 } as const;
// A long message carries a 6-octet header in every part: 7 septets or 3 UCS-2 units less.
const concatenated = { 'GSM-7': 153, 'UCS-2': 67 } as const;

/** True when the character can be sent in the GSM 7-bit alphabet. */
export function isGsmCharacter(character: string): boolean {
  return gsmBasic.has(character) || gsmExtension.has(character);
}

/** The encoding, length and number of messages of an SMS text. */
export function smsEncoding(text: string): SmsEncoding {
  const characters = [...text];
  const ucs2Characters = [...new Set(characters.filter((c) => !isGsmCharacter(c)))];
  const encoding: SmsEncodingName = ucs2Characters.length === 0 ? 'GSM-7' : 'UCS-2';
  // The size of each character in the encoding's units; a character is never split
  // between two messages, so the parts are packed character by character.
  const sizes = characters.map((c) => (encoding === 'GSM-7' ? (gsmExtension.has(c) ? 2 : 1) : c.length));
  const length = sizes.reduce((sum, size) => sum + size, 0);
  if (length <= single[encoding]) {
    return { encoding, segments: length === 0 ? 0 : 1, characters: length, charactersPerSegment: single[encoding], ucs2Characters };
  }
  const capacity = concatenated[encoding];
  let segments = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > capacity) {
      segments += 1;
      used = 0;
    }
    used += size;
  }
  return { encoding, segments, characters: length, charactersPerSegment: capacity, ucs2Characters };
}

// Letters that do not decompose into a base letter and an accent, and punctuation
// that word processors put in place of the plain kind.
const replacements: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  œ: 'oe',
  Œ: 'OE',
  '„': '"',
  '“': '"',
  '”': '"',
  '«': '"',
  '»': '"',
  '‚': "'",
  '‘': "'",
  '’': "'",
  '–': '-',
  '—': '-',
  '…': '...',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\t': ' ',
};

/**
 * The text with letters outside the GSM alphabet replaced by their plain form
 * (ą→a, ł→l, Ż→Z, „ ”→"), so it goes as GSM-7. Letters already in the alphabet
 * (é, ä, ß …) stay; scripts without a Latin form (Cyrillic) stay as they are.
 */
export function transliterateForGsm(text: string): string {
  let result = '';
  for (const character of text) {
    if (isGsmCharacter(character)) {
      result += character;
      continue;
    }
    const replacement = replacements[character];
    if (replacement !== undefined) {
      result += replacement;
      continue;
    }
    const base = character.normalize('NFD').replace(/\p{M}/gu, '');
    result += base !== '' && [...base].every(isGsmCharacter) ? base : character;
  }
  return result;
}
