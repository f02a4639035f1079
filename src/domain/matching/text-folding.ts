// Statement titles arrive in any case, with or without Polish and German letters
// (banks and old encodings drop them), so every comparison folds text first.

const foldedLetters: Record<string, string> = { ł: 'l', Ł: 'L', ß: 'ss', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', đ: 'd', Đ: 'D' };

/** Upper case without diacritics: "Faktura zł" → "FAKTURA ZL". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁßøØæÆđĐ]/g, (letter) => foldedLetters[letter] ?? letter)
    .toUpperCase();
}
