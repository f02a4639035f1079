// E-invoices (KSeF, UBL; one XML or a ZIP of them) go in the same two steps as other
// files, check then import, but their report is of documents: what was created,
// corrected, skipped and why, and which bank accounts the organization does not know.
import { useState, type ReactNode } from 'react';
import { FileInput, List, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useImportEInvoices } from '../api/imports';
import type { EInvoiceImportReport } from '../api/types';
import { Count, ImportOutcome } from './import-report-view';
import { CheckImportButtons, ReportCard } from './import-steps';
import { useFormat } from '../i18n/use-format';

const fileKey = (file: File | null) => (file ? `${file.name}:${file.size}:${file.lastModified}` : '');

export function EInvoiceImport({ org, onAnother }: { org: string; onAnother: () => void }) {
  const { t } = useTranslation();
  const upload = useImportEInvoices(org);
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<{ key: string; report: EInvoiceImportReport } | null>(null);
  const [imported, setImported] = useState<EInvoiceImportReport | null>(null);
  const ready = file !== null && checked?.key === fileKey(file) && checked.report.errors.length === 0 && checked.report.documentsRead > 0;

  const choose = (next: File | null) => {
    setFile(next);
    setChecked(null);
    setImported(null);
    upload.reset();
  };
  const run = (dryRun: boolean) => {
    if (!file) return;
    const key = fileKey(file);
    upload.mutate(
      { file, dryRun },
      {
        onSuccess: (report) => {
          if (report.committed && !dryRun) {
            setImported(report);
            setChecked(null);
          } else setChecked({ key, report });
        },
      },
    );
  };
  const shown = imported ?? checked?.report ?? null;

  return (
    <Stack gap="md">
      <FileInput
        label={t('import.file')}
        description={t('eInvoiceImport.fileHint')}
        placeholder={t('import.chooseFile')}
        accept=".xml,.zip"
        clearable
        value={file}
        onChange={choose}
        w={{ base: '100%', sm: 480 }}
      />
      <CheckImportButtons upload={upload} canCheck={file !== null} ready={ready} run={run} />
      {shown && (
        <ReportCard titleId="einvoice-report-title" fileName={shown.fileName} imported={imported !== null} onAnother={onAnother}>
          <EInvoiceReportView report={shown} />
        </ReportCard>
      )}
    </Stack>
  );
}

/** What an e-invoice file creates, corrects and skips, and every error with its document. */
export function EInvoiceReportView({ report }: { report: EInvoiceImportReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const hasErrors = report.errors.length > 0;
  const { invoices, creditNotes } = report;
  return (
    <div>
      <ImportOutcome
        committed={report.committed}
        errorCount={report.errors.length}
        done={t('eInvoiceImport.done', { count: report.documentsRead })}
        checked={t('eInvoiceImport.checked', { count: report.documentsRead })}
      />
      <SimpleGrid cols={{ base: 2, sm: 4 }} mb="md" aria-label={t('import.counts')}>
        <Count label={t('eInvoiceImport.documentsRead')} value={format.count(report.documentsRead)} />
        <Count label={report.committed ? t('eInvoiceImport.invoicesCreated') : t('eInvoiceImport.invoicesToCreate')} value={format.count(invoices.created)} />
        <Count label={report.committed ? t('import.updated') : t('import.toUpdate')} value={format.count(invoices.updated)} />
        <Count label={t('import.unchanged')} value={format.count(invoices.unchanged + creditNotes.unchanged)} />
        <Count label={t('eInvoiceImport.creditNotes')} value={format.count(creditNotes.created)} />
        <Count label={t('import.customersCreated')} value={format.count(report.customersCreated)} />
        <Count label={t('eInvoiceImport.skipped')} value={format.count(report.skipped.length)} />
      </SimpleGrid>
      {report.dueDatesFromTerms.length > 0 && (
        <Section title={t('eInvoiceImport.dueFromTerms')}>
          {report.dueDatesFromTerms.map((d) => (
            <List.Item key={d.number}>{t('eInvoiceImport.dueFromTermsItem', { number: d.number, date: format.date(d.dueDate), days: d.paymentTermsDays })}</List.Item>
          ))}
        </Section>
      )}
      {report.corrections.length > 0 && (
        <Section title={t('eInvoiceImport.corrections')}>
          {report.corrections.map((c) => (
            <List.Item key={c.number}>
              {t('eInvoiceImport.correctionItem', { number: c.number, corrects: c.corrects.join(', '), amount: format.money(c.changeMinor, c.currency) })}
            </List.Item>
          ))}
        </Section>
      )}
      {report.skipped.length > 0 && (
        <Section title={t('eInvoiceImport.skippedTitle')}>
          {report.skipped.map((s, i) => (
            <List.Item key={`${s.document}:${i}`}>
              <Text span fw={500}>
                {s.document}
              </Text>
              {': '}
              {s.reason}
            </List.Item>
          ))}
        </Section>
      )}
      {report.unknownBankAccounts.length > 0 && (
        <Section title={t('eInvoiceImport.unknownAccounts')}>
          {report.unknownBankAccounts.map((a) => (
            <List.Item key={a.number}>
              {t(a.holder === 'factor' ? 'eInvoiceImport.factorAccount' : 'eInvoiceImport.sellerAccount', { number: a.number, documents: a.documents.join(', ') })}
            </List.Item>
          ))}
        </Section>
      )}
      {hasErrors && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing="xs" captionSide="top">
            <Table.Caption>{t('eInvoiceImport.errorTable')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('eInvoiceImport.document')}</Table.Th>
                <Table.Th ta="right">{t('import.line')}</Table.Th>
                <Table.Th>{t('import.message')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.errors.map((e, i) => (
                <Table.Tr key={`${e.document ?? e.file}:${e.line ?? ''}:${i}`}>
                  <Table.Td>{e.document ?? e.file}</Table.Td>
                  <Table.Td ta="right">{e.line ?? '—'}</Table.Td>
                  <Table.Td>{e.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4} mb="md">
      <Text fw={600}>{title}</Text>
      <List size="sm" spacing={2}>
        {children}
      </List>
    </Stack>
  );
}
