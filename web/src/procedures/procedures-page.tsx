// The organization's procedures: each with its latest version, how many steps and
// versions it has, the way to the routing rules that pick among them, and a file
// import for a new version or a new procedure.
import { Anchor, Button, Card, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert, NoData, PageLoader } from '../components/query-state';
import { useFormat } from '../i18n/use-format';
import { useMembership } from './membership';
import { useProcedures } from './procedure-api';
import { ProcedureImportForm } from './procedure-import-form';

export function ProceduresPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { org = '' } = useParams();
  const { mayChangeProcedures } = useMembership(org);
  const procedures = useProcedures(org);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('procedures.title')}</Title>
          <Text fz="sm" c="dimmed" maw={820}>
            {t('procedures.intro')}
          </Text>
        </div>
        <Button component={Link} to={`/o/${org}/routing-rules`} variant="light" title={t('routingRules.openHint')}>
          {t('routingRules.open')}
        </Button>
      </Group>
      <Card withBorder component="section" aria-label={t('procedures.title')}>
        {procedures.isPending ? (
          <PageLoader />
        ) : procedures.isError ? (
          <ErrorAlert error={procedures.error} onRetry={() => void procedures.refetch()} />
        ) : procedures.data.length === 0 ? (
          <NoData title={t('procedures.empty')} description={t('procedures.emptyHint')} />
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table highlightOnHover verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('procedures.name')}</Table.Th>
                  <Table.Th>{t('procedures.key')}</Table.Th>
                  <Table.Th>{t('procedures.latest')}</Table.Th>
                  <Table.Th>{t('procedures.steps')}</Table.Th>
                  <Table.Th>{t('procedures.versions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {procedures.data.map((p) => (
                  <Table.Tr key={p.key}>
                    <Table.Td>
                      <Anchor component={Link} to={`/o/${org}/procedures/${encodeURIComponent(p.key)}`} fw={600}>
                        {p.latest.name[format.language]}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Code>{p.key}</Code>
                    </Table.Td>
                    <Table.Td>{t('procedures.versionFrom', { version: p.latest.version, date: format.date(p.latest.effectiveFrom) })}</Table.Td>
                    <Table.Td>{t('procedures.stepCount', { count: p.latest.steps.length })}</Table.Td>
                    <Table.Td>{p.versions.map((v) => v.version).join(', ')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      {mayChangeProcedures && <ProcedureImportForm org={org} />}
    </Stack>
  );
}
