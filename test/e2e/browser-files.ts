// The small files the browser test imports: two customers and their invoices, with
// due dates around today so some are overdue whenever the test runs.
import { addDays, dateInZone } from '../../src/domain/dates';

export type UploadFile = { name: string; mimeType: string; buffer: Buffer };

const csv = (name: string, lines: string[]): UploadFile => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(lines.join('\r\n') + '\r\n', 'utf8'),
});

export function customersCsv(): UploadFile {
  return csv('klienci.csv', [
    'Kod klienta;Nazwa;NIP;Kraj;Termin płatności;Segment',
    'K-001;Zakłady Mięsne Łódź S.A.;5260250274;PL;14;kluczowy',
    'K-002;Hurtownia Żółw sp.j.;7740001454;PL;30;standard',
  ]);
}

/** Invoices as of `now` in Warsaw: FV/E2E/001 is 10 days overdue, FV/E2E/002 not yet due. */
export function invoicesCsv(now: Date): UploadFile {
  const today = dateInZone(now, 'Europe/Warsaw');
  return csv('faktury.csv', [
    'Numer faktury;Kod klienta;Data wystawienia;Termin płatności;Waluta;Kwota brutto',
    `FV/E2E/001;K-001;${addDays(today, -24)};${addDays(today, -10)};PLN;12 300,00`,
    `FV/E2E/002;K-001;${addDays(today, -2)};${addDays(today, 12)};PLN;1 845,50`,
    `FV/E2E/003;K-002;${addDays(today, -40)};${addDays(today, -10)};PLN;999,99`,
  ]);
}
