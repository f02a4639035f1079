// Turns a pdfmake document into PDF bytes on the server. The fonts are pdfmake's own
// Roboto files, read from the installed package (Roboto covers Polish, German and
// Cyrillic letters); nothing is fetched, and no other file may be read, so a letter's
// content can never pull in a URL or a local path.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';

type PdfMake = typeof import('pdfmake');

// pdfmake is a CommonJS module exporting one configured instance; loading it through
// require gives that instance under Node's ESM loader as under the test runner.
const require = createRequire(import.meta.url);

let configured: PdfMake | null = null;

function pdfMake(): PdfMake {
  if (configured) return configured;
  const pdfmake = require('pdfmake') as PdfMake;
  const fontDirectory = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  const fonts: TFontDictionary = {
    Roboto: {
      normal: join(fontDirectory, 'Roboto-Regular.ttf'),
      bold: join(fontDirectory, 'Roboto-Medium.ttf'),
      italics: join(fontDirectory, 'Roboto-Italic.ttf'),
      bolditalics: join(fontDirectory, 'Roboto-MediumItalic.ttf'),
    },
  };
  const fontFiles = new Set(Object.values(fonts.Roboto!).map(String));
  pdfmake.setFonts(fonts);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => fontFiles.has(path));
  configured = pdfmake;
  return pdfmake;
}

/**
 * The PDF of the document. The creation instant comes from the caller: with it
 * fixed, the same document gives the same bytes (the file id is derived from it).
 */
export async function renderPdf(document: TDocumentDefinitions, createdAt: Date): Promise<Uint8Array> {
  const withDates: TDocumentDefinitions = {
    ...document,
    info: { ...document.info, creator: 'Duly', producer: 'Duly', creationDate: createdAt, modDate: createdAt },
  };
  const buffer = await pdfMake().createPdf(withDates).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** When the PDF says it was made: as given, or midnight UTC of the letter's date. */
export const letterCreatedAt = (letter: { createdAt?: Date; letterDate: string }): Date =>
  letter.createdAt ?? new Date(`${letter.letterDate}T00:00:00Z`);

/** A PNG as the data URL pdfmake embeds images from. */
export const pngDataUrl = (png: Uint8Array): string => `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
