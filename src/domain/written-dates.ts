// Calendar dates as bank exports and spreadsheets write them. One file writes all its
// dates one way, and "03/04/2026" means April in Warsaw and March in New York, so a
// date is read in a named format, never guessed on its own.
import { isIsoDate, type IsoDate } from './dates';

export const writtenDateFormats = [
  'YYYY-MM-DD',
  'YYYY.MM.DD',
  'YYYY/MM/DD',
  'DD.MM.YYYY',
  'DD-MM-YYYY',
  'DD/MM/YYYY',
  'MM/DD/YYYY',
] as const;
export type WrittenDateFormat = (typeof writtenDateFormats)[number];

// A time of day after the date ("2026-03-20 14:05:31", "20.03.2026 14:05") is the
// moment of the booking; the day is what counts.
const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;

const patterns = new Map<WrittenDateFormat, RegExp>(
  writtenDateFormats.map((format) => {
    const separator = format.startsWith('YYYY') ? format[4]! : format[2]!;
    const sep = `\\${separator}`;
    const shape = format.startsWith('YYYY') ? `(\\d{4})${sep}(\\d{1,2})${sep}(\\d{1,2})` : `(\\d{1,2})${sep}(\\d{1,2})${sep}(\\d{4})`;
    return [format, new RegExp(`^${shape}${TIME}$`)];
  }),
);

/** The ISO date of `text` written in `format`, or null when it is not an existing day written that way. */
export function readWrittenDate(text: string, format: WrittenDateFormat): IsoDate | null {
  const match = patterns.get(format)!.exec(text.trim());
  if (!match) return null;
  const [first, second, third] = [match[1]!, match[2]!, match[3]!];
  const [year, month, day] =
    format === 'MM/DD/YYYY' ? [third, first, second] : format.startsWith('YYYY') ? [first, second, third] : [third, second, first];
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** The formats `text` is an existing day in (several only for a day and month both up to 12 with "/"). */
export function dateFormatsFitting(text: string): WrittenDateFormat[] {
  return writtenDateFormats.filter((format) => readWrittenDate(text, format) !== null);
}
