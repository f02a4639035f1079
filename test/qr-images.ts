// Reads QR code PNGs back the way a banking app would: from pixels, not from the text
// that went in. Tests of the payment codes and of the letters that print them use it.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

export type ReadQrCode = { text: string; version: number };

/** The text a QR code PNG holds, or null when no code can be read in it. */
export function readQrPng(png: Uint8Array): ReadQrCode | null {
  const image = PNG.sync.read(Buffer.from(png));
  const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  if (!code) return null;
  return { text: new TextDecoder().decode(new Uint8Array(code.binaryData)), version: code.version };
}

/**
 * The error correction level written in the code's format information: bits 14 and
 * 13 of the 15 format bits, placed at row 8, columns 0 and 1, and masked with
 * 101010000010010. The image must be drawn with the given pixels per module and
 * quiet zone.
 */
export function errorCorrectionLevelOf(png: Uint8Array, scale: number, margin: number): 'L' | 'M' | 'Q' | 'H' {
  const image = PNG.sync.read(Buffer.from(png));
  const isDark = (row: number, column: number): boolean => {
    const x = (margin + column) * scale + Math.floor(scale / 2);
    const y = (margin + row) * scale + Math.floor(scale / 2);
    return image.data[(y * image.width + x) * 4]! < 128;
  };
  const bit14 = Number(isDark(8, 0)) ^ 1;
  const bit13 = Number(isDark(8, 1)) ^ 0;
  const levels = { '01': 'L', '00': 'M', '11': 'Q', '10': 'H' } as const;
  return levels[`${bit14}${bit13}` as keyof typeof levels];
}
