// The text being edited, rendered for a real customer's open invoices as it would leave
// today: the subject, the HTML in a sandboxed frame (no scripts, no links out), the
// plain text or SMS with its length in messages, and the payment QR code it carries.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Group, Image, Select, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { smsEncoding, transliterateForGsm } from '../../../src/domain/messages/sms-encoding';
import type { MessageSettings, RenderedMessageView } from '../../../src/http/contract';
import { apiRequest } from '../api/client';
import { useCustomers } from '../api/customers';
import { orgPath } from '../api/organizations';
import { useErrorMessage } from '../components/query-state';
import { attachedImages, previewHtml } from './preview-html';
import { usePreviewTemplate, type TemplateAddress, type TemplateDraft } from './template-api';

type Props = { org: string; address: TemplateAddress; draft: TemplateDraft };
type Choice = { value: string; label: string };

export function TemplatePreview({ org, address, draft }: Props) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const [chosen, setChosen] = useState<Choice | null>(null);
  // Customers who owe the most first: they are the ones a preview is most useful for.
  const customers = useCustomers(org, { search: debouncedSearch.trim() || undefined, sort: 'overdue', order: 'desc', pageSize: 20 });
  const preview = usePreviewTemplate(org, address);

  const options: Choice[] = (customers.data?.items ?? []).map((customer) => ({ value: customer.id, label: customer.name }));
  if (chosen && !options.some((option) => option.value === chosen.value)) options.unshift(chosen);
  const show = () => chosen && preview.mutate({ customerId: chosen.value, draft });

  return (
    <Card withBorder component="section" aria-labelledby="template-preview-title">
      <Stack gap="sm">
        <div>
          <Title order={3} fz="h4" id="template-preview-title">
            {t('templates.preview.title')}
          </Title>
          <Text fz="sm" c="dimmed">
            {t('templates.preview.hint')}
          </Text>
        </div>
        <Group align="flex-end">
          <Select
            label={t('templates.preview.customer')}
            placeholder={t('templates.preview.customerPlaceholder')}
            data={options}
            value={chosen?.value ?? null}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            // The server searches; every option it returns fits.
            filter={({ options: all }) => all}
            nothingFoundMessage={customers.isFetching ? t('common.loading') : t('templates.preview.noCustomer')}
            onChange={(value, option) => setChosen(value && option ? { value, label: option.label } : null)}
            w={{ base: '100%', sm: 320 }}
          />
          <Button onClick={show} disabled={!chosen} loading={preview.isPending}>
            {t('templates.preview.show')}
          </Button>
        </Group>
        {preview.isError && (
          <Alert color="red" role="alert">
            {errorMessage(preview.error)}
          </Alert>
        )}
        {preview.data ? <RenderedMessage org={org} message={preview.data} /> : !preview.isError && <Text c="dimmed">{t('templates.preview.choose')}</Text>}
      </Stack>
    </Card>
  );
}

function RenderedMessage({ org, message }: { org: string; message: RenderedMessageView }) {
  const { t } = useTranslation();
  const images = attachedImages(message.attachments);
  return (
    <Stack gap="sm" aria-label={t('templates.preview.result')} role="region">
      <Text fz="sm" c="dimmed">
        {t('templates.preview.about', { count: message.invoiceIds.length })}
      </Text>
      {message.subject !== '' && (
        <div>
          <Text fz="xs" fw={600} c="dimmed" tt="uppercase">
            {t(`templates.parts.${message.channel}.subject`)}
          </Text>
          <Text fw={600}>{message.subject}</Text>
        </div>
      )}
      {message.html !== '' && (
        <div>
          <Text fz="xs" fw={600} c="dimmed" tt="uppercase">
            {t('templates.preview.html')}
          </Text>
          <iframe
            title={t('templates.preview.htmlFrame')}
            sandbox=""
            srcDoc={previewHtml(message.html, message.attachments)}
            style={{ width: '100%', height: 480, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4, background: 'white' }}
          />
        </div>
      )}
      <div>
        <Text fz="xs" fw={600} c="dimmed" tt="uppercase">
          {t(`templates.parts.${message.channel}.text`)}
        </Text>
        <Text component="pre" fz="sm" m={0} p="xs" bg="gray.0" style={{ whiteSpace: 'pre-wrap', fontFamily: 'var(--mantine-font-family-monospace)' }} aria-label={t('templates.preview.plainText')}>
          {message.text}
        </Text>
        {message.channel === 'sms' && <SmsLength org={org} text={message.text} />}
      </div>
      {images.map((image) => (
        <div key={image.fileName}>
          <Text fz="xs" fw={600} c="dimmed" tt="uppercase">
            {t('templates.preview.qr')}
          </Text>
          <Image src={image.src} alt={t('templates.preview.qrAlt', { name: image.fileName })} w={180} h={180} fit="contain" />
        </div>
      ))}
    </Stack>
  );
}

// The SMS provider may be told to send Polish letters without their marks (ą→a): the
// length is counted on the text as it will actually travel.
function SmsLength({ org, text }: { org: string; text: string }) {
  const { t } = useTranslation();
  const settings = useQuery({
    queryKey: ['org', org, 'message-settings'],
    queryFn: ({ signal }) => apiRequest<MessageSettings>('GET', `${orgPath(org)}/message-settings`, { signal }),
  });
  if (!settings.data) return null;
  const transliterate = settings.data.sms?.transliterate ?? false;
  const length = smsEncoding(transliterate ? transliterateForGsm(text) : text);
  return (
    <Text fz="sm" c="dimmed" mt={4}>
      {t('templates.preview.smsLength', { encoding: length.encoding, characters: length.characters, segments: length.segments })}
      {transliterate && ` ${t('templates.preview.transliterated')}`}
      {length.ucs2Characters.length > 0 && ` ${t('templates.preview.ucs2', { characters: length.ucs2Characters.join(' ') })}`}
    </Text>
  );
}
