// One template: the editor for the organization's own text beside a preview of that
// text for a real customer. The draft lives here, so the preview shows what is being
// written, saved or not.
import { useEffect, useState } from 'react';
import { Alert, Anchor, Badge, Breadcrumbs, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/client';
import { ErrorAlert, PageLoader } from '../components/query-state';
import { useFormat } from '../i18n/use-format';
import { useMembership } from '../procedures/membership';
import { useTemplate, type TemplateAddress, type TemplateDraft } from './template-api';
import { TemplateEditor } from './template-editor';
import { TemplatePreview } from './template-preview';

export function TemplatePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { org = '', templateKey = '', language = '', channel = '' } = useParams();
  const address: TemplateAddress = { templateKey, language, channel };
  const { mayChangeProcedures } = useMembership(org);
  const template = useTemplate(org, address);
  const [draft, setDraft] = useState<TemplateDraft | null>(null);
  const addressKey = `${templateKey}|${language}|${channel}`;

  // Another template opened in the same page starts from its own text, messages and preview.
  useEffect(() => setDraft(null), [addressKey]);

  if (template.isPending) return <PageLoader />;
  if (template.isError) {
    if (template.error instanceof ApiError && (template.error.status === 404 || template.error.status === 400)) {
      return <Alert color="yellow">{t('templates.notFound')}</Alert>;
    }
    return <ErrorAlert error={template.error} onRetry={() => void template.refetch()} />;
  }
  const detail = template.data;
  const current = draft ?? detail.content;

  return (
    <Stack gap="md">
      <Breadcrumbs aria-label={t('common.breadcrumbs')}>
        <Anchor component={Link} to={`/o/${org}/templates`}>
          {t('templates.title')}
        </Anchor>
        <Text aria-current="page">{detail.templateKey}</Text>
      </Breadcrumbs>
      <div>
        <Title order={2}>{detail.templateKey}</Title>
        <Group gap="xs" mt={4}>
          <Badge variant="light">{t(`stepChannels.${detail.channel}`)}</Badge>
          <Badge variant="light">{t(`templates.languages.${detail.language}`)}</Badge>
          {detail.tone && <Badge variant="light" color="gray">{t(`tones.${detail.tone}`)}</Badge>}
          <Text fz="sm" c="dimmed">
            {detail.changed && detail.updatedAt
              ? t('templates.changedOn', { date: format.dateTime(detail.updatedAt) })
              : detail.shipped
                ? t('templates.shippedText')
                : t('templates.noShipped')}
          </Text>
        </Group>
      </div>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <TemplateEditor key={addressKey} org={org} address={address} detail={detail} draft={current} mayChange={mayChangeProcedures} onDraft={setDraft} />
        <TemplatePreview key={addressKey} org={org} address={address} draft={current} />
      </SimpleGrid>
    </Stack>
  );
}
