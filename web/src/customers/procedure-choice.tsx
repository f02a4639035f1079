// Choosing a customer's procedure by hand: a choice here wins over every routing rule
// until it is set back to "by the rules".
import { Select } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../src/http/contract';
import { apiRequest } from '../api/client';
import { orgPath } from '../api/organizations';
import { ErrorAlert } from '../components/query-state';
import { useFormat } from '../i18n/use-format';
import { useMembership } from '../procedures/membership';
import { useProcedures } from '../procedures/procedure-api';

const byRules = '';

export function ProcedureChoice({ org, customerId, chosenKey }: { org: string; customerId: string; chosenKey: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const procedures = useProcedures(org);
  const { mayChangeProcedures } = useMembership(org);
  const queryClient = useQueryClient();
  const choose = useMutation({
    mutationFn: (procedureKey: string | null) =>
      apiRequest<Customer>('PATCH', `${orgPath(org)}/customers/${encodeURIComponent(customerId)}`, { json: { procedureKey } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['org', org] }),
  });
  const options = [
    { value: byRules, label: t('followUp.choice.byRules') },
    ...(procedures.data ?? []).map((p) => ({ value: p.key, label: p.latest.name[format.language] })),
  ];
  return (
    <div>
      <Select
        label={t('followUp.choice.label')}
        description={t('followUp.choice.hint')}
        data={options}
        value={chosenKey ?? byRules}
        disabled={!mayChangeProcedures || procedures.isLoading || choose.isPending}
        allowDeselect={false}
        w={280}
        onChange={(value) => choose.mutate(value ? value : null)}
      />
      {choose.error && <ErrorAlert error={choose.error} />}
    </div>
  );
}
