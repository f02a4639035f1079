// The frame of every signed-in page: header with organization, language and user,
// a navbar with the workspace's sections, and the page itself.
import { AppShell, Badge, Burger, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation, useParams } from 'react-router';
import { useHasCaughtMail } from '../mail/mail-api';
import { useStatementLineCounts } from '../payment-review/payment-review-api';
import { LanguageSwitch } from './language-switch';
import { OrgSwitcher } from './org-switcher';
import { useCurrentSession } from './session-gate';
import { UserMenu } from './user-menu';

export function AppLayout() {
  const { t } = useTranslation();
  const { org = '' } = useParams();
  const session = useCurrentSession();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const isMember = session.organizations.some((o) => o.slug === org);
  const hasCaughtMail = useHasCaughtMail(org, isMember).data ?? false;
  const waitingPayments = useStatementLineCounts(org, isMember).data?.review ?? 0;

  const membership = session.organizations.find((o) => o.slug === org);
  if (!membership) {
    const first = session.organizations[0];
    return first ? <Navigate to={`/o/${first.slug}`} replace /> : <NoOrganization />;
  }

  const base = `/o/${org}`;
  const sections: { to: string; label: string; active: boolean; count?: number }[] = [
    { to: base, label: t('nav.overview'), active: location.pathname === base || location.pathname === `${base}/` },
    {
      to: `${base}/customers`,
      label: t('nav.customers'),
      active: location.pathname.startsWith(`${base}/customers`) || location.pathname.startsWith(`${base}/invoices`),
    },
    { to: `${base}/approvals`, label: t('nav.approvals'), active: location.pathname.startsWith(`${base}/approvals`) },
    { to: `${base}/calls`, label: t('nav.calls'), active: location.pathname.startsWith(`${base}/calls`) },
    {
      to: `${base}/payment-review`,
      label: t('nav.paymentReview'),
      active: location.pathname.startsWith(`${base}/payment-review`),
      count: waitingPayments,
    },
    {
      to: `${base}/procedures`,
      label: t('nav.procedures'),
      active: location.pathname.startsWith(`${base}/procedures`) || location.pathname.startsWith(`${base}/routing-rules`),
    },
    { to: `${base}/templates`, label: t('nav.templates'), active: location.pathname.startsWith(`${base}/templates`) },
    // The mail catcher only matters once it holds something (no SMTP server is set up).
    ...(hasCaughtMail || location.pathname.startsWith(`${base}/mail`)
      ? [{ to: `${base}/mail`, label: t('nav.mail'), active: location.pathname.startsWith(`${base}/mail`) }]
      : []),
    { to: `${base}/import`, label: t('nav.import'), active: location.pathname.startsWith(`${base}/import`) },
  ];

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 200, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.toggleNavigation')} />
            <Title order={1} fz="xl" c="teal.8">
              Duly
            </Title>
            <OrgSwitcher current={org} />
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        {sections.map((s) => (
          <NavLink
            key={s.to}
            component={Link}
            to={s.to}
            label={s.label}
            rightSection={
              s.count ? (
                <Badge size="sm" variant="light" color="orange" aria-label={t('nav.waiting', { count: s.count })}>
                  {s.count}
                </Badge>
              ) : undefined
            }
            active={s.active}
            aria-current={s.active ? 'page' : undefined}
            onClick={close}
          />
        ))}
        <Text fz="xs" c="dimmed" mt="auto" px="sm">
          {t(`roles.${membership.role}`)}
        </Text>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

/** Shown to a user who belongs to no organization yet. */
export function NoOrganization() {
  const { t } = useTranslation();
  return (
    <Text p="xl" role="alert">
      {t('shell.noOrganization')}
    </Text>
  );
}
