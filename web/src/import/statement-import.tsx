// A bank statement (MT940, MT942, camt.053 or a bank's CSV export) goes in the same two
// steps as other files, check then import; its report says how the credits were
// matched: automatically, left for a person in the review queue, or not at all. A CSV
// export shows how it is read, and a change to that is checked again at once.
import { useEffect, useMemo, useState } from 'react';
import { Anchor, Card, FileInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useImportStatement } from '../api/imports';
import type { StatementImportReport } from '../api/types';
import { useFormat } from '../i18n/use-format';
import { paymentReviewPath } from '../payment-review/review-paths';
import { statementFieldLabel } from './field-label';
import { Count, ErrorTable, ImportOutcome } from './import-report-view';
import { CheckImportButtons, ReportCard } from './import-steps';
import { StatementCsvSection } from './statement-csv-section';
import { csvHeadOf, csvReadingOf, fieldsInError, optionAskedFor } from './statement-csv-reading';
import {
  canImportStatement,
  csvUploadFields,
  noCsvChoices,
  reviewLinkOf,
  statementFileAccept,
  uploadSignature,
  type CsvChoices,
  type StatementCheck,
  type StatementUpload,
} from './statement-flow';

export function StatementImport({ org, onAnother }: { org: string; onAnother: () => void }) {
  const { t } = useTranslation();
  const upload = useImportStatement(org);
  const [file, setFile] = useState<File | null>(null);
  // The file's top as text when it is a CSV export, read here to show its columns.
  const [head, setHead] = useState<string | null>(null);
  const [choices, setChoices] = useState<CsvChoices>(noCsvChoices);
  const [check, setCheck] = useState<StatementCheck | null>(null);
  const [imported, setImported] = useState<StatementImportReport | null>(null);
  const current: StatementUpload = { file, csv: choices };
  const ready = canImportStatement(check, current);
  const stale = check !== null && check.signature !== uploadSignature(current);

  useEffect(() => {
    let live = true;
    setHead(null);
    if (file) {
      void csvHeadOf(file).then(
        (text) => live && setHead(text),
        // A file the browser cannot read is the server's to refuse, with its reason.
        () => live && setHead(null),
      );
    }
    return () => {
      live = false;
    };
  }, [file]);
  const reading = useMemo(() => (imported ? null : csvReadingOf(check?.report ?? null, head, choices)), [imported, check, head, choices]);

  const choose = (next: File | null) => {
    setFile(next);
    setChoices(noCsvChoices);
    setCheck(null);
    setImported(null);
    upload.reset();
  };
  const run = (dryRun: boolean, csv: CsvChoices = choices) => {
    if (!file) return;
    const signature = uploadSignature({ file, csv });
    upload.mutate(
      { file, dryRun, fields: csvUploadFields(csv) },
      {
        onSuccess: (report) => {
          if (report.committed && !dryRun) {
            setImported(report);
            setCheck(null);
          } else setCheck({ signature, report });
        },
      },
    );
  };
  // A changed reading is checked again at once: the report then says whether it reads.
  const rechoose = (next: CsvChoices) => {
    setChoices(next);
    run(true, next);
  };
  const shown = imported ?? check?.report ?? null;
  // What the last check found wrong counts only while it is of what is on the page.
  const currentReport = stale ? null : (check?.report ?? null);

  return (
    <Stack gap="md">
      <FileInput
        label={t('import.file')}
        description={t('statementImport.fileHint')}
        placeholder={t('import.chooseFile')}
        accept={statementFileAccept}
        clearable
        value={file}
        onChange={choose}
        w={{ base: '100%', sm: 480 }}
      />
      <CheckImportButtons upload={upload} canCheck={file !== null} ready={ready} run={run} checkAgain={stale && !upload.isPending} />
      {shown && (
        <ReportCard
          titleId="statement-report-title"
          fileName={shown.fileName}
          imported={imported !== null}
          onAnother={onAnother}
          links={imported && <ReviewLink org={org} report={imported} />}
        >
          <StatementReportView report={shown} />
        </ReportCard>
      )}
      {reading && (
        <Card withBorder component="section" aria-labelledby="statement-csv-title">
          <Title order={3} fz="h4" id="statement-csv-title" mb={4}>
            {t('statementImport.csv.title')}
          </Title>
          <Text fz="sm" c="dimmed" mb="sm">
            {t('statementImport.csv.hint')}
          </Text>
          <StatementCsvSection
            reading={reading}
            choices={choices}
            asked={optionAskedFor(currentReport)}
            fieldsInError={fieldsInError(currentReport)}
            onChange={rechoose}
          />
        </Card>
      )}
    </Stack>
  );
}

function ReviewLink({ org, report }: { org: string; report: StatementImportReport }) {
  const { t } = useTranslation();
  const target = reviewLinkOf(report);
  if (target === null) return null;
  return (
    <Anchor component={Link} to={paymentReviewPath(org, target)}>
      {target === 'review' ? t('statementImport.toReview', { count: report.queuedForReview }) : t('statementImport.toUnmatched', { count: report.unmatched })}
    </Anchor>
  );
}

/** What a statement brings: lines and how their credits were matched, and every error with its file, line and field. */
export function StatementReportView({ report }: { report: StatementImportReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const done = report.committed;
  const counts: [string, number][] = [
    [t('statementImport.statements'), report.statements],
    [t('statementImport.linesRead'), report.linesRead],
    [t('statementImport.credits'), report.credits],
    [t('statementImport.debits'), report.debits],
    [t('statementImport.matchedAutomatically'), report.matchedAutomatically],
    [t('statementImport.queuedForReview'), report.queuedForReview],
    [t('statementImport.unmatched'), report.unmatched],
    [t('statementImport.alreadyImported'), report.alreadyImported],
    [t('statementImport.notBooked'), report.notBooked],
    [done ? t('statementImport.paymentsCreated') : t('statementImport.paymentsToCreate'), report.paymentsCreated],
    [done ? t('statementImport.remindersCancelled') : t('statementImport.remindersToCancel'), report.outboxActionsCancelled],
  ];
  return (
    <div>
      <ImportOutcome
        committed={done}
        errorCount={report.errors.length}
        done={t('statementImport.done', { count: report.linesRead })}
        checked={report.linesRead === 0 ? t('statementImport.noLines') : t('statementImport.checked', { count: report.linesRead })}
      />
      {report.errors.length === 0 && (
        <SimpleGrid cols={{ base: 2, sm: 4 }} mb="md" aria-label={t('import.counts')}>
          {counts.map(([label, value]) => (
            <Count key={label} label={label} value={format.count(value)} />
          ))}
        </SimpleGrid>
      )}
      {report.errors.length > 0 && (
        <ErrorTable caption={t('statementImport.errorTable')} errors={report.errors} fieldLabelOf={(field) => statementFieldLabel(t, field)} />
      )}
    </div>
  );
}
