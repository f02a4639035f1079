import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../api/types';
import { NoData } from '../components/query-state';

/** The people and mailboxes at the customer, with the roles that decide whom Duly writes to. */
export function ContactsCard({ contacts }: { contacts: Contact[] }) {
  const { t } = useTranslation();
  return (
    <Card withBorder component="section" aria-labelledby="contacts-title">
      <Title order={3} fz="h4" id="contacts-title" mb="sm">
        {t('customer.contacts')}
      </Title>
      {contacts.length === 0 ? (
        <NoData title={t('customer.noContacts')} description={t('customer.noContactsHint')} />
      ) : (
        <Stack gap="sm">
          {contacts.map((c) => (
            <Card key={c.id} withBorder padding="sm" radius="sm" component="article" aria-label={c.name}>
              <Stack gap={4}>
                <div>
                  <Group gap="xs">
                    <Text fw={600}>{c.name}</Text>
                    {c.kind === 'function' && (
                      <Badge variant="outline" color="gray" size="sm" tt="none">
                        {t('customer.functionMailbox')}
                      </Badge>
                    )}
                  </Group>
                  {c.jobTitle && (
                    <Text fz="sm" c="dimmed">
                      {c.jobTitle}
                    </Text>
                  )}
                </div>
                {c.roles.length > 0 && (
                  <Group gap={4} aria-label={t('customer.roles')}>
                    {c.roles.map((role) => (
                      <Badge key={role} size="sm" variant="light" tt="none" color={role === 'payables' ? 'teal' : 'indigo'}>
                        {t(`contactRoles.${role}`)}
                      </Badge>
                    ))}
                  </Group>
                )}
                {c.emails.map((e) => (
                  <Text key={e.address} fz="sm">
                    <Anchor href={`mailto:${e.address}`}>{e.address}</Anchor>
                    {e.label ? ` (${e.label})` : ''}
                  </Text>
                ))}
                {c.phones.map((p) => (
                  <Text key={p.number} fz="sm">
                    <Anchor href={`tel:${p.number.replace(/[\s()-]/g, '')}`}>{p.number}</Anchor>{' '}
                    <Text span c="dimmed" fz="xs">
                      {t(`phoneKinds.${p.kind}`)}
                    </Text>
                  </Text>
                ))}
                {c.preferredChannel && (
                  <Text fz="xs" c="dimmed">
                    {t('customer.preferredChannel', { channel: t(`channels.${c.preferredChannel}`) })}
                  </Text>
                )}
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
    </Card>
  );
}
