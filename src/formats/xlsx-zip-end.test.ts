import { createRequire } from 'node:module';
import { Readable, type Duplex } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { zip } from '../../test/import/zip-archive';
import { makeZipEntriesOutliveTheirEnd } from './xlsx-zip-end';

// The same modules exceljs' streaming reader uses: unzipper's Parse, and exceljs' way
// of walking a stream (pause while a chunk is worked on, stop at 'end').
const fromExceljs = createRequire(createRequire(import.meta.url).resolve('exceljs'));
const unzipper = fromExceljs('unzipper') as { Parse(options: object): Duplex };
const iterateStream = fromExceljs('./lib/utils/iterate-stream') as (s: Duplex) => AsyncIterable<{ path: string; autodrain(): void }>;

const archive = zip(['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/workbook.xml'].map((name) => ({ name, data: Buffer.from(`<${name}/>`) })));

describe('ZIP entries read slowly', () => {
  it('are all handed over, also when the archive was read to its end while the reader was busy', async () => {
    makeZipEntriesOutliveTheirEnd();
    makeZipEntriesOutliveTheirEnd(); // a second call changes nothing
    const parse = unzipper.Parse({ forceStream: true });
    Readable.from([archive]).pipe(parse);
    const seen: string[] = [];
    for await (const entry of iterateStream(parse)) {
      seen.push(entry.path);
      // Busy with the first entry long enough for unzipper to read the rest of the file.
      if (seen.length === 1) await sleep(50);
      entry.autodrain();
    }
    expect(seen).toEqual(['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/workbook.xml']);
  });
});
