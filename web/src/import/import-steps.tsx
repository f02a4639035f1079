// The two steps every import form shares: a Check button (a dry run) and an Import
// button for exactly what was checked, then a card with the report of the last one.
import type { ReactNode } from 'react';
import { Button, Card, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/query-state';

/** What the buttons need to know of an upload in flight or failed. */
type Upload = { isPending: boolean; variables?: { dryRun: boolean }; isError: boolean; error: unknown };

/**
 * Check and Import, each showing when it is the one running, and why an upload failed.
 * Check stands out until the file is ready; then Import does.
 */
export function CheckImportButtons({
  upload,
  canCheck,
  ready,
  run,
  checkAgain = false,
}: {
  upload: Upload;
  canCheck: boolean;
  ready: boolean;
  run: (dryRun: boolean) => void;
  /** Whatever changed since the last check has not been checked yet. */
  checkAgain?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Group>
        <Button variant={ready ? 'default' : 'filled'} onClick={() => run(true)} disabled={!canCheck} loading={upload.isPending && upload.variables?.dryRun}>
          {t('import.check')}
        </Button>
        <Button variant="filled" onClick={() => run(false)} disabled={!ready} loading={upload.isPending && upload.variables?.dryRun === false}>
          {t('import.import')}
        </Button>
        {checkAgain && (
          <Text fz="sm" c="orange.8" role="status">
            {t('import.checkAgain')}
          </Text>
        )}
      </Group>
      {upload.isError && <ErrorAlert error={upload.error} />}
    </>
  );
}

/**
 * The report of a check or an import; after an import, a way to start on another file
 * beside any links to where the imported data now shows.
 */
export function ReportCard({
  titleId,
  fileName,
  imported,
  onAnother,
  links,
  children,
}: {
  titleId: string;
  fileName: string;
  imported: boolean;
  onAnother: () => void;
  links?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Title order={3} fz="h4" id={titleId} mb="sm">
        {imported ? t('import.result') : t('import.report', { file: fileName })}
      </Title>
      {children}
      {imported && (
        <Group mt="md">
          <Button variant="light" onClick={onAnother}>
            {t('import.another')}
          </Button>
          {links}
        </Group>
      )}
    </Card>
  );
}
