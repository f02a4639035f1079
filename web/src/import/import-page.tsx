// Import a file in two steps: check it (a dry run that writes nothing and shows every
// problem and the detected columns), then import exactly what was checked.
import { useState } from 'react';
import { Anchor, Button, Card, Checkbox, FileInput, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useImportFile } from '../api/imports';
import type { ImportKind, ImportReport } from '../api/types';
import { ErrorAlert } from '../components/query-state';
import { EInvoiceImport } from './e-invoice-import';
import { fieldLabel } from './field-label';
import { canImport, effectiveMapping, mappingRows, signatureOf, type Check, type ImportOptions } from './import-flow';
import { ImportReportView } from './import-report-view';
import { knownFields } from './known-fields';
import { MappingEditor } from './mapping-editor';
import { StatementImport } from './statement-import';

// Listed here rather than imported from the contract, which would bring zod into this page.
const importKinds = ['customers', 'contacts', 'invoices', 'payments'] as const satisfies readonly ImportKind[];
// E-invoices and bank statements have their own endpoints and reports (documents, or
// statement lines and how they matched), so their choices sit beside the file kinds
// rather than among them, each with a form of its own.
type PageKind = ImportKind | 'einvoice' | 'statement';
const isFileKind = (kind: PageKind): kind is ImportKind => kind !== 'einvoice' && kind !== 'statement';

