import type { ReactNode } from 'react';
import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomerDetail } from '../api/types';
import { useFormat } from '../i18n/use-format';
import { localeOf } from '../i18n/languages';
import { segmentLabel } from './segment-label';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" fz="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text component="dd" fz="sm" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** Who the customer is and on what terms they buy. */
export function CustomerDetailsCard({ customer }: { customer: CustomerDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = new Intl.DisplayNames([localeOf(format.language)], { type: 'region' }).of(customer.country);
  const none = '—';
  return (
    <Card withBorder component="section" aria-labelledby="details-title">
      <Title order={3} fz="h4" id="details-title" mb="sm">
        {t('customer.details')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} component="dl" m={0} spacing="sm" verticalSpacing="sm">
        <Field label={t('customer.taxId')}>{customer.taxId ?? none}</Field>
        <Field label={t('customer.vatId')}>{customer.vatId ?? none}</Field>
        {customer.otherTaxId && <Field label={t('customer.otherTaxId')}>{customer.otherTaxId}</Field>}
        <Field label={t('customer.country')}>{countryName ? `${countryName} (${customer.country})` : customer.country}</Field>
        <Field label={t('customer.segment')}>{customer.segment ? segmentLabel(t, customer.segment) : none}</Field>
        <Field label={t('customer.terms')}>
          {customer.paymentTermsDays === null ? none : t('customer.termsDays', { count: customer.paymentTermsDays })}
        </Field>
        <Field label={t('customer.creditLimit')}>
          {customer.creditLimitMinor !== null && customer.creditLimitCurrency
            ? format.money(customer.creditLimitMinor, customer.creditLimitCurrency)
            : none}
        </Field>
        <Field label={t('customer.accountOwner')}>
          {customer.accountOwner ? `${customer.accountOwner.name} <${customer.accountOwner.email}>` : none}
        </Field>
        {customer.externalId && <Field label={t('customer.externalId')}>{customer.externalId}</Field>}
        <Field label={t('customer.tags')}>
          {customer.tags.length === 0 ? (
            none
          ) : (
            <Group gap={4} component="span">
              {customer.tags.map((tag) => (
                <Badge key={tag} variant="outline" size="sm" tt="none">
                  {tag}
                </Badge>
              ))}
            </Group>
          )}
        </Field>
        <Field label={t('customer.flags')}>
          {!customer.creditHold && !customer.doNotContact ? (
            none
          ) : (
            <Group gap={4} component="span">
              {customer.creditHold && <Badge color="red">{t('customer.creditHold')}</Badge>}
              {customer.doNotContact && <Badge color="gray">{t('customer.doNotContact')}</Badge>}
            </Group>
          )}
        </Field>
      </SimpleGrid>
      {customer.notes && (
        <Stack gap={2} mt="sm">
          <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('customer.notes')}
          </Text>
          <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {customer.notes}
          </Text>
        </Stack>
      )}
    </Card>
  );
}
