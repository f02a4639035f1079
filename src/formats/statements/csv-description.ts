// Some banks write the description of a transfer as "Label: value" pieces, and PKO BP
// spreads them over unnamed columns after "Opis transakcji": "Rachunek nadawcy: 12 …",
// "Nazwa nadawcy: ACME", "Tytuł: FV/1/2026". Pieces whose label names a field fill that
// field (when its own column is empty); the title is the "Tytuł:" piece, or else
// everything not read as another field.
import { normalizeHeader } from '../header-text';
import { headerSynonyms } from './csv-statement-columns';
import type { CsvStatementField } from './csv-statement-fields';

const LABELLED_FIELDS = [
  'title',
  'counterpartyName',
  'counterpartyAccount',
  'counterpartyAddress',
  'recipientName',
  'recipientAccount',
] as const satisfies readonly CsvStatementField[];
export type DescribedField = (typeof LABELLED_FIELDS)[number];

export type Description = { title: string; labelled: Partial<Record<DescribedField, string>> };

let labels: Map<string, DescribedField> | null = null;

function fieldOfLabel(label: string): DescribedField | undefined {
  labels ??= new Map(LABELLED_FIELDS.flatMap((field) => headerSynonyms(field).map((synonym) => [synonym, field] as const)));
  return labels.get(normalizeHeader(label));
}

/** The title and the labelled fields of the description pieces, empty ones ignored. */
export function readDescription(pieces: readonly string[]): Description {
  const labelled: Description['labelled'] = {};
  const rest: string[] = [];
  for (const piece of pieces) {
    if (piece === '') continue;
    const match = /^([^:]{2,40}?)\s*:\s*(.*)$/s.exec(piece);
    const field = match ? fieldOfLabel(match[1]!) : undefined;
    if (field && match && labelled[field] === undefined) labelled[field] = match[2]!.trim();
    else rest.push(piece);
  }
  return { title: labelled.title ?? rest.join(' '), labelled };
}
