// One procedure: its versions, the chosen version's steps along the days from the due
// date and its settings, downloads as YAML or JSON, and the editor for a new version.
import { useState } from 'react';
import { Alert, Anchor, Breadcrumbs, Button, Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ProcedureVersionView } from '../../../src/http/contract';
import { ApiError } from '../api/client';
import { ErrorAlert, PageLoader } from '../components/query-state';
import { useFormat } from '../i18n/use-format';
import { useMembership } from './membership';
import { procedureExportUrl, useProcedure } from './procedure-api';
import { ProcedureEditor } from './procedure-editor';
import { StepTimeline } from './step-timeline';

/** Today in the browser, as the first day a new version could take effect. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function ProcedurePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { org = '', procedureKey = '' } = useParams();
  const { baseCurrency, mayChangeProcedures } = useMembership(org);
  const procedure = useProcedure(org, procedureKey);
  const [chosen, setChosen] = useState<number | null>(null);
  const [editing, setEditing] = useState(false);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);

  if (procedure.isPending) return <PageLoader />;
  if (procedure.isError) {
    if (procedure.error instanceof ApiError && procedure.error.status === 404) {
      return <Alert color="yellow">{t('procedure.notFound')}</Alert>;
    }
    return <ErrorAlert error={procedure.error} onRetry={() => void procedure.refetch()} />;
  }
  const versions = procedure.data.versions;
  const latest = versions.at(-1)!;
  const shown = versions.find((v) => v.version === chosen) ?? latest;
  const today = localToday();

  return (
    <Stack gap="md">
      <Breadcrumbs aria-label={t('common.breadcrumbs')}>
        <Anchor component={Link} to={`/o/${org}/procedures`}>
          {t('procedures.title')}
        </Anchor>
        <Text aria-current="page">{shown.name[format.language]}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{shown.name[format.language]}</Title>
          <Text fz="sm" c="dimmed">
            {t('procedure.key', { key: procedureKey })}
          </Text>
        </div>
        <Group gap="sm" align="flex-end">
          <Select
            label={t('procedure.version')}
            allowDeselect={false}
            w={240}
            value={String(shown.version)}
            onChange={(value) => value && setChosen(Number(value))}
            data={[...versions].reverse().map((v) => ({
              value: String(v.version),
              label: t('procedure.versionOption', { version: v.version, date: format.date(v.effectiveFrom) }),
            }))}
          />
          <Button component="a" variant="default" href={procedureExportUrl(org, procedureKey, 'yaml', shown.version)} download>
            {t('procedure.exportYaml')}
          </Button>
          <Button component="a" variant="default" href={procedureExportUrl(org, procedureKey, 'json', shown.version)} download>
            {t('procedure.exportJson')}
          </Button>
          {mayChangeProcedures && !editing && (
            <Button
              onClick={() => {
                setSavedVersion(null);
                setEditing(true);
              }}
            >
              {t('procedure.newVersion')}
            </Button>
          )}
        </Group>
      </Group>
      {savedVersion !== null && (
        <Text c="teal.8" fz="sm" role="status">
          {t('editor.saved', { version: savedVersion })}
        </Text>
      )}
      {!mayChangeProcedures && (
        <Text fz="sm" c="dimmed">
          {t('procedure.readOnly')}
        </Text>
      )}
      <Card withBorder component="section" aria-labelledby="steps-title">
        <Title order={3} fz="h4" id="steps-title" mb="sm">
          {t('procedures.steps')}
        </Title>
        <StepTimeline steps={shown.steps} currency={baseCurrency} />
      </Card>
      <VersionSettings version={shown} />
      {editing && (
        <ProcedureEditor
          key={shown.version}
          org={org}
          procedureKey={procedureKey}
          from={shown}
          defaultEffectiveFrom={today > latest.effectiveFrom ? today : latest.effectiveFrom}
          currency={baseCurrency}
          onCancel={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            setChosen(saved.version);
            setSavedVersion(saved.version);
          }}
        />
      )}
    </Stack>
  );
}

function Setting({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text component="dt" fz="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text component="dd" fz="sm" m={0}>
        {value}
      </Text>
    </div>
  );
}

function VersionSettings({ version }: { version: ProcedureVersionView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const days = version.sendWindow.weekdays.map((d) => t(`weekdays.${d}`)).join(', ');
  return (
    <Card withBorder component="section" aria-labelledby="settings-title">
      <Title order={3} fz="h4" id="settings-title" mb="sm">
        {t('procedure.settings')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} component="dl" m={0} spacing="sm" verticalSpacing="sm">
        <Setting label={t('procedure.effectiveFrom')} value={format.date(version.effectiveFrom)} />
        <Setting label={t('procedure.promiseGraceDays')} value={t('common.days', { count: version.promiseGraceDays })} />
        <Setting label={t('procedure.planDefaultAfterDays')} value={t('common.days', { count: version.planDefaultAfterDays })} />
        <Setting label={t('procedure.sendWindow')} value={t('procedure.sendWindowValue', { days, from: version.sendWindow.from, to: version.sendWindow.to })} />
        <Setting label={t('procedure.maxContactsPerWeek')} value={format.count(version.rhythm.maxContactsPerWeek)} />
        <Setting label={t('procedure.minDaysBetweenContacts')} value={format.count(version.rhythm.minDaysBetweenContacts)} />
        <Setting label={t('procedure.maxCallAttemptsPerDay')} value={format.count(version.rhythm.maxCallAttemptsPerDay)} />
        <Setting label={t('procedure.rotateAfterUnansweredEmails')} value={format.count(version.rhythm.rotateAfterUnansweredEmails)} />
      </SimpleGrid>
    </Card>
  );
}
