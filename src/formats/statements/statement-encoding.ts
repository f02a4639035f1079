// MT940 files carry no declaration of their encoding. Polish banks write them in
// UTF-8, Windows-1250 (most internet banking), ISO-8859-2 (mBank's older exports,
// which differ from Windows-1250 just in Ą, Ś, Ź and their small letters) or CP852
// (the DOS code page older corporate banking programs still use). Valid UTF-8 is
// taken as UTF-8 — legacy text with Polish letters is practically never valid UTF-8
// by chance. Among the single-byte pages the one whose reading yields more Polish
// (and German) letters and fewer box-drawing, control or odd typographic characters
// wins; a tie goes to Windows-1250.
import { encodingFromBom } from '../text-decoding';
import type { StatementEncoding } from './bank-statement';

// Code page 852, bytes 0x80–0xFF; Node's TextDecoder does not know this page.
const CP852_HIGH =
  'ÇüéâäůćçłëŐőîŹÄĆÉĹĺôöĽľŚśÖÜŤťŁ×čáíóúĄąŽžĘę¬źČş«»░▒▓│┤ÁÂĚŞ╣║╗╝Żż┐└┴┬├─┼Ăă╚╔╩╦╠═╬¤đĐĎËďŇÍÎě┘┌█▄ŢŮ▀ÓßÔŃńňŠšŔÚŕŰýÝţ´\u00ad˝˛ˇ˘§÷¸°¨˙űŘř■\u00a0';

/** Text of CP852 bytes. */
export function decodeCp852(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte < 0x80 ? String.fromCharCode(byte) : CP852_HIGH[byte - 0x80]!;
  return text;
}

const LETTERS = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻäöüßÄÖÜéÉ]/g;
const UNLIKELY = /[\u0080-\u009f\u2500-\u25ff¤×÷¨˙˘˛˝ˇ´¸§¦¬«»©®¶†‡•‰]/g;

function plausibility(text: string): number {
  return (text.match(LETTERS)?.length ?? 0) - 2 * (text.match(UNLIKELY)?.length ?? 0);
}

/** Decodes statement text, choosing the encoding as described above. */
export function decodeStatementText(bytes: Uint8Array): { text: string; encoding: StatementEncoding } {
  const bom = encodingFromBom(bytes);
  if (bom?.encoding === 'utf-8') {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(bom.bomLength)), encoding: 'utf-8' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: one of the single-byte pages
  }
  const readings: { text: string; encoding: StatementEncoding }[] = [
    { text: new TextDecoder('windows-1250').decode(bytes), encoding: 'windows-1250' },
    { text: new TextDecoder('iso-8859-2').decode(bytes), encoding: 'iso-8859-2' },
    { text: decodeCp852(bytes), encoding: 'cp852' },
  ];
  let best = readings[0]!;
  let bestScore = plausibility(best.text);
  for (const reading of readings.slice(1)) {
    const score = plausibility(reading.text);
    if (score > bestScore) [best, bestScore] = [reading, score];
  }
  return best;
}
