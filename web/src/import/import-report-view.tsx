import { Alert, Group, Paper, SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../api/types';
import { useFormat } from '../i18n/use-format';
import { fieldLabel } from './field-label';

/** One count of an import's report: a group named by its label. */
export function Count({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="sm" role="group" aria-label={label}>
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz="xl" fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

/** How an import ended: written, refused with errors, or checked (a dry run) — with the kind's own wording. */
export function ImportOutcome({ committed, errorCount, done, checked }: { committed: boolean; errorCount: number; done: string; checked: string }) {
  const { t } = useTranslation();
  if (committed) {
    return (
      <Alert color="teal" title={t('import.doneTitle')} role="status" mb="md">
        {done}
      </Alert>
    );
  }
  if (errorCount > 0) {
    return (
      <Alert color="red" title={t('import.errorsTitle')} role="alert" mb="md">
        {t('import.errorsFound', { count: errorCount })}
      </Alert>
    );
  }
  return (
    <Alert color="blue" title={t('import.checkedTitle')} role="status" mb="md">
      {checked}
    </Alert>
  );
}

/** A problem an import found, named by its place in the file. */
type PlacedError = { file: string; line?: number; field?: string; message: string };

/** Every error with its file, line and message; with a way to name fields, their field too. */
export function ErrorTable({
  caption,
  errors,
  fieldLabelOf,
}: {
  caption: string;
  errors: PlacedError[];
  /** A field's name for people; without it the table has no field column. */
  fieldLabelOf?: (field: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="xs" captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('import.file')}</Table.Th>
            <Table.Th ta="right">{t('import.line')}</Table.Th>
            {fieldLabelOf && <Table.Th>{t('import.field')}</Table.Th>}
            <Table.Th>{t('import.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((e, i) => (
            <Table.Tr key={`${e.file}:${e.line ?? ''}:${e.field ?? ''}:${i}`}>
              <Table.Td>{e.file}</Table.Td>
              <Table.Td ta="right">{e.line ?? '—'}</Table.Td>
              {fieldLabelOf && <Table.Td>{e.field ? fieldLabelOf(e.field) : '—'}</Table.Td>}
              <Table.Td>{e.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Counts of what the file creates or changes, and every error with its file, line and field. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const hasErrors = report.errors.length > 0;
  return (
    <div>
      <ImportOutcome
        committed={report.committed}
        errorCount={report.errors.length}
        done={t('import.done', { count: report.rowsRead })}
        checked={report.rowsRead === 0 ? t('import.noRows') : t('import.checked', { count: report.rowsRead })}
      />
      <SimpleGrid cols={{ base: 2, sm: report.customersCreated > 0 ? 5 : 4 }} mb="md" aria-label={t('import.counts')}>
        <Count label={t('import.rowsRead')} value={format.count(report.rowsRead)} />
        <Count label={report.committed ? t('import.created') : t('import.toCreate')} value={format.count(report.created)} />
        <Count label={report.committed ? t('import.updated') : t('import.toUpdate')} value={format.count(report.updated)} />
        <Count label={t('import.unchanged')} value={format.count(report.unchanged)} />
        {report.customersCreated > 0 && (
          <Count label={t('import.customersCreated')} value={format.count(report.customersCreated)} />
        )}
      </SimpleGrid>
      {hasErrors && (
        <>
          <ErrorTable caption={t('import.errorTable')} errors={report.errors} fieldLabelOf={(field) => fieldLabel(t, report.kind, field)} />
          {report.errorsTruncated && (
            <Group mt="xs">
              <Text fz="sm" c="dimmed">
                {t('import.errorsTruncated')}
              </Text>
            </Group>
          )}
        </>
      )}
    </div>
  );
}
