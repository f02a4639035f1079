// Contacts the daily run holds until a person approves them: the earliest planned
// first, each with its message as it would leave today and the tone guard's findings.
import { useState } from 'react';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageNav } from '../components/page-nav';
import { ErrorAlert, NoData, PageLoader } from '../components/query-state';
import { useFormat } from '../i18n/use-format';
import { useProcedures } from '../procedures/procedure-api';
import { ApprovalCard } from './approval-card';
import { useApprovals } from './approvals-api';

const pageSize = 25;

export function ApprovalsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { org = '' } = useParams();
  const [page, setPage] = useState(1);
  const [decided, setDecided] = useState<string | null>(null);
  const approvals = useApprovals(org, page, pageSize);
  // Procedures by name where the list knows them; a key is enough while they load.
  const procedures = useProcedures(org);
  const procedureName = (key: string) => procedures.data?.find((p) => p.key === key)?.latest.name[format.language] ?? key;

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('approvalsPage.title')}</Title>
        <Text fz="sm" c="dimmed" maw={820}>
          {t('approvalsPage.intro')}
        </Text>
      </div>
      <Text fz="sm" c="teal" role="status">
        {decided}
      </Text>
      {approvals.isPending ? (
        <PageLoader />
      ) : approvals.isError ? (
        <ErrorAlert error={approvals.error} onRetry={() => void approvals.refetch()} />
      ) : approvals.data.total === 0 ? (
        <NoData title={t('approvalsPage.empty')} description={t('approvalsPage.emptyHint')} />
      ) : (
        <>
          {approvals.data.items.map((item) => (
            <ApprovalCard
              key={item.id}
              org={org}
              item={item}
              procedureName={procedureName(item.procedureKey)}
              onDecided={(decision) => setDecided(t(decision === 'approve' ? 'approvalsPage.approved' : 'approvalsPage.rejected', { customer: item.customer.name }))}
            />
          ))}
          <PageNav page={page} pageSize={pageSize} total={approvals.data.total} onPage={setPage} />
        </>
      )}
    </Stack>
  );
}
