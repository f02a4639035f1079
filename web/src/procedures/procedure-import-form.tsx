// Uploading a procedure file (YAML or JSON) as the next version of its procedure. A
// file with problems is refused whole, and each problem is listed with its line and field.
import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Card, FileInput, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../api/client';
import { useErrorMessage } from '../components/query-state';
import { useImportProcedure } from './procedure-api';

export function ProcedureImportForm({ org }: { org: string }) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const upload = useImportProcedure(org);
  const [file, setFile] = useState<File | null>(null);
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [missingFile, setMissingFile] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setMissingFile(true);
      return;
    }
    setMissingFile(false);
    upload.mutate({ file, effectiveFrom: effectiveFrom || undefined });
  };

  const issues = upload.error instanceof ApiError ? upload.error.issues : [];
  const imported = upload.data;
  const language = i18n.language === 'pl' ? 'pl' : 'en';

  return (
    <Card withBorder component="section" aria-labelledby="import-procedure-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <div>
            <Title order={3} fz="h4" id="import-procedure-title">
              {t('procedures.importTitle')}
            </Title>
            <Text fz="sm" c="dimmed">
              {t('procedures.importHint')}
            </Text>
          </div>
          <Group align="flex-start" gap="sm">
            <FileInput
              label={t('procedures.importFile')}
              placeholder={t('procedures.chooseFile')}
              accept=".yaml,.yml,.json,application/yaml,application/json"
              value={file}
              onChange={(chosen) => {
                setFile(chosen);
                upload.reset();
              }}
              error={missingFile ? t('procedures.fileRequired') : undefined}
              w={280}
              clearable
            />
            <TextInput
              label={t('procedures.importEffectiveFrom')}
              description={t('procedures.importEffectiveFromHint')}
              type="date"
              value={effectiveFrom}
              onChange={(e) => setEffectiveFrom(e.currentTarget.value)}
              w={300}
            />
          </Group>
          <Group>
            <Button type="submit" loading={upload.isPending}>
              {t('procedures.importButton')}
            </Button>
          </Group>
          {imported && (
            <Text fz="sm" c="teal.8" role="status">
              {t('procedures.imported', { name: imported.name[language], version: imported.version })}{' '}
              <Anchor component={Link} to={`/o/${org}/procedures/${encodeURIComponent(imported.procedureKey)}`} fz="sm">
                {imported.procedureKey}
              </Anchor>
            </Text>
          )}
          {upload.error && (
            <Alert color="red" role="alert" title={issues.length > 0 ? t('procedures.importErrors') : undefined}>
              {issues.length === 0 ? (
                errorMessage(upload.error)
              ) : (
                <Table verticalSpacing={4} fz="sm" aria-label={t('procedures.importErrors')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('procedures.line')}</Table.Th>
                      <Table.Th>{t('procedures.field')}</Table.Th>
                      <Table.Th>{t('procedures.message')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {issues.map((issue, index) => (
                      <Table.Tr key={index}>
                        <Table.Td>{issue.line ?? '—'}</Table.Td>
                        <Table.Td ff="monospace">{issue.field ?? '—'}</Table.Td>
                        <Table.Td>{issue.message}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Alert>
          )}
        </Stack>
      </form>
    </Card>
  );
}
