// Every template the organization's messages use: by procedure and step, one row per
// channel, each language saying whether the organization changed it or Duly's shipped
// text applies. A language opens the template's editor.
import { Anchor, Badge, Card, Code, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { messageLanguages } from '../../../src/domain/messages/message-types';
import type { TemplateSummary } from '../../../src/http/contract';
import { ErrorAlert, NoData, PageLoader } from '../components/query-state';
import { useFormat } from '../i18n/use-format';
import { useProcedures } from '../procedures/procedure-api';
import { templatePagePath, useTemplates } from './template-api';
import { groupTemplates, type TemplateStepGroup } from './template-groups';

export function TemplatesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { org = '' } = useParams();
  const templates = useTemplates(org);
  const procedures = useProcedures(org);

  const loading = templates.isPending || procedures.isPending;
  const error = templates.error ?? procedures.error;
  const groups = templates.data && procedures.data ? groupTemplates(templates.data, procedures.data) : [];

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('templates.title')}</Title>
        <Text fz="sm" c="dimmed" maw={820}>
          {t('templates.intro')}
        </Text>
      </div>
      {loading ? (
        <PageLoader />
      ) : error ? (
        <ErrorAlert error={error} onRetry={() => void Promise.all([templates.refetch(), procedures.refetch()])} />
      ) : groups.length === 0 ? (
        <NoData title={t('templates.empty')} />
      ) : (
        groups.map((group) => {
          const title = group.procedure ? group.procedure.name[format.language] : t('templates.otherKeys');
          return (
            <Card withBorder component="section" aria-label={title} key={group.procedure?.key ?? ''}>
              <Title order={3} fz="h4" mb="sm">
                {title}
              </Title>
              <Table.ScrollContainer minWidth={760}>
                <Table verticalSpacing={6}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('templates.step')}</Table.Th>
                      <Table.Th>{t('templates.channel')}</Table.Th>
                      {messageLanguages.map((language) => (
                        <Table.Th key={language}>{t(`templates.languages.${language}`)}</Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {group.steps.map((step) => (
                      <StepRows key={step.templateKey} org={org} step={step} />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Card>
          );
        })
      )}
    </Stack>
  );
}

function StepRows({ org, step }: { org: string; step: TemplateStepGroup }) {
  const { t } = useTranslation();
  const when =
    step.dayOffset === null
      ? null
      : step.dayOffset === 0
        ? t('stepTimeline.onDueDate')
        : step.dayOffset < 0
          ? t('stepTimeline.daysBefore', { count: -step.dayOffset })
          : t('stepTimeline.daysAfter', { count: step.dayOffset });
  return step.rows.map((row, index) => (
    <Table.Tr key={row.channel}>
      {index === 0 && (
        <Table.Td rowSpan={step.rows.length} style={{ verticalAlign: 'top' }}>
          <Code>{step.templateKey}</Code>
          <Text fz="xs" c="dimmed">
            {[when, step.tone ? t(`tones.${step.tone}`) : null].filter(Boolean).join(' · ')}
          </Text>
        </Table.Td>
      )}
      <Table.Td>{t(`stepChannels.${row.channel}`)}</Table.Td>
      {row.cells.map((cell, column) => (
        <Table.Td key={messageLanguages[column]}>{cell ? <TemplateCell org={org} summary={cell} /> : '–'}</Table.Td>
      ))}
    </Table.Tr>
  ));
}

function TemplateCell({ org, summary }: { org: string; summary: TemplateSummary }) {
  const { t } = useTranslation();
  const status = summary.changed ? 'changed' : summary.origin === null ? 'missing' : 'shipped';
  const label = t('templates.openTemplate', {
    key: summary.templateKey,
    channel: t(`stepChannels.${summary.channel}`),
    language: t(`templates.languages.${summary.language}`),
    status: t(`templates.status.${status}`),
  });
  return (
    <Anchor component={Link} to={templatePagePath(org, summary)} aria-label={label} underline="never">
      <Badge variant={summary.changed ? 'filled' : 'light'} color={status === 'changed' ? 'teal' : status === 'missing' ? 'red' : 'gray'} style={{ cursor: 'pointer' }}>
        {t(`templates.status.${status}`)}
      </Badge>
    </Anchor>
  );
}
