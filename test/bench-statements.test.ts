// The statement benchmark's own parts, small: its MT940 file reads back to the labelled
// lines it was written from, and a whole prepare-and-import round on every database
// scores what the import allocated against the right answers.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateStatementBench, statementFile } from '../bench/statements-generate';
import { formatStatementTable } from '../bench/statements-report';
import { prepareStatementBench, runStatementImport } from '../bench/statements-scenario';
import { readBankStatement } from '../src/formats/statements/read-bank-statement';
import { describeEachDatabase } from './databases';

describe('statement benchmark file', () => {
  it('reads back to the amounts, titles, payers and references of the labelled lines', () => {
    const set = generateStatementBench({ invoices: 3_000, lines: 400, seed: 7 });
    const { text, places } = statementFile(set);
    const read = readBankStatement(Buffer.from(text), 'bench.sta');
    const byId = new Map(read.statements.map((s) => [s.statementId, s]));
    set.lines.forEach((labelled, i) => {
      const line = byId.get(places[i]!.statementId)!.lines[places[i]!.lineIndex]!;
      const { line: want } = labelled;
      expect(line.amountMinor).toBe(want.amountMinor);
      expect(line.direction).toBe('credit');
      expect(line.title).toBe(`${want.structuredReference ?? ''} ${want.title}`.replace(/\s+/g, ' ').trim());
      expect(line.counterparty.account).toBe(want.counterpartyAccount);
      if (want.structuredReference) expect(line.creditorReference).toBe(want.structuredReference);
    });
  });
});

describeEachDatabase('statement benchmark round', (database) => {
  it('prepares the ledger and the file, imports it, and scores the import like the matcher alone', async () => {
    const workDir = await mkdtemp(join(tmpdir(), 'duly-bench-statements-test-'));
    try {
      const prepared = await prepareStatementBench(database(), { invoices: 2_000, lines: 200, seed: 5 }, workDir, () => undefined);
      const imported = await runStatementImport(database(), workDir, () => undefined);
      expect(imported.lines).toBe(200);
      expect(imported.import.report.linesRead).toBe(200);
      const { quality } = imported;
      expect(quality.automatic).toBe(imported.import.report.matchedAutomatically);
      expect(quality.automatic).toBeGreaterThan(100);
      expect(quality.precision).toBeGreaterThanOrEqual(0.999);
      // Settling invoices line by line barely changes what the matcher alone decides.
      expect(Math.abs(quality.automatic - prepared.matcherInMemory.quality.automatic)).toBeLessThanOrEqual(5);
      const table = formatStatementTable([{ seed: 5, prepared, imported }]);
      expect(table).toContain(`${database().kind}`);
      expect(table).toContain('precision ≥99.9%: yes');
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  });
});
