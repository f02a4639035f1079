// exceljs' streaming reader takes a workbook's ZIP entries from unzipper's `Parse`
// stream, pausing it while it works on one entry. `Parse` announces 'end' as soon as
// it has read the archive's last byte — even when entries it already read still wait
// in its (paused) buffer. exceljs then stops, and the entries still waiting are lost:
// a workbook whose xl/workbook.xml came last failed with "reading 'sheets'", and a
// second worksheet could vanish without a word. It happened only under load, when
// unzipper ran ahead of exceljs.
//
// The repair: that early 'end' becomes the end of the readable side (`push(null)`),
// which Node announces only once every buffered entry has been taken. unzipper is
// reached through exceljs' own copy, so this is the very constructor exceljs calls.
import { createRequire } from 'node:module';
import type { Duplex } from 'node:stream';

type ParseFactory = ((options?: object) => Duplex) & { __endsAfterBufferedEntries?: true };

const requireFromHere = createRequire(import.meta.url);
const requireFromExceljs = createRequire(requireFromHere.resolve('exceljs'));
const unzipper = requireFromExceljs('unzipper') as { Parse: ParseFactory };

/** Makes every unzipper `Parse` stream end only after its buffered entries were read; safe to call more than once. */
export function makeZipEntriesOutliveTheirEnd(): void {
  const original = unzipper.Parse;
  if (original.__endsAfterBufferedEntries) return;
  const patched: ParseFactory = (options) => {
    const parse = original(options);
    const emit = parse.emit.bind(parse);
    parse.emit = (event: string | symbol, ...args: unknown[]): boolean => {
      if (event === 'end' && !parse.readableEnded) {
        // Not Node's own 'end': let the buffered entries out first, then Node ends it.
        parse.push(null);
        return true;
      }
      return emit(event, ...args);
    };
    return parse;
  };
  patched.__endsAfterBufferedEntries = true;
  unzipper.Parse = patched;
}
