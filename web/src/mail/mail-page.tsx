// The local mail catcher: without SMTP settings Duly keeps every e-mail here instead of
// sending it. The list shows the newest first; a message opens beside it with its
// headers, its HTML in a sandboxed frame, its plain text and its attachments (images,
// such as the payment QR code, shown).
import { Alert, Anchor, Card, Grid, Group, Image, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { CaughtMail } from '../../../src/http/contract';
import { ApiError } from '../api/client';
import { PageNav } from '../components/page-nav';
import { ErrorAlert, NoData, PageLoader } from '../components/query-state';
import { useFormat } from '../i18n/use-format';
import { caughtMailAttachmentUrl, useCaughtMail, useCaughtMailList } from './mail-api';

const pageSize = 25;

export function MailPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { org = '', mailId } = useParams();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useCaughtMailList(org, page, pageSize);
  const base = `/o/${org}/mail`;
  const pageQuery = page > 1 ? `?page=${page}` : '';

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('mail.title')}</Title>
        <Text fz="sm" c="dimmed" maw={820}>
          {t('mail.intro')}
        </Text>
      </div>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: mailId ? 5 : 12 }}>
          <Card withBorder component="section" aria-label={t('mail.listLabel')}>
            {list.isPending ? (
              <PageLoader />
            ) : list.isError ? (
              <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
            ) : list.data.total === 0 ? (
              <NoData title={t('mail.empty')} />
            ) : (
              <>
                <Table.ScrollContainer minWidth={360}>
                  <Table highlightOnHover verticalSpacing="xs">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('mail.subject')}</Table.Th>
                        <Table.Th>{t('mail.received')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {list.data.items.map((mail) => (
                        <Table.Tr key={mail.id} bg={mail.id === mailId ? 'teal.0' : undefined}>
                          <Table.Td>
                            <Anchor component={Link} to={`${base}/${mail.id}${pageQuery}`} aria-current={mail.id === mailId ? 'true' : undefined}>
                              {mail.subject || t('mail.noSubject')}
                            </Anchor>
                            <Text fz="xs" c="dimmed">
                              {t('mail.toList', { addresses: mail.to.join(', ') })}
                            </Text>
                          </Table.Td>
                          <Table.Td fz="sm" style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                            {format.dateTime(mail.receivedAt)}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
                <PageNav page={page} pageSize={pageSize} total={list.data.total} onPage={(next) => setParams(next > 1 ? { page: String(next) } : {})} />
              </>
            )}
          </Card>
        </Grid.Col>
        {mailId && (
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <MailMessage org={org} id={mailId} />
          </Grid.Col>
        )}
      </Grid>
    </Stack>
  );
}

function MailMessage({ org, id }: { org: string; id: string }) {
  const { t } = useTranslation();
  const mail = useCaughtMail(org, id);
  if (mail.isPending) return <PageLoader />;
  if (mail.isError) {
    if (mail.error instanceof ApiError && (mail.error.status === 404 || mail.error.status === 400)) return <Alert color="yellow">{t('mail.notFound')}</Alert>;
    return <ErrorAlert error={mail.error} onRetry={() => void mail.refetch()} />;
  }
  return <MailView org={org} mail={mail.data} />;
}

function MailView({ org, mail }: { org: string; mail: CaughtMail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headers: [string, string][] = [
    [t('mail.from'), mail.from],
    [t('mail.to'), mail.to.join(', ')],
    ...(mail.replyTo ? ([[t('mail.replyTo'), mail.replyTo]] as [string, string][]) : []),
    [t('mail.date'), mail.date ? format.dateTime(mail.date) : format.dateTime(mail.receivedAt)],
    [t('mail.subject'), mail.subject],
    [t('mail.messageId'), mail.messageId],
  ];
  return (
    <Card withBorder component="article" aria-labelledby="mail-subject">
      <Stack gap="sm">
        <Title order={3} fz="h4" id="mail-subject">
          {mail.subject || t('mail.noSubject')}
        </Title>
        <Table withRowBorders={false} verticalSpacing={2} aria-label={t('mail.headers')}>
          <Table.Tbody>
            {headers.map(([name, value]) => (
              <Table.Tr key={name}>
                <Table.Th w={120} fz="sm" fw={500} c="dimmed">
                  {name}
                </Table.Th>
                <Table.Td fz="sm" style={{ wordBreak: 'break-all' }}>
                  {value}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {mail.html && (
          <div>
            <Text fz="xs" fw={600} c="dimmed" tt="uppercase">
              {t('mail.html')}
            </Text>
            {/* No scripts, forms or navigation: only what a careful mail client shows. */}
            <iframe
              title={t('mail.htmlFrame')}
              sandbox=""
              srcDoc={mail.html}
              style={{ width: '100%', height: 520, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4, background: 'white' }}
            />
          </div>
        )}
        <div>
          <Text fz="xs" fw={600} c="dimmed" tt="uppercase">
            {t('mail.text')}
          </Text>
          <Text component="pre" fz="sm" m={0} p="xs" bg="gray.0" style={{ whiteSpace: 'pre-wrap', fontFamily: 'var(--mantine-font-family-monospace)' }} aria-label={t('mail.text')}>
            {mail.text}
          </Text>
        </div>
        <div>
          <Text fz="xs" fw={600} c="dimmed" tt="uppercase">
            {t('mail.attachments')}
          </Text>
          {mail.attachments.length === 0 ? (
            <Text fz="sm" c="dimmed">
              {t('mail.noAttachments')}
            </Text>
          ) : (
            <Stack gap="xs" mt={4}>
              {mail.attachments.map((attachment, index) => {
                const url = caughtMailAttachmentUrl(org, mail.id, index);
                const name = attachment.fileName ?? t('mail.unnamed', { number: index + 1 });
                return (
                  <Group key={index} gap="md" align="flex-start">
                    {/^image\/(png|jpeg|gif|webp)$/.test(attachment.contentType) && (
                      <Image src={url} alt={t('mail.attachmentImage', { name })} w={160} h={160} fit="contain" bd="1px solid gray.3" />
                    )}
                    <div>
                      <Anchor href={url} download={attachment.fileName ?? undefined}>
                        {name}
                      </Anchor>
                      <Text fz="xs" c="dimmed">
                        {attachment.contentType} · {t('mail.size', { size: format.count(attachment.sizeBytes) })}
                        {attachment.contentId ? ` · ${t('mail.inline')}` : ''}
                      </Text>
                    </div>
                  </Group>
                );
              })}
            </Stack>
          )}
        </div>
      </Stack>
    </Card>
  );
}
