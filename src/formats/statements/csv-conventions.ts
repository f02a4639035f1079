// How a CSV statement writes its dates and decimals. A file writes every date one way
// and every amount one way, so the way is settled once from all of them (or taken
// from the caller), and a value that breaks it is named with its line and column.
import { dateFormatsFitting, writtenDateFormats, type WrittenDateFormat } from '../../domain/written-dates';
import { FileFormatError, type ImportOption } from '../file-format-error';
import { decimalSeparatorShownBy, splitAmount, type DecimalSeparator } from './csv-amounts';
import type { CsvStatementField } from './csv-statement-fields';

/** One value of the file: where it is and what it says. */
export type CsvValue = { line: number; field: CsvStatementField; column: string; text: string };

/** A problem with one value, naming its line, column and field (and the option that would settle it). */
export function valueError(value: CsvValue, message: string, option?: ImportOption): FileFormatError {
  return new FileFormatError(`column "${value.column}" (${value.field}): ${message}`, value.line, value.field, option);
}

/** The date format every one of `dates` is written in; null when there are none. */
export function settleDateFormat(dates: readonly CsvValue[]): WrittenDateFormat | null {
  let candidates: readonly WrittenDateFormat[] = writtenDateFormats;
  for (const date of dates) {
    const fits = dateFormatsFitting(date.text);
    if (fits.length === 0) {
      throw valueError(date, `"${date.text}" is not a date (written as ${writtenDateFormats.join(', ')})`);
    }
    const narrowed = candidates.filter((format) => fits.includes(format));
    if (narrowed.length === 0) {
      throw valueError(date, `"${date.text}" is written unlike the dates above it (${candidates.join(' or ')})`);
    }
    candidates = narrowed;
  }
  if (dates.length === 0) return null;
  if (candidates.length > 1) {
    throw valueError(
      dates[0]!,
      `the dates fit both ${candidates.join(' and ')}: no day in the file is above 12, so the day and the month cannot be told apart; give the date format`,
      'dateFormat',
    );
  }
  return candidates[0]!;
}

/**
 * The decimal separator the amounts show; null when none shows one (whole amounts
 * only). Every amount must be written like an amount, and all that show a separator
 * must show the same one.
 */
export function settleDecimalSeparator(amounts: readonly CsvValue[]): DecimalSeparator | null {
  let settled: { separator: DecimalSeparator; by: CsvValue } | null = null;
  let unclear: CsvValue | null = null;
  for (const amount of amounts) {
    const parts = splitAmount(amount.text);
    if (!parts) throw valueError(amount, `"${amount.text}" is not an amount`);
    const shown = decimalSeparatorShownBy(parts.number);
    if (shown === null) continue;
    if (shown === 'unclear') {
      unclear ??= amount;
      continue;
    }
    if (!settled) settled = { separator: shown, by: amount };
    else if (shown !== settled.separator) {
      throw valueError(
        amount,
        `"${amount.text}" has "${shown}" before its decimals, unlike "${settled.by.text}" on line ${settled.by.line} ("${settled.separator}")`,
      );
    }
  }
  if (!settled && unclear) {
    throw valueError(
      unclear,
      `"${unclear.text}" may be a whole amount with its thousands grouped or one with three decimals, and no amount in the file tells which; give the decimal separator`,
      'decimalSeparator',
    );
  }
  return settled?.separator ?? null;
}