export function ImportPage() {
  const { t } = useTranslation();
  const { org = '' } = useParams();
  const importFile = useImportFile(org);
  const [kind, setKind] = useState<ImportKind>('customers');
  const [pageKind, setPageKind] = useState<PageKind>('customers');
  // Bumped to give the e-invoice or statement form a fresh start after an import.
  const [ownFormRound, setOwnFormRound] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [createCustomers, setCreateCustomers] = useState(true);
  // The columns the server found on its own; the person's choices are laid over them.
  const [detected, setDetected] = useState<Record<string, string>>({});
  const [overrides, setOverrides] = useState<Record<string, string | null>>({});
  const [check, setCheck] = useState<Check | null>(null);
  const [imported, setImported] = useState<ImportReport | null>(null);

  const mapping = effectiveMapping(detected, overrides);
  const options: ImportOptions = { kind, file, createCustomers, mapping };
  const ready = canImport(check, options);
  const stale = check !== null && check.signature !== signatureOf(options);

  const startOver = (nextKind: ImportKind, nextFile: File | null) => {
    setKind(nextKind);
    setFile(nextFile);
    setDetected({});
    setOverrides({});
    setCheck(null);
    setImported(null);
    importFile.reset();
  };

  const runCheck = () => {
    if (!file) return;
    const signature = signatureOf(options);
    const sentMapping = mapping;
    importFile.mutate(
      { kind, file, dryRun: true, mapping: sentMapping, createCustomers: kind === 'invoices' ? createCustomers : undefined },
      {
        onSuccess: (report) => {
          if (Object.keys(sentMapping).length === 0) setDetected(report.mapping);
          setCheck({ signature, report });
          setImported(null);
        },
      },
    );
  };

  const runImport = () => {
    if (!file || !ready) return;
    const signature = signatureOf(options);
    importFile.mutate(
      { kind, file, dryRun: false, mapping, createCustomers: kind === 'invoices' ? createCustomers : undefined },
      {
        onSuccess: (report) => {
          if (report.committed) {
            setImported(report);
            setCheck(null);
          } else {
            // The data changed since the check and the file no longer goes in cleanly.
            setCheck({ signature, report });
          }
        },
      },
    );
  };

  const shown = imported ?? check?.report ?? null;

  return (
    <Stack gap="md">
      <Title order={2}>{t('import.title')}</Title>
      <Card withBorder component="section" aria-labelledby="import-file-title">
        <Title order={3} fz="h4" id="import-file-title" mb="sm">
          {t('import.step1')}
        </Title>
        <Stack gap="sm">
          <div>
            <Text component="label" id="import-kind-label" fz="sm" fw={500} display="block" mb={4}>
              {t('import.kind')}
            </Text>
            <SegmentedControl
              aria-labelledby="import-kind-label"
              value={pageKind}
              onChange={(value) => {
                const next = value as PageKind;
                setPageKind(next);
                if (isFileKind(next)) startOver(next, file);
              }}
              data={[
                ...importKinds.map((k) => ({ value: k, label: t(`importKinds.${k}`) })),
                { value: 'einvoice', label: t('importKinds.einvoice') },
                { value: 'statement', label: t('importKinds.statement') },
              ]}
            />
          </div>
          {pageKind === 'einvoice' ? (
            <EInvoiceImport key={ownFormRound} org={org} onAnother={() => setOwnFormRound((n) => n + 1)} />
          ) : pageKind === 'statement' ? (
            <StatementImport key={ownFormRound} org={org} onAnother={() => setOwnFormRound((n) => n + 1)} />
          ) : (
            <>
              <FileInput
                label={t('import.file')}
                description={t('import.fileHint')}
                placeholder={t('import.chooseFile')}
                accept=".csv,.txt,.tsv,.xlsx"
                clearable
                value={file}
                onChange={(value) => startOver(kind, value)}
                w={{ base: '100%', sm: 480 }}
              />
              {kind === 'invoices' && (
                <Checkbox
                  label={t('import.createCustomers')}
                  description={t('import.createCustomersHint')}
                  checked={createCustomers}
                  onChange={(e) => setCreateCustomers(e.currentTarget.checked)}
                />
              )}
              <Group>
                <Button
                  variant={ready ? 'default' : 'filled'}
                  onClick={runCheck}
                  disabled={!file}
                  loading={importFile.isPending && importFile.variables?.dryRun}
                >
                  {t('import.check')}
                </Button>
                <Button
                  variant="filled"
                  onClick={runImport}
                  disabled={!ready}
                  loading={importFile.isPending && importFile.variables?.dryRun === false}
                >
                  {t('import.import')}
                </Button>
                {stale && (
                  <Text fz="sm" c="orange.8" role="status">
                    {t('import.checkAgain')}
                  </Text>
                )}
              </Group>
              {importFile.isError && <ErrorAlert error={importFile.error} />}
            </>
          )}
        </Stack>
      </Card>

      {isFileKind(pageKind) && shown && (
        <Card withBorder component="section" aria-labelledby="import-report-title">
          <Title order={3} fz="h4" id="import-report-title" mb="sm">
            {imported ? t('import.result') : t('import.report', { file: shown.fileName })}
          </Title>
          <ImportReportView report={shown} />
          {imported && (
            <Group mt="md">
              <Button variant="light" onClick={() => startOver(kind, null)}>
                {t('import.another')}
              </Button>
              <Anchor component={Link} to={`/o/${org}/customers`}>
                {t('import.toCustomers')}
              </Anchor>
            </Group>
          )}
        </Card>
      )}

      {isFileKind(pageKind) && check && !imported && check.report.headers.length > 0 && (
        <Card withBorder component="section" aria-labelledby="import-mapping-title">
          <Title order={3} fz="h4" id="import-mapping-title" mb={4}>
            {t('import.mapping')}
          </Title>
          <Text fz="sm" c="dimmed" mb="sm">
            {t('import.mappingHint')}
          </Text>
          <MappingEditor
            headers={check.report.headers}
            rows={mappingRows(knownFields[kind], detected, overrides)}
            labelOf={(field) => fieldLabel(t, kind, field)}
            group={{ badge: t('import.oneOfCustomer'), unmet: t('import.customerGroup') }}
            onChange={(field, header) => setOverrides((o) => ({ ...o, [field]: header }))}
          />
        </Card>
      )}
    </Stack>
  );
}
