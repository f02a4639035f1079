// Which procedure follows up which customer: the routing rules in the order they are
// tried, each said in one sentence. Collectors and administrators edit them here;
// other roles read them.
import { Anchor, Breadcrumbs, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCustomerTags, useSegments } from '../api/customers';
import { ErrorAlert, PageLoader } from '../components/query-state';
import { useFormat } from '../i18n/use-format';
import { segmentLabel } from '../customers/segment-label';
import { useMembership } from './membership';
import { useProcedures } from './procedure-api';
import { RoutingRulesEditor } from './routing-rules-editor';
import { RoutingRulesList } from './routing-rules-list';
import { useRoutingRules } from './routing-rules-api';
import type { SummaryWords } from './routing-summary';

export function RoutingRulesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { org = '' } = useParams();
  const { baseCurrency, mayChangeProcedures } = useMembership(org);
  const rules = useRoutingRules(org);
  const procedures = useProcedures(org);
  // Choices only: the editor works without them while they load or if they fail.
  const tags = useCustomerTags(org);
  const segments = useSegments(org);

  const failed = rules.error ?? procedures.error;
  const names = new Map((procedures.data ?? []).map((p) => [p.key, p.latest.name[format.language]]));
  const words: SummaryWords = { t, language: format.language, currency: baseCurrency, procedureName: (key) => names.get(key) ?? key };
  const segmentOptions = (chosen: readonly string[]) =>
    [...new Set([...(segments.data ?? []), ...chosen])].sort().map((segment) => ({ value: segment, label: segmentLabel(t, segment) }));

  return (
    <Stack gap="md">
      <Breadcrumbs aria-label={t('common.breadcrumbs')}>
        <Anchor component={Link} to={`/o/${org}/procedures`}>
          {t('procedures.title')}
        </Anchor>
        <Text aria-current="page">{t('routingRules.title')}</Text>
      </Breadcrumbs>
      <div>
        <Title order={2}>{t('routingRules.title')}</Title>
        <Text fz="sm" c="dimmed" maw={820}>
          {t('routingRules.intro')}
        </Text>
      </div>
      {!mayChangeProcedures && (
        <Text fz="sm" c="dimmed">
          {t('routingRules.readOnly')}
        </Text>
      )}
      <Card withBorder component="section" aria-label={t('routingRules.order')}>
        {failed ? (
          <ErrorAlert
            error={failed}
            onRetry={() => {
              void rules.refetch();
              void procedures.refetch();
            }}
          />
        ) : !rules.data || !procedures.data ? (
          <PageLoader />
        ) : mayChangeProcedures ? (
          <RoutingRulesEditor
            org={org}
            rules={rules.data}
            currency={baseCurrency}
            words={words}
            procedureOptions={procedures.data.map((p) => ({ value: p.key, label: p.latest.name[format.language] }))}
            tagsInUse={tags.data ?? []}
            segmentOptions={segmentOptions}
          />
        ) : (
          <RoutingRulesList rules={rules.data} words={words} />
        )}
      </Card>
    </Stack>
  );
}
